"""Every page at 1920x1080, 1280x800 and upright 1080x1920: nothing typed under the keyboard.

Touch targets, the idle countdown and the print button are checked at each size too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from peewee import Database
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.staff import StaffAccounts
from tests.ui.conftest import TODAY, find, tap, tap_named
from ui.app import build_kiosk, stop_kiosk
from ui.wizard.window import KioskWindow, typed_with_read_back

SIZES = [(1920, 1080), (1280, 800), (1080, 1920)]
TOUCH_PX = 64


def shown_at(qtbot: QtBot, window: KioskWindow, size: tuple[int, int]) -> None:
    """`window` on screen at `size`, active and laid out."""
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def sized_kiosk(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    db: Database,
    content: Content,
    accounts: StaffAccounts,
) -> Iterator[KioskWindow]:
    """The kiosk at one of the three screen sizes, with a printer."""
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test"),
        content,
        accounts=accounts,
        printer=NoPrinter(),
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    shown_at(qtbot, window, request.param)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


class NoPrinter:
    def print_pdf(self, pdf: bytes) -> None:
        raise OSError("the printer is out of paper")


def with_every_follow_up(window: KioskWindow) -> None:
    """Answers that open every follow-up question, with a date in every date box."""
    intake = window.intake
    for item in window.content.questionnaire.items():
        if item.type.value == "boolean":
            intake.set(item.link_id, True)
    for item in window.content.questionnaire.items():
        if item.type.value == "date":
            intake.set(item.link_id, date(2026, 3, 14))
    intake.set("date_of_birth", date(1988, 3, 14))


def in_window(widget: QWidget, window: KioskWindow) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def above_keyboard(window: KioskWindow, widget: QWidget) -> QRect:
    """The part of the page a client sees over the keyboard, and where `widget` is."""
    page = window.page
    viewport = page.scroll_area.viewport()
    seen = in_window(viewport, window) if viewport.isAncestorOf(widget) else in_window(page, window)
    keyboard_top = in_window(window.keyboard, window).top()
    seen.setBottom(min(seen.bottom(), keyboard_top - 1))
    return seen


def test_every_text_box_and_its_read_back_stay_above_the_keyboard(
    qtbot: QtBot, sized_kiosk: KioskWindow
) -> None:
    window = sized_kiosk
    with_every_follow_up(window)
    hidden = []
    checked = 0
    for index in range(len(window.pages)):
        window.show_page(index)
        boxes = [b for b in window.page.findChildren(QLineEdit) if b.isVisible()]
        for box in boxes:
            box.setFocus()
            qtbot.waitUntil(window.keyboard.isVisible)
            target = typed_with_read_back(box)

            def fully_seen(box: QLineEdit = box, target: QWidget = target) -> bool:
                seen = above_keyboard(window, box)
                return seen.contains(in_window(box, window)) and seen.contains(
                    in_window(target, window)
                )

            try:
                # Generous: the page scrolls once the keyboard has its place.
                qtbot.waitUntil(fully_seen, timeout=5000)
            except (AssertionError, TimeoutError):
                hidden.append(
                    f"{window.page.objectName()}: {box.objectName()} at "
                    f"{in_window(target, window).getCoords()}, seen "
                    f"{above_keyboard(window, box).getCoords()}"
                )
            checked += 1
            box.clearFocus()
            qtbot.waitUntil(lambda: not window.keyboard.isVisible())
    assert checked >= 10  # the names, phone, email, the dates and the consent name
    assert hidden == []


def test_the_date_says_the_date_in_words_above_the_keyboard(
    qtbot: QtBot, sized_kiosk: KioskWindow
) -> None:
    window = sized_kiosk
    window.intake.set("date_of_birth", date(1988, 3, 14))
    window.show_page(window.page_named("page_about_you"))
    year = find(window, "date_of_birth_year")

    year.setFocus()
    qtbot.waitUntil(window.keyboard.isVisible)

    reading = find(window, "date_of_birth_reading")
    assert reading.text() == "14 March 1988"  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: above_keyboard(window, reading).contains(in_window(reading, window)), timeout=1000
    )


@pytest.mark.parametrize("layout", ["text", "email", "phone", "digits"])
def test_every_key_is_finger_sized_and_delete_is_free(
    qtbot: QtBot, sized_kiosk: KioskWindow, layout: str
) -> None:
    window = sized_kiosk
    window.show_page(window.page_named("page_about_you"))
    box = QLineEdit()
    box.setProperty("keyboard", layout)
    window.page.body.addWidget(box)
    box.setFocus()
    qtbot.waitUntil(window.keyboard.isVisible)
    # The keys of a new layout are placed once the event loop has run.
    delete = find(window.keyboard, "key_backspace")
    qtbot.waitUntil(lambda: delete.width() >= TOUCH_PX)

    keys = [k for k in window.keyboard.findChildren(QAbstractButton) if k.isVisible()]
    small = [(k.objectName(), k.width(), k.height()) for k in keys if k.height() < TOUCH_PX]
    assert small == []
    assert [(k.objectName(), k.width()) for k in keys if k.width() < TOUCH_PX] == []
    rects = [(k.objectName(), in_window(k, window)) for k in keys]
    overlapping = [
        (a, b) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1 :] if ra.intersects(rb)
    ]
    assert overlapping == []
    box.setText("12")
    tap(qtbot, find(window.keyboard, "key_backspace"))
    assert box.text() == "1"


def test_the_letters_fill_the_width_of_a_wide_screen(
    qtbot: QtBot, sized_kiosk: KioskWindow
) -> None:
    window = sized_kiosk
    window.show_page(window.page_named("page_about_you"))
    find(window, "first_name_input").setFocus()
    qtbot.waitUntil(window.keyboard.isVisible)

    row = [find(window.keyboard, f"key_{char}") for char in "qp"]
    span = in_window(row[1], window).right() - in_window(row[0], window).left()
    assert span >= 0.7 * window.width()


def test_the_countdown_is_whole_on_screen_and_clears_on_request(
    qtbot: QtBot, sized_kiosk: KioskWindow
) -> None:
    window = sized_kiosk
    tap_named(qtbot, window, "startButton")
    window.still_there.start()
    qtbot.waitUntil(window.still_there.isVisible)

    card = window.still_there.card
    for name in ("idleCountdown", "stillHereButton", "clearNowButton"):
        part = find(card, name)
        needed = part.heightForWidth(part.width()) if part.hasHeightForWidth() else 0
        assert part.height() >= max(needed, part.minimumSizeHint().height()), name
        assert in_window(card, window).contains(in_window(part, window)), name
    assert window.rect().contains(in_window(card, window))

    tap_named(qtbot, window, "clearNowButton")

    assert window.page.objectName() == "page_welcome"
    assert not window.still_there.isVisible()


def test_print_is_on_screen_without_scrolling_and_a_failure_is_said_plainly(
    qtbot: QtBot, sized_kiosk: KioskWindow
) -> None:
    window = sized_kiosk
    window.show_page(window.page_named("page_plan"))
    button = find(window, "printButton")
    seen = in_window(window.page.scroll_area.viewport(), window)

    assert seen.contains(in_window(button, window))
    tap(qtbot, button)
    status = find(window, "printStatus")
    qtbot.waitUntil(lambda: "could not print" in status.text())  # type: ignore[attr-defined]
    assert status.font().pixelSize() >= 26
    QApplication.processEvents()
    assert seen.contains(in_window(status, window))


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def kiosk_of_four_languages(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    db: Database,
    content: Content,
    accounts: StaffAccounts,
) -> Iterator[KioskWindow]:
    """The kiosk at one of the three screen sizes, offering every shipped translation."""
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test", offer_unreviewed_languages=True),
        content,
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    shown_at(qtbot, window, request.param)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


def whole_on_screen(qtbot: QtBot, window: KioskWindow, names: list[str]) -> None:
    """No scrolling needed: each of `names` lies inside the page's visible part."""
    page = window.page
    assert page.objectName() == "page_welcome"
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().maximum() == 0, timeout=2000)
    viewport = page.scroll_area.viewport()
    shown = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    for name in names:
        assert shown.contains(in_window(find(page, name), window)), name


def test_the_welcome_page_shows_everything_without_scrolling(
    sized_kiosk: KioskWindow, qtbot: QtBot
) -> None:
    whole_on_screen(qtbot, sized_kiosk, ["pageTitle", "startButton", "idleNotice"])


@pytest.mark.parametrize("code", ["en", "es", "pl", "ar"])
def test_the_welcome_page_of_four_languages_shows_everything_in_each(
    kiosk_of_four_languages: KioskWindow, qtbot: QtBot, code: str
) -> None:
    window = kiosk_of_four_languages
    if code != "en":
        tap_named(qtbot, window, f"language_{code}")
    names = ["pageTitle", "startButton", "returningButton", "idleNotice"]
    whole_on_screen(
        qtbot, window, names + [f"language_{other}" for other in ("en", "es", "pl", "ar")]
    )
