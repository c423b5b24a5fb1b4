"""Staff see a returning client's earlier visits, and what changed since the last."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from tests.core.clients import FakeClock, submit_client
from tests.ui.conftest import find
from tests.ui.test_staff_screen import (
    clinic_day,
    clock,
    printer,
    sign_in,
    staff,
    staff_accounts,
    trail,
)
from ui.staff.window import StaffWindow

__all__ = ["clinic_day", "clock", "printer", "staff", "staff_accounts", "trail"]  # fixtures


def test_the_second_visit_shows_the_first_and_what_changed(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str], content: Content
) -> None:
    # Ana came this morning (clinic_day); she comes back in the afternoon on a blood thinner.
    later = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, 14, 0)))
    second = submit_client(
        content, later, anticoagulants=True, anticoagulant_kind="warfarin", phone="07700 900999"
    )
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)

    staff.open_consultation(second)

    page = staff.consultation
    assert page is not None
    card = find(page, "sinceLastCard")
    words = " ".join(label.text() for label in card.findChildren(QLabel))
    assert find(card, f"earlier_{clinic_day['ana']}").text().startswith("21 Nov 2026 08:00")  # type: ignore[attr-defined]
    assert "New flag: Anticoagulant or antiplatelet medicine" in words
    assert find(card, "changed_anticoagulants").text() == "No  →  Yes"  # type: ignore[attr-defined]
    assert find(card, "changed_phone").text() == "+44 7700 900123  →  07700 900999"  # type: ignore[attr-defined]


def test_a_first_visit_says_so(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)

    staff.open_consultation(clinic_day["li"])

    page = staff.consultation
    assert page is not None
    card = find(page, "sinceLastCard")
    words = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "first visit on record" in words


def test_staff_see_whether_the_plan_email_went(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    from email.message import EmailMessage

    from aiosmtpd.controller import Controller

    from kiosk.consultation.plan_mail import MailOutbox, mail_folder
    from kiosk.setup.settings import MailSecurity, Settings
    from tests.core.consultation.test_plan_mail import Inbox, free_port

    def letter() -> EmailMessage:
        message = EmailMessage()
        message["From"], message["To"] = "plans@example.org", "client@example.org"
        message.set_content("Your plan is attached.")
        return message

    outbox = MailOutbox(mail_folder())
    absent = Settings(
        mail_host="127.0.0.1",
        mail_port=free_port(),
        mail_security=MailSecurity.NONE,
        mail_from="plans@example.org",
    )
    outbox.put(clinic_day["ana"], letter())
    port = free_port()
    server = Controller(Inbox(), hostname="127.0.0.1", port=port)
    server.start()
    try:
        outbox.send_waiting(absent.model_copy(update={"mail_port": port}))
    finally:
        server.stop()
    outbox.put(clinic_day["li"], letter())
    outbox.send_waiting(absent)
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)

    staff.open_consultation(clinic_day["li"])
    assert staff.consultation is not None
    waiting = find(staff.consultation, "planEmailState").text()  # type: ignore[attr-defined]
    assert waiting == (
        "Plan email not sent yet: the mail server refused the connection. It is tried again."
    )
    staff.open_consultation(clinic_day["ana"])
    assert staff.consultation is not None
    sent = find(staff.consultation, "planEmailState").text()  # type: ignore[attr-defined]
    assert sent == "Plan emailed to the client."
