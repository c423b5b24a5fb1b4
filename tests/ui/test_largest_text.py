"""At the largest text size nothing is cut off or drawn over anything else, on any page.

At 1280x800 (with and without high contrast, and with the keyboard up on a
page of typed answers) and on an upright 1080x1920 screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from peewee import Database
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.staff import StaffAccounts
from tests.ui.conftest import TODAY, find
from tests.ui.layout_faults import faults
from tests.ui.test_screen_sizes import NoPrinter, with_every_follow_up
from ui.app import build_kiosk, stop_kiosk
from ui.theme import TEXT_SCALES, Reading
from ui.widgets.page_tools import ToolButton
from ui.wizard.window import KioskWindow

LARGEST = len(TEXT_SCALES) - 1
SCREENS = {
    "1280x800": ((1280, 800), Reading(LARGEST)),
    "1280x800-high-contrast": ((1280, 800), Reading(LARGEST, high_contrast=True)),
    "1080x1920": ((1080, 1920), Reading(LARGEST)),
}


@pytest.fixture(params=list(SCREENS))
def largest(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    db: Database,
    content: Content,
    accounts: StaffAccounts,
) -> Iterator[KioskWindow]:
    """The kiosk at the largest text size on one of the screens, every follow-up open."""
    size, reading = SCREENS[request.param]
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test"),
        content,
        accounts=accounts,
        printer=NoPrinter(),
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.set_reading(reading)
    with_every_follow_up(window)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


def settle(qtbot: QtBot, window: KioskWindow, size: tuple[int, int]) -> None:
    """Let every layout request run: a grown message lays out the bar, which lays out the window."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    # A page whose least size is larger than the screen would make the window grow.
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)


def test_nothing_is_clipped_or_overlapping_at_the_largest_text(
    qtbot: QtBot, largest: KioskWindow, request: pytest.FixtureRequest
) -> None:
    window = largest
    size = window.size().toTuple()
    found: list[str] = []
    for index in range(len(window.pages)):
        window.show_page(index)
        settle(qtbot, window, size)
        page = window.page.objectName()
        found += [f"{page}: {fault}" for fault in faults(window)]
        if page == "page_about_you":
            box = window.page.findChild(QLineEdit, "first_name_input")
            assert box is not None
            box.setFocus()
            qtbot.waitUntil(window.keyboard.isVisible)
            settle(qtbot, window, size)
            found += [f"{page} (keyboard up): {fault}" for fault in faults(window, window.keyboard)]
            box.clearFocus()
            qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    assert not found, "\n".join(found)


def test_a_control_added_to_the_bar_wraps_it_rather_than_widening_the_window(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    kiosk.set_reading(Reading(LARGEST, high_contrast=True))
    one_line = kiosk.page_tools.height()
    languages = ToolButton("English · Español · Polski · العربية", "languageButton")
    languages.setAccessibleName("Language")
    kiosk.page_tools.add_control(languages)
    settle(qtbot, kiosk, (1280, 800))

    assert kiosk.page_tools.height() > one_line  # a second line
    order = [w.objectName() for w in kiosk.page_tools.findChildren(ToolButton)]
    assert order[-1] == "languageButton"
    assert find(kiosk, "helpButton").geometry().top() > languages.geometry().top() or (
        find(kiosk, "helpButton").geometry().left() > languages.geometry().right()
    )
    assert faults(kiosk) == []
