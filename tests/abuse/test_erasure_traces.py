"""Erasure is erasure: an erased or purged client's name is nowhere in the database's files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.core.clients import FakeClock, submit_client

ERASED = "Quennellovska"
KEPT = "Brightwater"


def raw_files(database: Path) -> dict[str, bytes]:
    """The bytes of the database file, its -wal and its -shm, as a disk would show them."""
    return {
        path.name: path.read_bytes().lower()
        for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm"))
        if path.exists()
    }


def traces(database: Path, name: str) -> dict[str, int]:
    return {
        file: count
        for file, data in raw_files(database).items()
        if (count := data.count(name.lower().encode("utf-8")))
    }


def seed(content: Content, store: ConsultationStore, surname: str, times: int) -> str:
    public_id = ""
    for _ in range(times):
        public_id = submit_client(content, store, last_name=surname, first_name=f"{surname}a")
    return public_id


def client_id(database: Path, public_id: str) -> int:
    connection = apsw.Connection(str(database), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        row = connection.execute(
            "SELECT client_id FROM consultation WHERE public_id = ?", (public_id,)
        ).fetchone()
    finally:
        connection.close()
    assert row is not None
    return int(row[0])


def test_erase_leaves_no_trace_of_the_name_even_with_a_kiosk_reading(
    db: Database,
    content: Content,
    store: ConsultationStore,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = settings.database_path()
    seed(content, store, KEPT, 2)
    erased = seed(content, store, ERASED, 3)
    assert traces(database, ERASED)  # the test can see a name where there is one
    # The kiosk stays open meanwhile, as it does in the waiting room.
    kiosk = apsw.Connection(str(database))
    kiosk.execute("SELECT count(*) FROM consultation").fetchall()

    code, out, err = run(capsys, "erase", str(client_id(database, erased)))

    assert code == 0, err
    assert "Erased client" in out
    assert traces(database, ERASED) == {}
    assert traces(database, KEPT)  # the other client is still there
    kiosk.close()


def test_purge_leaves_no_trace_of_the_old_consultations(
    db: Database,
    content: Content,
    settings: Settings,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = settings.database_path()
    old = ConsultationStore("kiosk-test", lambda: clock() - timedelta(days=4000))
    seed(content, old, ERASED, 2)
    seed(content, ConsultationStore("kiosk-test", clock), KEPT, 1)
    assert traces(database, ERASED)
    db.close()

    code, _, err = run(capsys, "purge", "--older-than", "3650")

    assert code == 0, err
    assert traces(database, ERASED) == {}
    assert traces(database, KEPT)
