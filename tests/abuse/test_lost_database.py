"""A damaged, emptied or deleted database is noticed at start: never a fresh empty start."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.core.clients import submit_client
from ui.app import startup
from ui.cannot_start import CannotStart

PAGE = 4096


@pytest.fixture
def database(db: Database, content: Content, store: ConsultationStore, settings: Settings) -> Path:
    """A database of some pages (forty consultations), closed."""
    for _ in range(40):
        submit_client(content, store)
    db.close()
    return settings.database_path()


def garbage_mid_file(database: Path) -> None:
    data = bytearray(database.read_bytes())
    assert len(data) > 12 * PAGE
    middle = (len(data) // PAGE // 2) * PAGE
    data[middle : middle + PAGE] = bytes(range(256)) * (PAGE // 256)
    database.write_bytes(bytes(data))


def lose(database: Path, how: str) -> None:
    if how == "garbage":
        garbage_mid_file(database)
    elif how == "empty":
        database.write_bytes(b"")
    else:
        database.unlink()


@pytest.mark.parametrize("how", ["garbage", "empty", "deleted"])
def test_headless_commands_exit_1_with_one_line_and_the_next_step(
    database: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    lose(database, how)
    size = database.stat().st_size if database.exists() else None

    for command in (["find", "Ana"], ["export"], ["verify-audit"], ["purge"]):
        code, out, err = run(capsys, *command)
        assert code == 1, command
        assert out == ""
        assert err.count("\n") == 1, err
        assert f"the database {database} is" in err
        assert "restore the latest backup with 'clinic-kiosk restore BACKUP'" in err
    # Nothing was started afresh in its place.
    assert (database.stat().st_size if database.exists() else None) == size


@pytest.mark.parametrize("how", ["garbage", "empty", "deleted"])
def test_the_kiosk_shows_staff_the_notice_with_the_next_step(
    database: Path, settings: Settings, how: str
) -> None:
    lose(database, how)

    with pytest.raises(CannotStart) as failure:
        startup(settings)

    assert "restore the latest backup" in failure.value.reason
    assert str(database) in failure.value.reason


def test_a_restore_brings_a_lost_database_back(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert run(capsys, "backup", str(backup))[0] == 0
    database.unlink()

    code, _, err = run(capsys, "restore", str(backup))

    assert code == 0, err
    code, out, _ = run(capsys, "verify-audit")
    assert code == 0, out
    assert run(capsys, "find", "Ana")[1].endswith("\tAna Silva\t1988-03-14\t40\n")


def test_a_brand_new_installation_starts_empty(settings: Settings) -> None:
    _content, db = startup(settings)
    db.close()

    assert settings.database_path().stat().st_size > 0
    assert settings.audit_key_path().exists()
