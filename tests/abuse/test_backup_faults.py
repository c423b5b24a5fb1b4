"""Backups under faults: bounded in time, no partial copies left; restore refused in use."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.backup import BackupError, back_up
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.core.clients import submit_client


@pytest.fixture
def database(db: Database, content: Content, store: ConsultationStore, settings: Settings) -> Path:
    submit_client(content, store)
    db.close()
    return settings.database_path()


def hidden_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


def test_a_database_that_cannot_be_read_stops_the_backup_in_time(
    database: Path, tmp_path: Path
) -> None:
    # Another program keeps the database to itself (exclusive locking mode, mid-write).
    holder = apsw.Connection(str(database))
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE consultation SET language = language")
    began = time.monotonic()

    with pytest.raises(BackupError, match=r"did not finish within 1 seconds|locked|busy"):
        back_up(database, tmp_path, time_limit=1.0)

    assert time.monotonic() - began < 20
    assert hidden_files(tmp_path) == []
    holder.execute("ROLLBACK")
    holder.close()


def test_leftovers_of_killed_backups_are_removed_by_the_next_one(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    for name in (
        ".consultations-20260101-010101.sqlite3.0badc0de.partial",
        ".consultations-20260101-010101.sqlite3.0badc0de.partial-journal",
        ".consultations.before-restore-20260101.sqlite3.12345678.partial",
    ):
        (backups / name).write_bytes(b"a full copy of client data from a killed run")
    (backups / ".my-own-hidden-file").write_text("not ours", "utf-8")

    code, _, _ = run(capsys, "backup", str(backups))

    assert code == 0
    assert hidden_files(backups) == [".my-own-hidden-file"]
    assert len(list(backups.glob("consultations-*.sqlite3"))) == 1


def test_a_killed_backup_leaves_only_a_recognisable_partial_file(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real kill mid-copy leaves only .NAME.TOKEN.partial, and the next run removes it."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import kiosk.store.backup as backup\n"
        "real = backup._copy\n"
        "def killed(source, target, standalone, time_limit):\n"
        "    real(source, target, False, time_limit)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "backup._copy = killed\n"
        "backup.back_up(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    )
    subprocess.run([sys.executable, "-c", script, str(database), str(tmp_path)], check=False)
    left = hidden_files(tmp_path)
    assert left
    assert all(".partial" in name for name in left)

    assert run(capsys, "backup", str(tmp_path))[0] == 0
    assert hidden_files(tmp_path) == []


def test_restore_keeps_only_the_newest_safety_copies_and_is_audited(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup))[0] == 0
    for day in range(1, 6):
        old = database.with_name(f"consultations.before-restore-2026010{day}-000000.sqlite3")
        old.write_bytes(b"an old safety copy")

    code, out, err = run(capsys, "restore", str(backup))

    assert code == 0, err
    copies = sorted(database.parent.glob("consultations.before-restore-*.sqlite3"))
    assert len(copies) == 3
    assert copies[0].name == "consultations.before-restore-20260104-000000.sqlite3"
    code, out, _ = run(capsys, "verify-audit")
    assert code == 0, out
    connection = apsw.Connection(str(database), flags=apsw.SQLITE_OPEN_READONLY)
    actions = [row[0] for row in connection.execute("SELECT action FROM audit_event")]
    connection.close()
    assert actions[-1] == "restore"


def test_restore_refuses_while_a_kiosk_is_running(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup))[0] == 0
    # A kiosk in another process: it holds the database "in use" as the real one does.
    kiosk = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from pathlib import Path\n"
            "from kiosk.store.in_use import hold_shared\n"
            "hold_shared(Path(sys.argv[1]))\n"
            "print('running', flush=True)\n"
            "sys.stdin.read()\n",
            str(database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert kiosk.stdout is not None
    assert kiosk.stdout.readline() == "running\n"
    before = database.read_bytes()

    code, _, err = run(capsys, "restore", str(backup))

    assert code == 2
    assert "a kiosk or staff screen is using the database" in err
    assert database.read_bytes() == before
    kiosk.communicate("")
    assert run(capsys, "restore", str(backup))[0] == 0
