"""The composition root: builds the whole kiosk from settings (used by ui.launch and by tests)."""

from __future__ import annotations

import argparse
import logging
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.consultation.delivery import kiosk_delivery
from kiosk.consultation.intake import Intake
from kiosk.consultation.outbox import OutboxReport
from kiosk.consultation.quick_start import remember
from kiosk.consultation.returning import find_returning
from kiosk.consultation.session import Sessions
from kiosk.content.errors import ContentError
from kiosk.content.languages import Language, offered_languages
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.setup.settings import Settings, SettingsError, load_settings
from kiosk.store.audit import AuditTrail
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import (
    DatabaseError,
    OpenDatabase,
    close_database,
    open_database,
    waiting_for_server,
)
from kiosk.store.fields import utc_now
from kiosk.store.installation import hold_while_running, open_audit
from kiosk.store.retention import drop_stale_drafts
from kiosk.store.server_roles import may_open_staff_screen, may_read_staff_accounts
from kiosk.store.staff import FIRST_ADMIN, KIOSK_COOLING_OFF, StaffAccounts, StaffMember
from ui.background import BackgroundWork
from ui.cannot_start import CannotStart
from ui.garbage import collect_on_the_screens_thread, set_aside_what_stays
from ui.i18n import use_language
from ui.launch import cover_screen, show_window
from ui.lockdown import Lockdown
from ui.printing import Printer, SystemPrinter
from ui.wizard.window import KioskServices, KioskWindow, front_of

if TYPE_CHECKING:
    from kiosk.consultation.plan_mail import MailSender
    from ui.staff.window import StaffWindow

log = logging.getLogger(__name__)


def audit_for(settings: Settings) -> AuditTrail:
    """The audit trail, keyed from the installation's key file."""
    return open_audit(settings)


def build_staff(
    settings: Settings,
    content: Content,
    *,
    accounts: StaffAccounts | None = None,
    printer: Printer | None = None,
    now: Callable[[], datetime] = utc_now,
    demo_hint: str = "",
) -> StaffWindow:
    """The staff screen and everything behind it, for a database already open."""
    # Imported when first opened: a kiosk's start-up shows the client's welcome page only.
    from kiosk.consultation.desk import Desk  # noqa: PLC0415
    from ui.staff.window import StaffServices, StaffWindow  # noqa: PLC0415

    use_language(content.clinic.language)
    _collect_on_the_screens_thread()
    audit = audit_for(settings)
    work = BackgroundWork()
    window = StaffWindow(
        StaffServices(
            content=content,
            desk=Desk(accounts or StaffAccounts(now), audit, now),
            work=work,
            printer=printer or SystemPrinter(settings.printer),
            now=now,
            lock_minutes=settings.staff_lock_minutes,
            demo_hint=demo_hint,
            retention_days=settings.retention_days,
            draft_hours=settings.draft_hours,
        )
    )
    work.setParent(window)
    return window


def build_kiosk(
    settings: Settings,
    content: Content,
    *,
    accounts: StaffAccounts | None = None,
    printer: Printer | None = None,
    today: Callable[[], date] = date.today,
    now: Callable[[], datetime] = utc_now,
    locked: bool = True,
    staff_screen: Callable[[], StaffWindow] | None = None,
    outbox: Path | None = None,
    languages: tuple[Language, ...] | None = None,
    window: KioskWindow | None = None,
) -> KioskWindow:
    """The kiosk window and everything behind it, for a database already open.

    `locked` swallows the shortcuts that would let a client leave (off for
    development with --windowed). `printer` defaults to the one in settings,
    else the system default. The delivery starts here, with whatever waits in
    the `outbox` folder (default: the one in the data folder) from before;
    `stop_kiosk` stops it. `languages` are those offered (default: the
    content's, complete, and reviewed unless the settings say otherwise).
    `window`: the window already showing the welcome page (see ui.launch),
    opened here rather than a new one made.
    """
    use_language(content.clinic.language)
    _collect_on_the_screens_thread()
    work = BackgroundWork()
    delivery = kiosk_delivery(ConsultationStore(settings.kiosk_id, now), outbox)
    services = KioskServices(
        content=content,
        sessions=Sessions(content, delivery, settings.kiosk_id, today, now),
        # Anyone can type PINs at the kiosk: failures there only ever cool off.
        accounts=accounts
        or StaffAccounts(now, audit=audit_for(settings), cooling_off=KIOSK_COOLING_OFF),
        work=work,
        printer=printer or SystemPrinter(settings.printer),
        find_returning=find_returning,
        languages=languages
        if languages is not None
        else offered_languages(content, unreviewed_too=settings.offer_unreviewed_languages),
    )
    if settings.offers_email:
        # Imported only where email is offered (it brings the calendar invitation's library).
        from kiosk.consultation.plan_mail import MailOutbox, MailSender, mail_folder  # noqa: PLC0415

        mail = MailSender(settings, MailOutbox(mail_folder()))
        services.email_plan = PlanMailer(settings, mail).queue
        mail.start()
        services.mail = mail
    handover = (
        StaffHandover(staff_screen, delivery.outbox.report) if staff_screen is not None else None
    )
    if handover is not None:
        services.open_staff_screen = handover.open
    if window is None:
        window = KioskWindow(front_of(services))
    window.open(services)
    set_aside_what_stays()
    work.setParent(window)
    # A window dropped without stop_kiosk (a test) still ends the thread.
    window.destroyed.connect(delivery.stop_soon)
    if handover is not None:
        handover.kiosk = window
    app = QApplication.instance()
    if locked and app is not None:
        lockdown = Lockdown(window)
        app.installEventFilter(lockdown)
    else:
        window.may_close = True
    return window


def _collect_on_the_screens_thread() -> None:
    # Both screens run work on other threads: see ui.garbage for why.
    app = QApplication.instance()
    if app is not None:
        collect_on_the_screens_thread(app)


def stop_kiosk(window: KioskWindow, timeout: float = 60.0) -> bool:
    """Let the kiosk's background work finish and stop its delivery thread.

    False if the delivery was still busy after `timeout` seconds (the
    database held it); what it had not stored waits in the outbox.
    """
    window.services.work.shut_down()
    if window.services.mail is not None:
        window.services.mail.stop(timeout)
    return window.services.sessions.delivery.stop(timeout)


class PlanMailer:
    """Queues a finished client's plan for email and wakes the sender (on the worker thread)."""

    def __init__(self, settings: Settings, sender: MailSender) -> None:
        self.settings = settings
        self.sender = sender

    def queue(self, intake: Intake) -> None:
        if intake.consultation_id is None:
            return
        from kiosk.consultation.plan_mail import queue_plan_email  # noqa: PLC0415

        queue_plan_email(
            self.settings,
            self.sender.outbox,
            intake.content,
            intake.assessment(),
            language=intake.language,
            public_id=intake.consultation_id,
        )
        self.sender.send_soon()


class StaffHandover:
    """Opens the staff screen from the kiosk, hiding the wizard, and brings the kiosk back."""

    def __init__(self, make: Callable[[], StaffWindow], outbox: Callable[[], OutboxReport]) -> None:
        self.kiosk: KioskWindow | None = None
        self.make = make
        self.outbox = outbox
        self.staff: StaffWindow | None = None

    def open(self, member: StaffMember) -> None:
        self.staff = self.make()
        # Signed in on the kiosk already: no second sign-in.
        self.staff.open_on_kiosk(member, self.outbox())
        self.staff.finished.connect(self.back_to_kiosk)
        if self.kiosk is not None:
            self.kiosk.hide()  # the client wizard never shows behind the staff screen
        cover_screen(self.staff)

    def back_to_kiosk(self) -> None:
        if self.kiosk is not None:
            cover_screen(self.kiosk)
        if self.staff is not None:
            self.staff.deleteLater()
            self.staff = None


def demo_settings(content_dir: str = "") -> Settings:
    """Settings for a throw-away database and audit key in a temporary folder.

    The clinic's own content (`content_dir`) is kept: a demo shows what
    clients of this clinic would see, in every language translated in full,
    reviewed or not.
    """
    folder = Path(tempfile.mkdtemp(prefix="clinic-kiosk-demo-"))
    return Settings(
        database_url=f"sqlite:///{folder / 'demo.sqlite3'}",
        audit_key_file=str(folder / "audit.key"),
        kiosk_id="demo-kiosk",
        content_dir=content_dir,
        offer_unreviewed_languages=True,
    )


def startup(settings: Settings, kiosk: bool = False) -> tuple[Content, OpenDatabase]:
    """Content and database, or CannotStart naming every problem.

    A kiosk starts even while its clinic server is away: its outbox keeps
    every finished consultation until the server answers.
    """
    try:
        content = load_content(
            Path(settings.content_dir) if settings.content_dir else None, cached=True
        )
    except ContentError as error:
        raise CannotStart(
            "The clinic content has problems.", [str(p) for p in error.problems]
        ) from None
    try:
        db = open_database(settings, server_may_be_away=kiosk)
        # While this runs, restore refuses to replace the database under it.
        hold_while_running(settings)
    except (DatabaseError, OSError) as error:
        raise CannotStart(f"The database cannot be opened: {error}") from None
    return content, db


def open_screen(
    options: argparse.Namespace,
    settings: Settings,
    content: Content,
    window: KioskWindow | None = None,
) -> KioskWindow | StaffWindow:
    """Tidy the database, build the kiosk (or the staff screen) and show it.

    `window`: the kiosk window already on screen, opened rather than a new one made.
    """
    log.info("content version %s", content.version)
    # A kiosk started while its clinic server is away tidies at its next start.
    away = waiting_for_server()
    if not away:
        try:
            drop_stale_drafts(utc_now(), settings.draft_hours)
        except Exception as error:  # the drivers' own types
            if "locked" not in str(error) and "busy" not in str(error).lower():
                raise
            # Tidying can wait for the next start; a client should not.
            log.warning("stale drafts not tidied: the database was busy")
    # A kiosk on a clinic server may not list the accounts: the staff computers warn there.
    if (
        not options.demo
        and not away
        and may_read_staff_accounts()
        and not StaffAccounts().members()
    ):
        # Without an account nobody can leave the kiosk or open the staff screen.
        log.warning("there are no staff accounts. %s", FIRST_ADMIN)
    hint = ""
    if options.demo:
        from kiosk.demo import DEMO_PIN, seed_demo  # noqa: PLC0415

        seed_demo(content, StaffAccounts(), audit_for(settings), utc_now())
        hint = f"Demo: sign in as Demo Practitioner with the PIN {DEMO_PIN}."
        print(hint)
    if options.screen == "staff":
        staff = build_staff(settings, content, demo_hint=hint)
        show_window(staff, windowed=True, size=(1440, 900))
        return staff
    shown = window is not None
    kiosk = build_kiosk(
        settings,
        content,
        locked=not options.windowed,
        staff_screen=(lambda: build_staff(settings, content, demo_hint=hint))
        if may_open_staff_screen()
        else None,
        window=window,
    )
    if not options.demo:
        # The next start paints this welcome page before loading anything.
        remember(kiosk.front, content.directory)
    if not shown:
        show_window(kiosk, options.windowed)
    return kiosk


def open_everything(
    options: argparse.Namespace, window: KioskWindow | None = None
) -> tuple[KioskWindow | StaffWindow, OpenDatabase]:
    """The settings, the content and the database, then the screen open on them.

    `window`: the kiosk window already showing the welcome page, opened
    rather than a new one made. Raises CannotStart naming every problem.
    """
    try:
        settings = load_settings()
        if options.demo:
            settings = demo_settings(settings.content_dir)
    except SettingsError as error:
        raise CannotStart(str(error)) from None
    content, db = startup(settings, kiosk=options.screen != "staff")
    try:
        return open_screen(options, settings, content, window), db
    except BaseException:
        close_database(db)
        raise


def stop_screen(window: KioskWindow | StaffWindow) -> None:
    """Let the screen's background work end (and the kiosk's delivery), after the event loop."""
    if isinstance(window, KioskWindow):
        stop_kiosk(window)
    else:
        window.services.work.shut_down()
