"""Private data stays private: no PIN in any database file, no client data in any log."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.logs import configure_logging
from kiosk.setup.settings import Settings
from kiosk.store.backup import back_up
from kiosk.store.consultations import ConsultationStore
from kiosk.store.export import write_csv
from kiosk.store.queue import QueueFilter, queue_page
from kiosk.store.retention import drop_stale_drafts, erase_client, purge_older_than
from kiosk.store.staff import Role, SignInRefused, StaffAccounts
from tests.core.clients import FakeClock, submit_client

PINS = ("58203741", "90317264")


def files_of(database: Path) -> list[Path]:
    return [p for p in database.parent.iterdir() if p.name.startswith(database.name)]


@pytest.mark.sqlite_only  # it reads the SQLite file and its backup
def test_no_pin_is_ever_written_to_the_database_its_log_or_a_backup(
    db: Database, settings: Settings, accounts: StaffAccounts, tmp_path: Path
) -> None:
    accounts.add("maria", "Maria", Role.ADMIN, PINS[0])
    accounts.add("tom", "Tom", Role.FRONT_DESK, PINS[1])
    accounts.sign_in("maria", PINS[0])
    with pytest.raises(SignInRefused):
        accounts.sign_in("tom", PINS[0])  # a wrong PIN is not kept either
    accounts.reset_pin("tom", "71539486")
    database = settings.database_path()
    backup = back_up(database, tmp_path)
    files = [*files_of(database), backup]
    assert any(path.name.endswith("-wal") and path.stat().st_size > 0 for path in files)

    for path in files:
        data = path.read_bytes()
        for pin in (*PINS, "71539486"):
            assert pin.encode() not in data, path.name
            assert pin.encode("utf-16-le") not in data, path.name


SENTINELS: dict[str, Any] = {
    "first_name": "Quintessa",
    "last_name": "Marchbanks",
    "phone": "+44 7700 913579",
    "email": "quintessa@example.org",
}


@pytest.mark.sqlite_only  # it reads the SQLite file and its backup
def test_the_logs_hold_ids_and_counts_never_names_or_answers(
    content: Content,
    store: ConsultationStore,
    accounts: StaffAccounts,
    clock: FakeClock,
    settings: Settings,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    log_file = configure_logging(verbose=True, folder=tmp_path / "logs")
    caplog.set_level(logging.DEBUG)
    try:
        public_id = submit_client(content, store, date_of_birth="1961-02-03", **SENTINELS)
        draft = store.start("en", content.version)
        store.save_draft(draft, SENTINELS)
        store.abandon(draft)
        queue_page(QueueFilter(search="Marchbanks"))
        with (tmp_path / "out.csv").open("w") as out:
            write_csv(content, QueueFilter(), out)
        back_up(settings.database_path(), tmp_path)
        accounts.add("maria", "Maria", Role.ADMIN, PINS[0])
        for _ in range(10):
            clock.advance(hours=1)
            with pytest.raises(SignInRefused):
                accounts.sign_in("maria", "11112222")
        clock.advance(days=2)
        drop_stale_drafts(clock.now, 24)
        from kiosk.store.models import Consultation

        erase_client(Consultation.get(Consultation.public_id == public_id).client.id)
        purge_older_than(1, clock.now)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "_clinic_kiosk_handler", False):
                logging.getLogger().removeHandler(handler)
                handler.close()

    assert log_file is not None
    written = log_file.read_text(encoding="utf-8") + "\n".join(
        r.getMessage() for r in caplog.records
    )
    assert public_id in written  # the log is used: ids are there
    assert "locked after 10 failed sign-ins" in written
    for value in (*SENTINELS.values(), "1961-02-03", "Quintessa Marchbanks", PINS[0], "11112222"):
        assert value not in written


def test_an_unhandled_error_goes_to_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from kiosk.setup.logs import log_unhandled_errors

    log_file = configure_logging(folder=tmp_path / "logs")
    original = sys.excepthook
    try:
        log_unhandled_errors()
        try:
            raise RuntimeError("printer exploded")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = original
    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled RuntimeError" in text
    assert "printer exploded" in text
    # The console gets one line naming the kind of error, not the traceback or its message.
    err = capsys.readouterr().err
    assert err == "Unexpected error (RuntimeError); the details are in the log.\n"
