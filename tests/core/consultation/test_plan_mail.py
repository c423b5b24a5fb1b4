"""The plan by email: received by a local mail server with its PDF and calendar file; a server
that refuses or is absent leaves the email waiting."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from email import message_from_bytes
from email.message import Message
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from icalendar import Calendar
from pypdf import PdfReader

from kiosk.consultation.plan_mail import (
    MailOutbox,
    PlanLetter,
    birth_date_password,
    plan_calendar,
    plan_email,
)
from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.setup.settings import MailSecurity, Settings
from tests.core.clients import Client

SESSIONS = (date(2026, 11, 28), date(2026, 12, 29), date(2027, 1, 26))


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    """A mail server on this machine's loopback address, for the test's length."""
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def mail_settings(port: int) -> Settings:
    return Settings(
        mail_host="127.0.0.1",
        mail_port=port,
        mail_security=MailSecurity.NONE,
        mail_from="plans@harbour.example.org",
    )


def free_port() -> int:
    """A loopback port with nobody listening (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def letter_for(content: Content, client: Client, password: str = "") -> PlanLetter:
    words = plan_in_words(content, client())
    return PlanLetter(
        to="ana@example.com",
        clinic=content.clinic.clinic.name,
        pdf=render_handout(words, reproducible=True, password=password),
        ics=plan_calendar(content.clinic.clinic.name, "12 Quay Street", SESSIONS, "Session"),
        protected=bool(password),
    )


def parts(message: Message) -> dict[str, bytes]:
    return {
        part.get_filename() or "": part.get_payload(decode=True)  # type: ignore[misc]
        for part in message.walk()
        if part.get_filename()
    }


def test_a_local_mail_server_receives_the_plan_and_the_calendar(
    content: Content, client: Client, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    handler, port = inbox
    settings = mail_settings(port)
    outbox = MailOutbox(tmp_path / "mail")
    outbox.put("c-1", plan_email(settings, letter_for(content, client)))

    assert outbox.send_waiting(settings) == {"c-1": "sent"}

    ((sender, recipients, raw),) = handler.received
    assert (sender, recipients) == ("plans@harbour.example.org", ["ana@example.com"])
    message = message_from_bytes(raw)
    body = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    text = bytes(body.get_payload(decode=True)).decode()
    assert "is attached" in text
    for private in ("Microneedling", "acne", "Ana", "Silva"):
        assert private not in text
        assert private not in str(message["Subject"])
    files = parts(message)
    pdf = PdfReader(BytesIO(files["plan.pdf"]))
    assert "Prepared for Ana Silva" in pdf.pages[0].extract_text()
    calendar = Calendar.from_ical(files["sessions.ics"])
    starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
    assert starts == list(SESSIONS)
    assert outbox.state("c-1") == "sent"
    assert outbox.waiting() == []


def test_the_attachment_opens_only_with_the_date_of_birth(
    content: Content, client: Client, tmp_path: Path, inbox: tuple[Inbox, int]
) -> None:
    handler, port = inbox
    settings = mail_settings(port)
    password = birth_date_password(date(1988, 3, 14))
    outbox = MailOutbox(tmp_path / "mail")
    outbox.put("c-1", plan_email(settings, letter_for(content, client, password)))
    outbox.send_waiting(settings)

    message = message_from_bytes(handler.received[0][2])
    pdf = PdfReader(BytesIO(parts(message)["plan.pdf"]))
    assert pdf.is_encrypted
    assert pdf.decrypt("01011990") == 0
    assert pdf.decrypt("14031988") != 0
    assert "Prepared for Ana Silva" in pdf.pages[0].extract_text()
    assert "DDMMYYYY" in str(message)


@pytest.mark.parametrize("server", ["absent", "refusing"])
def test_a_refused_or_absent_server_leaves_the_email_waiting(
    content: Content, client: Client, tmp_path: Path, server: str
) -> None:
    if server == "absent":
        settings = mail_settings(free_port())
    else:
        port = free_port()
        refusing = Controller(_Refusing(), hostname="127.0.0.1", port=port)
        refusing.start()
        settings = mail_settings(port)
    outbox = MailOutbox(tmp_path / "mail")
    outbox.put("c-1", plan_email(settings, letter_for(content, client)))

    try:
        outcome = outbox.send_waiting(settings)
    finally:
        if server == "refusing":
            refusing.stop()

    assert outcome["c-1"] != "sent"
    assert outbox.waiting() == ["c-1"]
    assert outbox.state("c-1").startswith("waiting: ")
    mode = (tmp_path / "mail" / "c-1.eml").stat().st_mode & 0o777
    assert mode == 0o600


class _Refusing:
    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        return "550 no such mailbox here"
