"""A passing lock is not an error: readers never wait on the writer, and a start waits its turn."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.core.clients import submit_client
from ui.app import startup


@pytest.fixture
def database(db: Database, content: Content, store: ConsultationStore, settings: Settings) -> Path:
    submit_client(content, store)
    db.close()
    return settings.database_path()


def test_read_only_commands_run_while_a_writer_holds_the_lock(
    database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wait for the write lock would fail after a second rather than 15.
    monkeypatch.setenv("CLINIC_KIOSK_BUSY_TIMEOUT_SECONDS", "1")
    writer = apsw.Connection(str(database))
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE consultation SET language = language")

    for command in (["find", "Ana"], ["verify-audit"]):
        code, out, err = run(capsys, *command)
        assert code == 0, (command, err)
        assert out
    writer.execute("ROLLBACK")
    writer.close()


def test_a_kiosk_starting_during_an_exclusive_lock_waits_for_it(
    database: Path, settings: Settings
) -> None:
    # A program that has the database to itself for a moment (as a migration does).
    holder = apsw.Connection(str(database))
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE consultation SET language = language")
    released = threading.Event()

    def release_soon() -> None:
        time.sleep(2.5)  # the lock's own length, not a wait for the kiosk
        holder.execute("COMMIT")
        holder.close()
        released.set()

    threading.Thread(target=release_soon, daemon=True).start()
    quick = Settings(kiosk_id="kiosk-test", busy_timeout_seconds=1)

    _content, db = startup(quick)

    assert released.is_set()
    db.close()
