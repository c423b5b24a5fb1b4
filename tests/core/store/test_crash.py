"""A kiosk killed at any moment loses nothing it reported saved, and the file stays sound.

A separate process submits consultations in a loop and is killed with
SIGKILL at random moments, many times over, against one database file.
It prints a consultation's id only after `submit` returned, so every
printed id is a promise the database must keep.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.setup.settings import Settings
from kiosk.store.backup import integrity_problem
from kiosk.store.database import open_database
from kiosk.store.models import Consent, Consultation
from tests.core.clients import SIGNATURE
from tests.core.storage_worker import Worker, json_of

pytestmark = pytest.mark.slow

ROUNDS = 15
SEED = 20261121


@dataclass
class CrashRun:
    """What the killed workers reported, and the file as each kill left it."""

    printed: dict[str, str] = field(default_factory=dict)  # public id -> first name
    printed_per_round: list[int] = field(default_factory=list)
    submitted_per_round: list[int] = field(default_factory=list)  # rows, all rounds so far
    drafts_per_round: list[int] = field(default_factory=list)  # rows, all rounds so far

    def summary(self) -> str:
        drafts = self.drafts_per_round
        new_drafts = [later - earlier for earlier, later in pairwise([0, *drafts])]
        unreported = self.submitted_per_round[-1] - len(self.printed)
        return (
            f"{len(self.printed)} ids printed over {len(self.printed_per_round)} kills "
            f"(per round {self.printed_per_round}); "
            f"kills that left a draft mid-consultation: {sum(n > 0 for n in new_drafts)}; "
            f"consultations committed but killed before printing: {unreported}"
        )


@pytest.fixture(scope="module")
def database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash") / "consultations.sqlite3"


@pytest.fixture(scope="module")
def crash_run(database_file: Path) -> CrashRun:
    """Start the worker, let it submit for a random moment, SIGKILL it; ROUNDS times."""
    chance = random.Random(SEED)
    run = CrashRun()
    home = database_file.parent
    with pytest.MonkeyPatch.context() as env:
        # A module's fixture runs before the per-test folders are set: set our own.
        for name in ("DATA_DIR", "CONFIG_DIR", "LOG_DIR"):
            env.setenv(f"CLINIC_KIOSK_{name}", str(home / name.lower()))
        env.delenv("CLINIC_KIOSK_DATABASE_URL", raising=False)
        for round_number in range(ROUNDS):
            with Worker(
                database_file,
                "crash",
                str(round_number),
                stderr_path=home / f"worker-{round_number}.err",
            ) as worker:
                worker.expect("ready")
                time.sleep(chance.uniform(0.05, 0.6))  # the kill's moment, not a wait
                worker.kill()
                lines = worker.remaining_lines()
            for line in lines:
                word, public_id, first_name = line.split()
                assert word == "submitted", line
                run.printed[public_id] = first_name
            run.printed_per_round.append(len(lines))
            # The file as the kill left it, seen through a read-only connection.
            statuses = _statuses(database_file)
            run.submitted_per_round.append(statuses.count("submitted"))
            run.drafts_per_round.append(statuses.count("in_progress"))
    print(run.summary())
    return run


def _statuses(path: Path) -> list[str]:
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return [row[0] for row in connection.execute("SELECT status FROM consultation")]
    finally:
        connection.close()


@pytest.fixture
def reopened(database_file: Path, crash_run: CrashRun) -> Iterator[Database]:
    # The installation's own audit key: the one the crashed runs were given.
    key = database_file.parent / "config_dir" / "audit.key"
    db = open_database(Settings(database_url=f"sqlite:///{database_file}", audit_key_file=str(key)))
    yield db
    db.close()


def test_the_worker_reported_consultations_before_its_kills(crash_run: CrashRun) -> None:
    assert len(crash_run.printed_per_round) == ROUNDS
    assert len(crash_run.printed) > 0
    assert len(crash_run.printed) == sum(crash_run.printed_per_round)  # ids never repeat


def test_the_killed_database_passes_its_integrity_check(
    database_file: Path, crash_run: CrashRun
) -> None:
    assert integrity_problem(database_file) is None


def test_the_reopened_database_passes_its_integrity_check(reopened: Database) -> None:
    assert [row[0] for row in reopened.execute_sql("PRAGMA integrity_check")] == ["ok"]
    assert [row[0] for row in reopened.execute_sql("PRAGMA foreign_key_check")] == []


def test_every_reported_consultation_is_there_and_complete(
    reopened: Database, crash_run: CrashRun
) -> None:
    rows = {
        c.public_id: c
        for c in Consultation.select().where(Consultation.public_id.in_(list(crash_run.printed)))
    }
    assert set(rows) == set(crash_run.printed)
    for public_id, first_name in crash_run.printed.items():
        consultation = rows[public_id]
        assert consultation.status == "submitted"
        assert consultation.submitted_at is not None
        assert consultation.recommended_treatment == "microneedling"
        answers = json_of(consultation.answers)
        assert answers["first_name"] == first_name
        assert answers["last_name"] == "Silva"
        assert answers["concerns"] == ["acne_scars", "texture"]
        snapshot = json_of(consultation.snapshot)
        assert snapshot["assessment"]["flags"] == []
        assert snapshot["assessment"]["plan"]["treatment"] == "microneedling"
        assert snapshot["asked"]
        assert consultation.client.first_name == first_name
        consent = Consent.get(Consent.consultation == consultation)
        assert consent.typed_name == f"{first_name} Silva"
        assert bytes(consent.signature_png) == SIGNATURE


def test_no_consultation_is_half_written(reopened: Database, crash_run: CrashRun) -> None:
    with_consent = {row[0] for row in reopened.execute_sql("SELECT consultation_id FROM consent")}
    for consultation in Consultation.select():
        # A kill between `start` and the end of `submit` leaves a draft, never a mix.
        assert consultation.status in {"in_progress", "submitted"}
        if consultation.status == "submitted":
            assert consultation.snapshot is not None
            assert consultation.id in with_consent
            assert json_of(consultation.snapshot)["assessment"]["plan"]["treatment"]
        else:
            assert consultation.snapshot is None
            assert consultation.submitted_at is None
            assert consultation.id not in with_consent
