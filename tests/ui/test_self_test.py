"""`clinic-kiosk --self-test` from source: every check runs, passes only when all pass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from kiosk.consultation.outbox import Outbox, outbox_folder
from kiosk.content.loader import default_content_dir
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.store.consultations import ConsultationStore
from tests.core.clients import TODAY, answers_of, submission_of

CHECKS = (
    "folders",
    "settings",
    "resources",
    "content",
    "languages",
    "database",
    "outbox",
    "staff PIN",
    "handout",
    "Qt",
    "fonts",
    "translations",
    "icons",
    "wizard",
    "QtPdf",
    "printing",
)


def self_test(*extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a new process, as IT would run it."""
    return subprocess.run(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())", *extra],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def check_line(output: str, name: str) -> str:
    return next(line for line in output.splitlines() if line[8:].startswith(name + " "))


def test_self_test_runs_every_check_and_touches_no_clinic_data(private_folders: Path) -> None:
    done = self_test("--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test (source in" in done.stdout
    for name in CHECKS:
        assert check_line(done.stdout, name).startswith("  ok  "), name
    assert f"All {len(CHECKS)} checks passed" in done.stdout
    assert "version " in check_line(done.stdout, "content")
    assert "offered: en" in check_line(done.stdout, "languages")
    assert "14 pages drawn" in check_line(done.stdout, "wizard")
    assert "3 handout pages drawn" in check_line(done.stdout, "QtPdf")
    # Its database, key and logs were temporary: the clinic's folders stay empty.
    assert not list(private_folders.rglob("*.sqlite3*"))
    assert not list(private_folders.rglob("audit.key"))
    assert not list(private_folders.rglob("kiosk.log"))
    # The offscreen platform's chatter is not passed on as if it were a problem.
    assert "propagateSizeHints" not in done.stderr


def test_broken_content_fails_the_self_test_and_skips_what_needs_it(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n  - id: [broken\n", encoding="utf-8")

    done = self_test("--self-test", env={"CLINIC_KIOSK_CONTENT_DIR": str(folder)})

    assert done.returncode == 1
    content = check_line(done.stdout, "content")
    assert content.startswith("  FAIL")
    assert "rules.yaml" in content
    assert check_line(done.stdout, "database").startswith("  skip  ")
    assert "skipped: needs content" in check_line(done.stdout, "database")
    # What does not depend on the content still ran.
    assert check_line(done.stdout, "Qt").startswith("  ok  ")
    assert check_line(done.stdout, "fonts").startswith("  ok  ")
    assert "skipped: needs content" in check_line(done.stdout, "icons")
    assert "1 of 16 checks failed and 9 could not run" in done.stdout


def test_a_data_folder_inside_the_program_folder_fails(tmp_path: Path) -> None:
    inside = Path(__file__).resolve().parents[2] / "kiosk-data-here"

    done = self_test("--self-test", env={"CLINIC_KIOSK_DATA_DIR": str(inside)})

    assert done.returncode == 1
    assert "inside the program folder" in check_line(done.stdout, "folders")
    assert not inside.exists()


def test_debug_variable_turns_on_the_detailed_log_and_qt_plugin_messages() -> None:
    done = self_test("--self-test", env={"CLINIC_KIOSK_DEBUG": "1"})

    assert done.returncode == 0, done.stdout + done.stderr
    assert "INFO: applied schema migration" in done.stderr
    # Qt's account of its plugins arrives through the kiosk's log, in the log's format.
    routed = [line for line in done.stderr.splitlines() if line.startswith("DEBUG: ")]
    assert any("plugins/platforms" in line for line in routed)


def test_a_folder_the_kiosk_cannot_make_fails(tmp_path: Path) -> None:
    # A file where a folder should be stops every account, root included.
    blocker = tmp_path / "logs-are-here"
    blocker.write_text("", encoding="utf-8")

    done = self_test("--self-test", env={"CLINIC_KIOSK_LOG_DIR": str(blocker / "log")})

    assert done.returncode == 1
    assert "cannot be written" in check_line(done.stdout, "folders")


def test_a_printer_named_in_the_settings_must_exist(private_folders: Path) -> None:
    done = self_test("--self-test", env={"CLINIC_KIOSK_PRINTER": "Front desk laser"})

    assert done.returncode == 1
    printing = check_line(done.stdout, "printing")
    assert "the printer 'Front desk laser' in the settings is not set up here" in printing


def test_verbose_shows_the_traceback_of_a_failed_check(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    (folder / "rules.yaml").unlink()

    done = self_test("--self-test", "--verbose", env={"CLINIC_KIOSK_CONTENT_DIR": str(folder)})

    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stdout


def test_the_self_test_tells_how_many_consultations_wait_and_leaves_them_be(
    content: Content,
) -> None:
    outbox = Outbox(outbox_folder())
    store = ConsultationStore("kiosk-test", lambda: datetime(2026, 11, 21, 10, 0))
    outbox.put(submission_of(content, store, "c0ffee", assess(content, answers_of(content), TODAY)))
    outbox.note_try("c0ffee", "the database cannot be reached (ConnectionRefusedError)")

    done = self_test("--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    line = check_line(done.stdout, "outbox")
    assert line.startswith("  ok  ")
    assert "1 waiting to be stored, the oldest since " in line
    assert "(1 tries; last: the database cannot be reached (ConnectionRefusedError))" in line
    assert outbox.waiting() == ["c0ffee"]  # the self-test delivers nothing of the clinic's
