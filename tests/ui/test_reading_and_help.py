"""The bar on every page: size and contrast kept until the reset; "Please help me" reaches staff."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from argon2 import PasswordHasher
from peewee import Database
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.models import AuditEvent, HelpRequestRow
from kiosk.store.staff import Role, StaffAccounts
from tests.ui.conftest import find, settled, sign, tap, tap_named, type_on_screen
from ui.app import audit_for, build_staff
from ui.staff.window import StaffWindow
from ui.wizard.window import KioskWindow

# A page's title at the normal size, by its role (kiosk.qss).
# The welcome page's title is smaller where the page is laid out compact (a short screen).
TITLE_PX = {"title": 40, "hero": 58, "compact hero": 46}
PIN = "48213597"


def title_px(kiosk: KioskWindow) -> int:
    return find(kiosk.page, "pageTitle").font().pixelSize()


def scaled_title(kiosk: KioskWindow, scale: float) -> int:
    """The size the page's title should have at `scale` times the normal size."""
    title = find(kiosk.page, "pageTitle")
    role = str(title.property("role"))
    return round(TITLE_PX[f"compact {role}" if title.property("compact") else role] * scale)


def page_background(kiosk: KioskWindow) -> QColor:
    """The colour behind the page's text, as drawn on screen (a corner of the page)."""
    page = kiosk.page
    image = kiosk.grab().toImage()
    corner = page.mapTo(kiosk, page.rect().topLeft())
    return image.pixelColor(corner.x() + 8, corner.y() + 8)


def chosen(kiosk: KioskWindow, name: str) -> bool:
    button = find(kiosk, name)
    assert isinstance(button, QPushButton)
    return button.isChecked()


def through_consent(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap_named(qtbot, kiosk, "startButton")
    tap_named(qtbot, kiosk, "consentAgree")
    tap_named(qtbot, kiosk, "consentName")
    type_on_screen(qtbot, kiosk, "Ana Silva")
    sign(qtbot, find(kiosk, "signaturePad"))
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_about_you"


def test_the_largest_text_and_high_contrast_stay_on_every_page_until_the_reset(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    assert title_px(kiosk) == scaled_title(kiosk, 1.0)
    normal_background = page_background(kiosk)

    tap_named(qtbot, kiosk, "textSize2")
    tap_named(qtbot, kiosk, "highContrast")

    assert title_px(kiosk) == scaled_title(kiosk, 1.4)
    assert page_background(kiosk) == QColor("#000000")
    through_consent(qtbot, kiosk)
    tap_named(qtbot, kiosk, "first_name_input")
    type_on_screen(qtbot, kiosk, "Ana")
    key = find(kiosk.keyboard, "key_a")
    assert key.font().pixelSize() > 26  # the keyboard grew with the rest
    tap_named(qtbot, kiosk, "backButton")
    tap_named(qtbot, kiosk, "nextButton")
    for shown in ("page_about_you", "page_consent", "page_welcome"):
        assert kiosk.page.objectName() == shown
        assert title_px(kiosk) == scaled_title(kiosk, 1.4)
        assert page_background(kiosk) == QColor("#000000")
        assert chosen(kiosk, "textSize2")
        assert chosen(kiosk, "highContrast")
        if shown != "page_welcome":
            tap_named(qtbot, kiosk, "backButton")

    tap_named(qtbot, kiosk, "textSize1")  # a step back down, contrast kept
    tap_named(qtbot, kiosk, "startButton")
    assert title_px(kiosk) == scaled_title(kiosk, 1.2)
    assert page_background(kiosk) == QColor("#000000")

    kiosk.idle.timer.setInterval(10)
    kiosk.still_there.seconds = 1
    kiosk.idle.timer.start()
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: not kiosk.still_there.isVisible(), timeout=3000)

    assert kiosk.page.objectName() == "page_welcome"
    assert title_px(kiosk) == scaled_title(kiosk, 1.0)
    assert page_background(kiosk) == normal_background
    assert chosen(kiosk, "textSize0")
    assert not chosen(kiosk, "highContrast")
    assert settled(kiosk)


def test_the_bar_is_on_every_page_from_welcome_to_thank_you(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    for index in range(len(kiosk._makers)):
        kiosk.show_page(index)
        for name in ("textSize0", "textSize1", "textSize2", "highContrast", "helpButton"):
            widget = find(kiosk, name)
            assert widget.accessibleName(), name
            assert widget.height() >= 64, name


@pytest.fixture
def open_staff(qtbot: QtBot, db: Database, content: Content) -> Iterator[Callable[[], StaffWindow]]:
    """Opens the staff screen on the kiosk's database, with Tom of the front desk."""
    opened: list[StaffWindow] = []

    def open_staff() -> StaffWindow:
        window = staff_screen(qtbot, content)
        opened.append(window)
        return window

    yield open_staff
    for window in opened:
        window.services.work.wait()


def staff_screen(qtbot: QtBot, content: Content) -> StaffWindow:
    accounts = StaffAccounts(
        hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1),
        audit=audit_for(Settings()),
    )
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, PIN)
    window = build_staff(
        Settings(), content, accounts=accounts, now=lambda: datetime(2026, 11, 21, 10, 4)
    )
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


def sign_in_tom(qtbot: QtBot, staff: StaffWindow) -> None:
    qtbot.waitUntil(lambda: staff.findChild(QPushButton, "staff_tom") is not None)
    tap_named(qtbot, staff, "staff_tom")
    for digit in PIN:
        tap_named(qtbot, staff, f"pin_{digit}")
    tap_named(qtbot, staff, "pin_enter")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)


def test_please_help_me_reaches_the_staff_queue_and_keeps_every_answer(
    qtbot: QtBot, kiosk: KioskWindow, open_staff: Callable[[], StaffWindow]
) -> None:
    through_consent(qtbot, kiosk)
    tap_named(qtbot, kiosk, "first_name_input")
    type_on_screen(qtbot, kiosk, "Ana")
    answers = dict(kiosk.intake.answers)
    assert answers

    tap(qtbot, find(kiosk, "helpButton"))

    status = find(kiosk, "helpStatus")
    assert isinstance(status, QLabel)
    qtbot.waitUntil(lambda: status.text() == "Someone from the front desk is coming.")
    assert kiosk.page.objectName() == "page_about_you"
    assert dict(kiosk.intake.answers) == answers
    assert find(kiosk, "first_name_input").text() == "Ana"  # type: ignore[attr-defined]
    assert settled(kiosk)
    request = HelpRequestRow.get()
    assert (request.kiosk_id, request.page) == ("kiosk-test", "about_you")
    assert request.consultation_public_id == kiosk.intake.consultation_id

    staff = open_staff()
    sign_in_tom(qtbot, staff)
    line = find(staff, f"help_{request.request_id}")
    assert "Help asked at kiosk kiosk-test, 4 min ago" in line.text()  # type: ignore[attr-defined]
    tap_named(qtbot, staff, "filter_all")
    model = staff.queue.model
    expected = ["⚑ (no name yet): Help asked at kiosk kiosk-test, 4 min ago"]

    def names() -> list[str]:
        return [str(model.data(model.index(row, 1))) for row in range(model.rowCount())]

    # The name is saved when the client leaves the page; the row is there already
    # (the queue is read on a worker thread: wait for it).
    qtbot.waitUntil(lambda: names() == expected)

    tap_named(qtbot, staff, f"helpAnswered_{request.request_id}")

    assert not staff.queue.help_banner.isVisible()
    assert HelpRequestRow.get().answered_by == "tom"
    event = AuditEvent.select().where(AuditEvent.action == "help_answered").get()
    assert (event.staff_username, event.consultation_public_id) == (
        "tom",
        kiosk.intake.consultation_id,
    )
    qtbot.waitUntil(lambda: names() == ["(no name yet)"])


def test_help_asked_before_a_consultation_shows_as_a_banner(
    qtbot: QtBot, kiosk: KioskWindow, open_staff: Callable[[], StaffWindow]
) -> None:
    tap(qtbot, find(kiosk, "helpButton"))
    status = find(kiosk, "helpStatus")
    qtbot.waitUntil(lambda: status.text() == "Someone from the front desk is coming.")  # type: ignore[attr-defined]
    assert kiosk.page.objectName() == "page_welcome"

    staff = open_staff()
    sign_in_tom(qtbot, staff)

    banner = staff.queue.help_banner
    assert banner.isVisible()
    [line] = [w for w in banner.findChildren(QLabel) if w.isVisible()]
    assert line.text().startswith("Help asked at kiosk kiosk-test, 4 min ago")


def test_when_the_desk_cannot_be_told_the_client_is_asked_to_go_there(
    qtbot: QtBot, kiosk: KioskWindow, db: Database
) -> None:
    # The database refuses the write as a full disk would; the delivery keeps trying.
    db.execute_sql(
        "CREATE TRIGGER full_disk BEFORE INSERT ON help_request "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    through_consent(qtbot, kiosk)
    answers = dict(kiosk.intake.answers)

    tap(qtbot, find(kiosk, "helpButton"))

    status = find(kiosk, "helpStatus")
    qtbot.waitUntil(lambda: status.text() == "Please go to the front desk.")  # type: ignore[attr-defined]
    assert kiosk.page.objectName() == "page_about_you"
    assert dict(kiosk.intake.answers) == answers
    db.execute_sql("DROP TRIGGER full_disk")
    assert settled(kiosk)
    assert HelpRequestRow.select().count() == 1


def test_the_help_words_go_at_the_reset(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, find(kiosk, "helpButton"))
    status = find(kiosk, "helpStatus")
    qtbot.waitUntil(lambda: status.text() == "Someone from the front desk is coming.")  # type: ignore[attr-defined]

    kiosk.reset()

    assert not any(w.isVisible() for w in kiosk.findChildren(QWidget, "helpStatus"))
