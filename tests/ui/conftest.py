"""Fixtures for the user-interface tests: a kiosk on a real database, and ways to tap and type."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from argon2 import PasswordHasher
from peewee import Database
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.consultation.delivery import THREAD_NAME
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from kiosk.store.staff import StaffAccounts
from ui.app import build_kiosk, stop_kiosk
from ui.garbage import collect_on_the_screens_thread
from ui.i18n import use_language
from ui.theme import apply_theme
from ui.widgets.keyboard import key_name
from ui.wizard.window import KioskWindow

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="session", autouse=True)
def themed(qapp: QApplication) -> None:
    """The real fonts and style sheet, as clients see them; garbage collected as the kiosk does."""
    apply_theme(qapp)
    collect_on_the_screens_thread(qapp)


@pytest.fixture(autouse=True)
def interface_in_english(qapp: QApplication) -> Iterator[None]:
    """Each test starts in the clinic's English, whichever language the one before left."""
    yield
    use_language("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_database(Settings())
    yield database
    database.close()


@pytest.fixture
def accounts(db: Database) -> StaffAccounts:
    return StaffAccounts(hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def kiosk(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts
) -> Iterator[KioskWindow]:
    """The kiosk window at 1280x800, on the test's own database."""
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test"),
        content,
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


@pytest.fixture(autouse=True)
def no_delivery_left_running() -> Iterator[None]:
    """Every kiosk a test builds stops its delivery thread by the test's end."""
    yield
    for thread in delivery_threads():
        thread.join(60)
    assert not delivery_threads(), "a kiosk's delivery thread was left running"


def delivery_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD_NAME and t.is_alive()]


def stopped(window: KioskWindow) -> None:
    """Stop the kiosk's background work and delivery (for qtbot.addWidget's before_close_func)."""
    assert stop_kiosk(window)


def settled(window: KioskWindow, timeout: float = 60) -> bool:
    """Wait until everything the kiosk asked for is done: printing, drafts, submissions."""
    return window.services.work.wait(
        timeout
    ) and window.services.sessions.delivery.wait_until_settled(timeout)


def find(window: QWidget, name: str) -> QWidget:
    """The visible widget called `name` on the current page or in the window's frame."""
    matches = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    assert matches, f"no visible widget named {name!r}"
    return matches[0]


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger tap: press and release in the middle of `widget`."""
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def tap_named(qtbot: QtBot, window: QWidget, name: str) -> None:
    tap(qtbot, find(window, name))


def type_on_screen(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    """Type `text` by tapping the on-screen keyboard's keys (capitals with the shift key)."""
    keyboard = window.keyboard
    assert keyboard.isVisible(), "the on-screen keyboard is not showing"
    for char in text:
        key = keyboard.findChild(QWidget, key_name(char.lower()))
        assert key is not None, f"no key for {char!r}"
        assert key.isVisible(), f"the key for {char!r} is not showing"
        shifted = key.text() != key.text().lower()  # type: ignore[attr-defined]
        if char.isalpha() and char.isupper() != shifted:
            shift = keyboard.findChild(QWidget, "key_shift")
            assert shift is not None
            tap(qtbot, shift)
        tap(qtbot, key)


def sign(qtbot: QtBot, pad: QWidget) -> None:
    """Draw a signature across the pad with a finger."""
    points = [QPoint(40 + 30 * n, 120 + (25 if n % 2 else -25)) for n in range(12)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])
