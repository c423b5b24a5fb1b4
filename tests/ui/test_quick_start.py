"""The welcome page painted before the rest of the kiosk is loaded, then the kiosk opened behind."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from peewee import Database
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.consultation.front_page import FrontPage, front_page
from kiosk.consultation.quick_start import RECORD
from kiosk.content.languages import language, offered_languages
from kiosk.content.model import Content
from kiosk.setup.places import cache_dir
from kiosk.setup.settings import Settings
from kiosk.store.staff import StaffAccounts
from tests.core.clients import TODAY
from tests.processes import run_until_line
from tests.ui.conftest import find, tap_named
from ui.app import build_kiosk, stop_kiosk
from ui.wizard.window import KioskWindow

OPEN = "open: the kiosk takes clients"
KIOSK = [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]


def painted_first(qtbot: QtBot, front: FrontPage) -> KioskWindow:
    """The window as a start paints it, from the kept page alone."""
    window = KioskWindow(front)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened(window: KioskWindow, content: Content, accounts: StaffAccounts) -> KioskWindow:
    return build_kiosk(
        Settings(kiosk_id="kiosk-test", offer_unreviewed_languages=True),
        content,
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
        locked=False,
        window=window,
    )


def shown_texts(window: QWidget) -> list[str]:
    return [each.text() for each in window.findChildren(QLabel) if each.isVisible()]


def test_a_tap_on_start_before_the_kiosk_opens_is_acted_on_once_it_is(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts
) -> None:
    languages = offered_languages(content, unreviewed_too=True)
    window = painted_first(qtbot, front_page(content, languages, True))
    assert "Welcome to Harbour Skin Clinic" in shown_texts(window)

    tap_named(qtbot, window, "startButton")
    assert window.page.objectName() == "page_welcome"  # nothing to start yet

    opened(window, content, accounts)
    try:
        assert window.page.objectName() == "page_consent"
        assert window.session.intake.language == "en"
    finally:
        window.may_close = True
        assert stop_kiosk(window)


def test_a_language_chosen_before_the_kiosk_opens_is_kept(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts
) -> None:
    languages = offered_languages(content, unreviewed_too=True)
    window = painted_first(qtbot, front_page(content, languages, True))

    tap_named(qtbot, window, "language_pl")
    opened(window, content, accounts)
    try:
        assert window.intake.language == "pl"
        assert "Witamy w Harbour Skin Clinic" in " ".join(shown_texts(window))
    finally:
        window.may_close = True
        assert stop_kiosk(window)


def test_a_kept_page_out_of_date_gives_way_to_the_contents_own(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts
) -> None:
    languages = offered_languages(content, unreviewed_too=True)
    kept = replace(
        front_page(content, languages, True),
        clinic_name="Old Name Clinic",
        languages=(language("en"),),
    )
    window = painted_first(qtbot, kept)
    assert "Welcome to Old Name Clinic" in shown_texts(window)

    opened(window, content, accounts)
    try:
        texts = shown_texts(window)
        assert "Welcome to Harbour Skin Clinic" in texts
        assert not any("Old Name" in text for text in texts)
        assert window.windowTitle() == "Harbour Skin Clinic"
        assert find(window, "language_pl").isVisible()
        # One welcome page in the stack, not the old one behind the new.
        stacked = [window.stack.widget(i).objectName() for i in range(window.stack.count())]
        assert stacked.count("page_welcome") == 1
    finally:
        window.may_close = True
        assert stop_kiosk(window)


def test_the_second_start_paints_the_welcome_page_before_loading_the_rest(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    log = Path(os.environ["CLINIC_KIOSK_LOG_DIR"]) / "kiosk.log"

    run_until_line(
        [*KIOSK, "--windowed", "--verbose"], "open: the kiosk takes clients", env, tmp_path
    )
    first = log.read_text(encoding="utf-8").splitlines()
    assert (cache_dir() / RECORD).is_file()
    # Nothing was kept yet: everything was loaded before the page was painted.
    assert index_of(first, "content version") < index_of(first, "ready: the welcome page")

    log.unlink()
    run_until_line(
        [*KIOSK, "--windowed", "--verbose"], "open: the kiosk takes clients", env, tmp_path
    )
    second = log.read_text(encoding="utf-8").splitlines()
    assert index_of(second, "ready: the welcome page") < index_of(second, "content version")
    assert index_of(second, "content version") < index_of(second, "open: the kiosk")


def test_a_database_lost_after_the_page_is_painted_shows_why(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run_until_line(
        [*KIOSK, "--windowed", "--verbose"], "open: the kiosk takes clients", env, tmp_path
    )
    database = Path(os.environ["CLINIC_KIOSK_DATA_DIR"]) / "consultations.sqlite3"
    for path in database.parent.glob("consultations.sqlite3*"):
        path.unlink()
    database.mkdir()  # a folder where the database should be

    seen = run_until_line(
        [*KIOSK, "--windowed", "--verbose"],
        "The kiosk cannot start: The database cannot be opened",
        env,
        tmp_path,
        still_running_after=1.0,  # the notice stays up for staff
    )

    assert index_of(seen, "ready: the welcome page") < index_of(seen, "The kiosk cannot start")
    assert not any("open: the kiosk" in line for line in seen)


def index_of(lines: list[str], text: str) -> int:
    return next(n for n, line in enumerate(lines) if text in line)
