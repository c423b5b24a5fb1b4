"""The plan by email, when the client asks: the message, its calendar file, and the sending.

The email says only that the plan is attached: no treatment, no flag, no
answer is in its body or subject. The PDF (opening with the client's date of
birth when the clinic sets it) and a calendar file of the proposed session
dates are attached. Messages wait in a private folder (the mail outbox) and
are sent from there, so a slow or absent mail server never keeps the client
waiting; a message the server refuses stays there and is tried again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import smtplib
import ssl
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import make_msgid
from pathlib import Path

from icalendar import Calendar, Event

from kiosk.content.model import DATE_OF_BIRTH_ITEM, EMAIL_ITEM, Content
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.setup.places import file_in
from kiosk.setup.settings import MailSecurity, Settings, data_dir

log = logging.getLogger(__name__)

# How long one connection to the mail server may take before the try is given up.
SEND_TIMEOUT_SECONDS = 20.0
WAITING = ".eml"
SENT = "sent"


def mail_folder() -> Path:
    """The kiosk's mail outbox: a folder in its data folder."""
    return data_dir() / "mail"


def birth_date_password(born: date) -> str:
    """The PDF's password: the date of birth as DDMMYYYY, as the email tells the client."""
    return f"{born.day:02d}{born.month:02d}{born.year:04d}"


def plan_calendar(clinic: str, address: str, sessions: tuple[date, ...], title: str) -> bytes:
    """A calendar file (.ics) with one all-day entry per proposed session.

    The entries say "to be confirmed": the clinic agrees the times with the client.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//clinic-kiosk//plan//EN")
    calendar.add("version", "2.0")
    for number, day in enumerate(sessions, start=1):
        event = Event()
        event.add("uid", f"{make_msgid(domain='clinic-kiosk').strip('<>')}-{number}")
        event.add("summary", f"{clinic}: {title} {number} (to be confirmed)")
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("dtstamp", datetime(day.year, day.month, day.day))
        if address:
            event.add("location", address)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


@dataclass(frozen=True)
class PlanLetter:
    """What to send: to whom, from which clinic, and the two attachments.

    Attributes:
        subject, lines: the email's subject and body in the client's language
            (empty: the English wording).
    """

    to: str
    clinic: str
    pdf: bytes
    ics: bytes
    protected: bool = False
    subject: str = ""
    lines: tuple[str, ...] = ()


def plan_email(settings: Settings, letter: PlanLetter) -> EmailMessage:
    """The email: a plain "your plan is attached", the PDF and the calendar file."""
    message = EmailMessage(policy=SMTP)
    message["From"] = settings.mail_from
    message["To"] = letter.to
    message["Subject"] = letter.subject or f"Your plan from {letter.clinic}"
    message["Message-ID"] = make_msgid(domain=settings.mail_from.rsplit("@", 1)[-1])
    body = list(letter.lines) or [
        "Hello,",
        "",
        f"Your plan from {letter.clinic} is attached, with the proposed dates as a "
        "calendar file. We will confirm each appointment with you.",
    ]
    if letter.protected and not letter.lines:
        body += ["", "The plan opens with your date of birth as DDMMYYYY (such as 14031988)."]
    body += ["", letter.clinic]
    message.set_content("\n".join(body))
    message.add_attachment(letter.pdf, maintype="application", subtype="pdf", filename="plan.pdf")
    message.add_attachment(letter.ics, maintype="text", subtype="calendar", filename="sessions.ics")
    return message


class MailOutbox:
    """Emails waiting to be sent, one file each (0600 in a 0700 folder: they hold a plan).

    A sent email's file is moved to `sent/` with nothing but its id kept, so
    staff can see it went; a failed try leaves the file waiting, with the
    reason in words beside it.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def put(self, public_id: str, message: EmailMessage) -> None:
        """Keep `message` for consultation `public_id` until it is sent."""
        self._private(self.folder)
        # Plain strings, not Paths, for names made per consultation: see file_in.
        path = file_in(self.folder, f"{public_id}{WAITING}")
        temporary = file_in(self.folder, f"{public_id}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(message.as_bytes())
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        log.info("the plan of consultation %s waits to be emailed", public_id)

    def waiting(self) -> list[str]:
        """The consultations whose emails wait, oldest first."""
        if not self.folder.is_dir():
            return []
        with os.scandir(self.folder) as entries:
            files = [entry for entry in entries if entry.name.endswith(WAITING)]
        files.sort(key=lambda entry: entry.stat().st_mtime)
        return [entry.name.removesuffix(WAITING) for entry in files]

    def state(self, public_id: str) -> str:
        """`waiting` (with the last failure, if any), `sent`, or `` (nothing asked)."""
        if os.path.exists(file_in(self.folder, f"{public_id}{WAITING}")):
            failure = file_in(self.folder, f"{public_id}.failed")
            if not os.path.exists(failure):
                return "waiting"
            with open(failure, encoding="utf-8") as file:
                return f"waiting: {file.read()}"
        return SENT if os.path.exists(file_in(self.folder / SENT, public_id)) else ""

    def send_waiting(self, settings: Settings) -> dict[str, str]:
        """Try every waiting email once; says, by id, `sent` or why it was not."""
        outcomes = {}
        for public_id in self.waiting():
            path = file_in(self.folder, f"{public_id}{WAITING}")
            failure = file_in(self.folder, f"{public_id}.failed")
            try:
                with open(path, "rb") as file:
                    send(settings, file.read())
            except (OSError, smtplib.SMTPException) as error:
                reason = _in_words(error)
                with open(failure, "w", encoding="utf-8") as file:
                    file.write(reason)
                log.warning("the plan of consultation %s was not emailed: %s", public_id, reason)
                outcomes[public_id] = reason
                continue
            self._private(self.folder / SENT)
            sent = file_in(self.folder / SENT, public_id)
            os.close(os.open(sent, os.O_CREAT | os.O_WRONLY, 0o600))
            os.unlink(path)
            with contextlib.suppress(FileNotFoundError):
                os.unlink(failure)
            log.info("the plan of consultation %s was emailed", public_id)
            outcomes[public_id] = SENT
        return outcomes

    @staticmethod
    def _private(folder: Path) -> None:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)


def send(settings: Settings, raw: bytes) -> None:
    """Hand one email to the clinic's mail server (SMTPException or OSError on failure)."""
    if not settings.mail_host:
        raise smtplib.SMTPException("no mail server is set")
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if settings.mail_security is MailSecurity.TLS:
        client = smtplib.SMTP_SSL(
            settings.mail_host, settings.mail_port, timeout=SEND_TIMEOUT_SECONDS, context=context
        )
    else:
        client = smtplib.SMTP(settings.mail_host, settings.mail_port, timeout=SEND_TIMEOUT_SECONDS)
    with client:
        if settings.mail_security is MailSecurity.STARTTLS:
            client.starttls(context=context)
        if settings.mail_user:
            password = Path(settings.mail_password_file).read_text(encoding="utf-8").strip()
            client.login(settings.mail_user, password)
        client.sendmail(settings.mail_from, _recipients(raw), raw)


def _recipients(raw: bytes) -> list[str]:
    parsed = message_from_bytes(raw)
    return [address.strip() for address in str(parsed["To"] or "").split(",") if address.strip()]


def _in_words(error: BaseException) -> str:
    if isinstance(error, ConnectionRefusedError):
        return "the mail server refused the connection"
    if isinstance(error, TimeoutError):
        return "the mail server did not answer in time"
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "the mail server refused the address"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return "the mail server refused the sign-in"
    return f"{type(error).__name__}"


def queue_plan_email(
    settings: Settings,
    outbox: MailOutbox,
    content: Content,
    assessment: Assessment,
    *,
    language: str,
    public_id: str,
) -> bool:
    """Put the client's plan in the mail outbox (False when they gave no email address)."""
    to = assessment.answers.get(EMAIL_ITEM)
    born = assessment.answers.get(DATE_OF_BIRTH_ITEM)
    if not isinstance(to, str) or not to:
        return False
    password = ""
    if settings.mail_protect_with_birth_date and isinstance(born, date):
        password = birth_date_password(born)
    words = plan_in_words(content, assessment, language)
    clinic = content.clinic.clinic
    session_word = words.words.session
    handout = content.handout

    def said(text: LocalText) -> str:
        return content.text(text, language).format(clinic=clinic.name)

    lines = [said(handout.email_greeting), "", said(handout.email_body)]
    if password:
        lines += ["", said(handout.email_password)]
    letter = PlanLetter(
        to=to,
        clinic=clinic.name,
        pdf=render_handout(words, password=password),
        ics=plan_calendar(
            clinic.name, ", ".join(clinic.address), assessment.plan.dates, session_word
        ),
        protected=bool(password),
        subject=said(handout.email_subject),
        lines=tuple(lines),
    )
    outbox.put(public_id, plan_email(settings, letter))
    return True


class MailSender:
    """Sends the mail outbox in the background: at once when asked, and again every few
    minutes while anything waits (a server that was away is found again)."""

    def __init__(self, settings: Settings, outbox: MailOutbox, every_seconds: float = 300) -> None:
        self.settings = settings
        self.outbox = outbox
        self.every_seconds = every_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kiosk-mail", daemon=True)

    def start(self) -> None:
        """Begin sending (anything left from before is tried at once)."""
        self._thread.start()

    def send_soon(self) -> None:
        """A new email waits: try now rather than at the next round."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop after the current try; whether the thread ended in time."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.outbox.send_waiting(self.settings)
            except Exception:  # a round that fails is tried again, never ends the thread
                log.exception("a round of sending the mail outbox failed")
            self._wake.wait(self.every_seconds)
            self._wake.clear()


def plan_email_state(public_id: str, folder: Path | None = None) -> str:
    """This kiosk's word on the plan's email: `sent`, `waiting` (with the last failure),
    or empty when none was asked for here."""
    return MailOutbox(mail_folder() if folder is None else folder).state(public_id)
