"""Health data is nobody else's: every file of client data is owner-only, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings, log_dir
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import open_database
from tests.abuse.commands import run
from tests.core.clients import FakeClock, submit_client


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that lets everyone read and write what is created, as a careless system has."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_of_client_data_is_owner_only(
    permissive_umask: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings()
    db = open_database(settings)
    database = settings.database_path()
    content = load_content()
    submit_client(content, ConsultationStore("kiosk-test", FakeClock(datetime(2026, 11, 21, 10))))
    opened = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert {path.name: mode(path) for path in opened} == {path.name: 0o600 for path in opened}
    db.close()
    backups = tmp_path / "backups"
    backups.mkdir()

    assert run(capsys, "backup", str(backups))[0] == 0
    assert run(capsys, "export", "-o", str(tmp_path / "export.json"))[0] == 0
    assert run(capsys, "export", "--format", "csv", "-o", str(tmp_path / "export.csv"))[0] == 0
    backup = next(backups.iterdir())
    assert run(capsys, "restore", str(backup))[0] == 0, capsys.readouterr()

    assert mode(database.parent) == 0o700
    assert mode(log_dir()) == 0o700
    files = [
        database,
        backup,
        tmp_path / "export.json",
        tmp_path / "export.csv",
        log_dir() / "kiosk.log",
        settings.audit_key_path(),
        settings.audit_key_path().with_suffix(".anchor"),
        *database.parent.glob("*.before-restore-*"),
    ]
    assert len(files) == 8  # with the safety copy restore made
    assert {str(path): mode(path) for path in files} == {str(path): 0o600 for path in files}


def test_an_existing_world_readable_database_is_made_owner_only(permissive_umask: None) -> None:
    settings = Settings()
    open_database(settings).close()
    database = settings.database_path()
    database.chmod(0o644)
    database.parent.chmod(0o755)

    open_database(settings).close()

    assert mode(database) == 0o600
    assert mode(database.parent) == 0o700
