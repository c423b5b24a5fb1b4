"""The composition root: builds the whole kiosk from settings (used by main and by tests)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path

from peewee import Database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings, SettingsError, load_settings
from kiosk.content.errors import ContentError
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.logs import configure_logging
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import DatabaseError, open_database
from kiosk.store.fields import utc_now
from kiosk.store.retention import drop_stale_drafts
from kiosk.store.staff import StaffAccounts
from ui.background import BackgroundWork
from ui.i18n import use_language
from ui.lockdown import Lockdown
from ui.printing import Printer, SystemPrinter
from ui.theme import apply_theme
from ui.wizard.window import KioskServices, KioskWindow

log = logging.getLogger(__name__)


def build_kiosk(
    settings: Settings,
    content: Content,
    *,
    accounts: StaffAccounts | None = None,
    printer: Printer | None = None,
    today: Callable[[], date] = date.today,
    now: Callable[[], datetime] = utc_now,
    locked: bool = True,
) -> KioskWindow:
    """The kiosk window and everything behind it, for a database already open.

    `locked` swallows the shortcuts that would let a client leave (off for
    development with --windowed). `printer` defaults to the one in settings,
    else the system default.
    """
    use_language(content.clinic.language)
    work = BackgroundWork()
    services = KioskServices(
        content=content,
        store=ConsultationStore(settings.kiosk_id, now),
        accounts=accounts or StaffAccounts(now),
        work=work,
        today=today,
        now=now,
        printer=printer or SystemPrinter(settings.printer),
    )
    window = KioskWindow(services)
    work.setParent(window)
    app = QApplication.instance()
    if locked and app is not None:
        lockdown = Lockdown(window)
        app.installEventFilter(lockdown)
    else:
        window.may_close = True
    return window


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The kiosk's own options."""
    parser = argparse.ArgumentParser(
        prog="clinic-kiosk", description="The clinic's touchscreen kiosk."
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window, for development")
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    return parser.parse_args(list(argv))


def startup(settings: Settings) -> tuple[Content, Database]:
    """Content and database, or SystemExit with every problem printed."""
    try:
        content = load_content(Path(settings.content_dir) if settings.content_dir else None)
    except ContentError as error:
        print("The kiosk cannot start: the clinic content has problems.", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        raise SystemExit(1) from None
    try:
        db = open_database(settings)
    except DatabaseError as error:
        print(f"The kiosk cannot start: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    return content, db


def run(argv: Sequence[str]) -> int:
    """Start the kiosk: full screen, locked down (windowed with --windowed)."""
    options = parse_arguments(argv)
    configure_logging(options.verbose)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"The kiosk cannot start: {error}", file=sys.stderr)
        return 1
    content, db = startup(settings)
    log.info("content version %s", content.version)
    drop_stale_drafts(utc_now(), settings.draft_hours)
    QApplication.setAttribute(
        Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True
    )
    app = QApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk")
    apply_theme(app)
    window = build_kiosk(settings, content, locked=not options.windowed)
    if options.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    code = app.exec()
    window.services.work.shut_down()
    db.close()
    return int(code)
