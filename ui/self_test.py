"""`clinic-kiosk --self-test`: proves that this installation works, from source or bundled.

It runs the kiosk's real parts end to end: content, a new database, a
submitted consultation, a staff PIN, the wizard drawn offscreen, the handout
made and read back by QtPdf, a print job. Everything is written to a
temporary folder that is removed afterwards, so it is safe on a kiosk in use:
the clinic's database, settings and logs are only read, never touched.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.consultation.outbox import outbox_folder, outbox_report
from kiosk.content.languages import offered_languages
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.demo import sample_signature, typical_client
from kiosk.engine.assessment import Assessment, assess
from kiosk.handout.render import render_handout
from kiosk.record.phrasebook import Phrasebook
from kiosk.record.submission import ConsentRecord, build_submission
from kiosk.record.telling import plan_in_words
from kiosk.setup.logs import configure_logging, stop_logging
from kiosk.setup.resources import bundle_folder, program_folder, resource_path
from kiosk.setup.settings import Settings, config_dir, data_dir, load_settings, log_dir
from kiosk.store.consultations import ConsultationStore, stored_handout
from kiosk.store.database import OpenDatabase, open_database, schema_version, sqlite_version
from kiosk.store.fields import utc_now
from kiosk.store.server import driver_version
from kiosk.store.staff import Role, StaffAccounts

if TYPE_CHECKING:
    from ui.self_test_screen import ScreenChecks

log = logging.getLogger(__name__)


class CheckFailed(RuntimeError):
    """A check ran but found something wrong; the message says what."""


@dataclass
class Outcome:
    """How one check went."""

    name: str
    passed: bool
    detail: str
    skipped: bool = False


class SelfTest:
    """Runs the checks in order, each building on the ones before.

    A check whose prerequisite failed is reported as skipped, and counts as
    a failure: the self-test passes only when every check ran and passed.
    """

    def __init__(self, folder: Path, out: TextIO, verbose: bool = False) -> None:
        self.folder = folder
        self.out = out
        self.verbose = verbose
        self.outcomes: list[Outcome] = []
        self.settings = Settings()
        self.content: Content | None = None
        self.assessment: Assessment | None = None
        self.pdf = b""
        self.screen: ScreenChecks | None = None
        self.db: OpenDatabase | None = None

    def check(self, name: str, action: Callable[[], str], needs: tuple[str, ...] = ()) -> None:
        """Run `action`, which returns what it found or raises; print one line."""
        missing = [n for n in needs if not any(o.name == n and o.passed for o in self.outcomes)]
        began = time.perf_counter()
        if missing:
            outcome = Outcome(name, False, f"skipped: needs {', '.join(missing)}", skipped=True)
        else:
            try:
                outcome = Outcome(name, True, action())
            except Exception as error:  # every failure is reported, none raised
                if self.verbose:  # the log is in the temporary folder: show the traceback here
                    traceback.print_exception(error, file=self.out)
                first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
                outcome = Outcome(name, False, f"{type(error).__name__}: {first_line}")
        took = (time.perf_counter() - began) * 1000
        mark = "ok  " if outcome.passed else "skip" if outcome.skipped else "FAIL"
        print(f"  {mark}  {name:<13} {outcome.detail}  ({took:.0f} ms)", file=self.out)
        self.out.flush()
        self.outcomes.append(outcome)

    # --- the checks ------------------------------------------------------------

    def folders(self) -> str:
        """The clinic's data, settings and logs live outside the program's folder."""
        program = program_folder()
        for kind, folder in (("data", data_dir()), ("settings", config_dir()), ("logs", log_dir())):
            if folder.resolve().is_relative_to(program):
                raise CheckFailed(f"the {kind} folder {folder} is inside the program folder")
            if not can_write(folder):
                raise CheckFailed(f"the {kind} folder {folder} cannot be written by this account")
        return f"data in {data_dir()}, settings in {config_dir()}, logs in {log_dir()}"

    def installation_settings(self) -> str:
        """This installation's settings, with a throw-away database and audit key."""
        settings = load_settings()
        self.settings = settings.model_copy(
            update={
                "database_url": f"sqlite:///{self.folder / 'self-test.sqlite3'}",
                "audit_key_file": str(self.folder / "audit.key"),
            }
        )
        return f"content from {settings.content_dir or 'the built-in folder'}"

    def resources(self) -> str:
        """The shipped files the kiosk reads: fonts, icons, style sheet, translations."""
        counts = {}
        for folder, pattern in (
            ("fonts", "*.ttf"),
            ("icons", "*.svg"),
            ("style", "*.qss"),
            ("i18n", "*.qm"),
        ):
            found = list(resource_path(folder).glob(pattern))
            if not found:
                raise CheckFailed(f"no {pattern} in {resource_path(folder)}")
            counts[folder] = len(found)
        return (
            f"{counts['fonts']} fonts, {counts['icons']} icons, {counts['style']} style sheet, "
            f"{counts['i18n']} translation in {resource_path()}"
        )

    def clinic_content(self) -> str:
        """The content loads and validates (a ContentError names the first problem)."""
        folder = self.settings.content_dir
        content = load_content(Path(folder) if folder else None)
        self.content = content
        questions = sum(1 for _ in content.questionnaire.items())
        return (
            f"version {content.version[:12]}: {questions} questions, "
            f"{len(content.catalogue.treatments)} treatments, {len(content.rules.rules)} rules"
        )

    def languages(self) -> str:
        """Which languages the kiosk offers, and why each other listed one is not; every
        listed language's dates written by Babel (its data is in the bundle)."""
        assert self.content is not None
        content = self.content
        offered = offered_languages(
            content, unreviewed_too=self.settings.offer_unreviewed_languages
        )
        for code in content.clinic.languages:
            book = Phrasebook.of(content, code)
            if not book.long_date(date(2026, 3, 14)):
                raise CheckFailed(f"no date could be written in '{code}'")
        left_out = [
            f"{code} ({'not reviewed' if t.complete else f'{t.missing} texts missing'})"
            for code, t in content.translations.items()
            if code not in {language.code for language in offered}
        ]
        said = "offered: " + ", ".join(language.code for language in offered)
        return said + (f"; not offered: {', '.join(left_out)}" if left_out else "")

    def database(self) -> str:
        """A new database: migrations, a submitted consultation, read back."""
        assert self.content is not None
        self.db = db = open_database(self.settings)
        version = schema_version(db)
        now = utc_now()
        self.assessment = assess(self.content, typical_client(self.content), now.date())
        store = ConsultationStore("self-test", lambda: now)
        public_id = store.start(self.content.clinic.language, self.content.version)
        consent = ConsentRecord(
            text_version=self.content.consent.version,
            text_hash=self.content.consent.hash_in("en", "en"),
            agreed_at=now,
            typed_name="Self Test",
            signature_png=sample_signature(),
        )
        store.submit(
            build_submission(
                self.content,
                self.assessment,
                consent,
                public_id=public_id,
                kiosk_id=store.kiosk_id,
                language=self.content.clinic.language,
                started_at=now,
                submitted_at=now,
            )
        )
        stored_handout(public_id)
        sqlite = ".".join(str(part) for part in sqlite_version())
        # A clinic server needs the PostgreSQL driver: the bundle must carry it.
        return (
            f"created at schema {version}, a consultation saved and read back "
            f"(SQLite {sqlite}; for a clinic server, {driver_version()})"
        )

    def outbox(self) -> str:
        """This kiosk's outbox (only read): how many consultations wait for the database, and why.

        Consultations waiting are not a failure (the kiosk delivers them), but
        staff must see them; one refused by the database fails the check.
        """
        report = outbox_report()
        if report.refused:
            raise CheckFailed(f"{report.summary()} (in {outbox_folder()})")
        return report.summary()

    def staff_pin(self) -> str:
        """Argon2 hashes a PIN and checks it (the compiled part of staff sign-in)."""
        pin = "".join(secrets.choice("0123456789") for _ in range(8))
        accounts = StaffAccounts()
        accounts.add("selftest", "Self Test", Role.ADMIN, pin)
        accounts.sign_in("selftest", pin)
        return "an account was added and signed in with its PIN"

    def handout(self) -> str:
        """The plan and aftercare sheet as a PDF, with the shipped fonts."""
        assert self.content is not None
        assert self.assessment is not None
        self.pdf = render_handout(plan_in_words(self.content, self.assessment))
        if not self.pdf.startswith(b"%PDF-"):
            raise CheckFailed("the handout is not a PDF")
        return f"{len(self.pdf) // 1024} kB PDF"

    def start_qt(self) -> str:
        """Qt and the kiosk's windows import, and a QApplication starts offscreen."""
        # Imported only now, so that a bundle missing Qt still reports the checks above.
        from ui.self_test_screen import ScreenChecks  # noqa: PLC0415

        self.screen = ScreenChecks(self)
        return self.screen.start_qt()

    def on_screen(self, name: str) -> Callable[[], str]:
        """The Qt check called `name`, run once Qt has started."""
        return lambda: str(getattr(self.screen, name)())

    def run_checks(self) -> None:
        """Everything that needs no Qt, then everything that does."""
        self.check("folders", self.folders)
        self.check("settings", self.installation_settings)
        self.check("resources", self.resources)
        self.check("content", self.clinic_content, needs=("settings",))
        self.check("languages", self.languages, needs=("content",))
        self.check("database", self.database, needs=("content",))
        self.check("outbox", self.outbox)
        self.check("staff PIN", self.staff_pin, needs=("database",))
        self.check("handout", self.handout, needs=("database",))
        self.check("Qt", self.start_qt)
        self.check("fonts", self.on_screen("fonts"), needs=("Qt",))
        self.check("translations", self.on_screen("translations"), needs=("Qt", "content"))
        self.check("icons", self.on_screen("icons"), needs=("Qt", "content"))
        self.check("wizard", self.on_screen("wizard"), needs=("Qt", "database"))
        self.check("QtPdf", self.on_screen("pdf_pages"), needs=("Qt", "handout"))
        self.check("printing", self.on_screen("printing"), needs=("QtPdf",))
        if self.screen is not None:
            self.screen.close()
        if self.db is not None:
            self.db.close()


def can_write(folder: Path) -> bool:
    """Whether this account can write `folder`, or create it, without touching anything."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    return existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)


def program_version() -> str:
    """The installed version (the bundle carries the package's metadata for this)."""
    try:
        return version("clinic-kiosk")
    except PackageNotFoundError:
        return "(version unknown)"


def run_self_test(out: TextIO | None = None, verbose: bool = False) -> int:
    """Run every check; 0 only when all of them passed."""
    # A program built without a console (clinic-kiosk.exe on Windows) has no stdout;
    # its twin clinic-kiosk-console.exe shows the report.
    out = out or sys.stdout or io.StringIO()
    # Offscreen even on the kiosk's own screen: nothing flashes up in front of a client.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    began = time.perf_counter()
    where = f"bundle in {program_folder()}" if bundle_folder() else f"source in {program_folder()}"
    python = sys.version.split()[0]
    print(f"clinic-kiosk {program_version()} self-test ({where}, Python {python})", file=out)
    # Windows cannot remove a file something still holds open; leftovers there are harmless.
    with tempfile.TemporaryDirectory(
        prefix="clinic-kiosk-self-test-", ignore_cleanup_errors=True
    ) as name:
        folder = Path(name)
        configure_logging(verbose, folder=folder)
        test = SelfTest(folder, out, verbose)
        try:
            test.run_checks()
        finally:
            stop_logging()
    failed = [o for o in test.outcomes if not o.passed and not o.skipped]
    skipped = [o for o in test.outcomes if o.skipped]
    took = time.perf_counter() - began
    if failed or skipped:
        print(
            f"{len(failed)} of {len(test.outcomes)} checks failed and {len(skipped)} could not "
            f"run ({took:.1f} s).",
            file=out,
        )
        return 1
    print(f"All {len(test.outcomes)} checks passed ({took:.1f} s).", file=out)
    return 0
