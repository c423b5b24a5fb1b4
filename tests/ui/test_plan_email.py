"""The plan by email through the kiosk: only with the tick, only with a mail server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes

import pytest
from peewee import Database
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.consultation.plan_mail import MailOutbox, mail_folder
from kiosk.content.model import Content
from kiosk.setup.settings import MailSecurity, Settings
from kiosk.store.staff import StaffAccounts
from tests.core.consultation.test_plan_mail import Inbox, free_port
from tests.ui.conftest import TODAY, find, settled, stopped, tap_named
from tests.ui.test_wizard_behaviour import answer_all_no, through_consent
from ui.app import build_kiosk
from ui.wizard.window import KioskWindow


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    from aiosmtpd.controller import Controller

    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def kiosk_with(
    qtbot: QtBot, content: Content, accounts: StaffAccounts, settings: Settings
) -> KioskWindow:
    window = build_kiosk(
        settings,
        content,
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window, before_close_func=stopped)
    window.may_close = True
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def to_the_plan(qtbot: QtBot, window: KioskWindow, email: str | None) -> None:
    through_consent(qtbot, window)
    if email:
        window.intake.set("email", email)
    answer_all_no(qtbot, window)
    while window.page.objectName() != "page_plan":
        tap_named(qtbot, window, "nextButton")


def test_the_ticked_plan_arrives_with_its_pdf_and_calendar(
    qtbot: QtBot,
    content: Content,
    accounts: StaffAccounts,
    db: Database,
    inbox: tuple[Inbox, int],
) -> None:
    handler, port = inbox
    settings = Settings(
        kiosk_id="kiosk-test",
        mail_host="127.0.0.1",
        mail_port=port,
        mail_security=MailSecurity.NONE,
        mail_from="plans@harbour.example.org",
    )
    window = kiosk_with(qtbot, content, accounts, settings)
    to_the_plan(qtbot, window, "ana@example.com")

    tap_named(qtbot, window, "emailPlan")
    tap_named(qtbot, window, "nextButton")

    assert window.page.objectName() == "page_thank_you", "the client is not kept waiting"
    qtbot.waitUntil(lambda: len(handler.received) == 1, timeout=30_000)
    message = message_from_bytes(handler.received[0][2])
    names = {part.get_filename() for part in message.walk() if part.get_filename()}
    assert names == {"plan.pdf", "sessions.ics"}
    assert message["To"] == "ana@example.com"
    assert settled(window)
    public_id = window.intake.consultation_id
    assert public_id is not None
    qtbot.waitUntil(lambda: MailOutbox(mail_folder()).state(public_id) == "sent")


def test_nothing_is_sent_without_the_tick(
    qtbot: QtBot,
    content: Content,
    accounts: StaffAccounts,
    db: Database,
    inbox: tuple[Inbox, int],
) -> None:
    handler, port = inbox
    settings = Settings(
        kiosk_id="kiosk-test",
        mail_host="127.0.0.1",
        mail_port=port,
        mail_security=MailSecurity.NONE,
        mail_from="plans@harbour.example.org",
    )
    window = kiosk_with(qtbot, content, accounts, settings)
    to_the_plan(qtbot, window, "ana@example.com")
    assert find(window, "emailPlan").isVisible()

    tap_named(qtbot, window, "nextButton")

    assert settled(window)
    assert MailOutbox(mail_folder()).waiting() == []
    assert handler.received == []


def test_without_a_mail_server_email_is_neither_offered_nor_promised(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    through_consent(qtbot, kiosk)
    help_words = " ".join(
        w.text() for w in find(kiosk, "card_email").findChildren(QWidget) if hasattr(w, "text")
    )
    assert "send" not in help_words.lower()
    kiosk.intake.set("email", "ana@example.com")
    answer_all_no(qtbot, kiosk)
    while kiosk.page.objectName() != "page_plan":
        tap_named(qtbot, kiosk, "nextButton")

    assert not [w for w in kiosk.findChildren(QWidget, "emailPlan") if w.isVisible()]
