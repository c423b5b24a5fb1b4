"""One typo never loses a record: nothing written over the data, nor over a file without --force."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.core.clients import submit_client

ANSWERS = {"answers": {}, "today": "2026-11-21"}


@pytest.fixture
def stored(db: Database, content: Content, store: ConsultationStore, settings: Settings) -> Path:
    """A database holding one consultation, closed (the commands open it themselves)."""
    submit_client(content, store)
    db.close()
    return settings.database_path()


def answers_file(tmp_path: Path, content: Content) -> str:
    from tests.core.clients import CLEAN_CLIENT

    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"answers": CLEAN_CLIENT, "today": "2026-11-21"}), "utf-8")
    return str(path)


def consultations_in(path: Path) -> int:
    import apsw

    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return int(next(connection.execute("SELECT count(*) FROM consultation"))[0])
    finally:
        connection.close()


def data_targets(settings: Settings) -> list[Path]:
    database = settings.database_path()
    key = settings.audit_key_path()
    return [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        key,
        key.with_suffix(".anchor"),
    ]


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("which", range(5))
def test_export_never_writes_over_the_data(
    stored: Path,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    which: int,
    force: bool,
) -> None:
    target = data_targets(settings)[which]
    # The -wal and -shm exist only while the database is open: compared by name then.
    before = target.read_bytes() if target.exists() else None

    code, _, err = run(capsys, "export", "-o", str(target), *(["--force"] if force else []))

    assert code == 2
    assert "is never overwritten" in err
    assert err.count("\n") == 1
    if before is not None:
        assert target.read_bytes() == before
    else:
        assert not target.exists()
    assert consultations_in(stored) == 1
    code, out, _ = run(capsys, "verify-audit")
    assert code == 0, out


def test_a_symlink_or_hard_link_to_the_database_does_not_get_round_it(
    stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Content
) -> None:
    symlink = tmp_path / "plan.pdf"
    symlink.symlink_to(stored)
    hard = tmp_path / "hard.csv"
    os.link(stored, hard)
    before = stored.read_bytes()

    for args in (
        ["export", "--force", "-o", str(symlink)],
        ["export", "--force", "-o", str(hard)],
        ["handout", answers_file(tmp_path, content), "--force", "-o", str(symlink)],
        ["handout", answers_file(tmp_path, content), "--force", "-o", str(hard)],
        ["export", "-o", str(tmp_path / ".." / tmp_path.name / "plan.pdf")],
    ):
        code, _, err = run(capsys, *args)
        assert code == 2, args
        assert "the database" in err or "already exists" in err
    assert stored.read_bytes() == before
    assert consultations_in(stored) == 1


def test_handout_over_the_database_is_refused(
    stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Content
) -> None:
    code, _, err = run(capsys, "handout", answers_file(tmp_path, content), "-o", str(stored))

    assert code == 2
    assert err == (
        f"clinic-kiosk handout: {stored} is the database; "
        "it is never overwritten, choose another name\n"
    )
    assert consultations_in(stored) == 1


def test_an_existing_file_is_replaced_only_with_force(
    stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "export.json"
    target.write_text("yesterday's export", "utf-8")

    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 2
    assert err.strip().endswith("already exists; add --force to replace it")
    assert target.read_text("utf-8") == "yesterday's export"

    code, _, _ = run(capsys, "export", "--force", "-o", str(target))
    assert code == 0
    assert json.loads(target.read_text("utf-8"))["resourceType"] == "Bundle"


def test_outputs_are_written_whole_and_leftovers_of_killed_runs_are_removed(
    stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "export.csv"
    leftover = tmp_path / ".export.csv.deadbeef.partial"
    leftover.write_text("half of an export from a killed run", "utf-8")

    code, _, _ = run(capsys, "export", "--format", "csv", "-o", str(target))

    assert code == 0
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "export" in p.name) == ["export.csv"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_export_that_fails_leaves_no_file(
    stored: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import kiosk.consultation.desk

    def broken(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kiosk.consultation.desk, "write_fhir", broken)
    target = tmp_path / "export.json"

    code, _, err = run(capsys, "export", "-o", str(target))

    assert code == 2
    assert "No space left on device" in err
    assert list(tmp_path.glob("*export*")) == []
