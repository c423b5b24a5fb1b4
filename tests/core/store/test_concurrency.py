"""A kiosk and a staff station writing to one database: nothing lost, a lock means waiting.

Each side is its own process, as at the clinic. Writes begin IMMEDIATE with
a busy timeout: a writer that finds the database locked waits for the other
to commit, and only a lock held past the timeout turns into an error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import apsw
import pytest
from peewee import Database, OperationalError

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.backup import integrity_problem
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import MIGRATIONS, open_database
from kiosk.store.fields import utc_now
from kiosk.store.models import Consent, Consultation, Review, StaffAccount, StaffNote
from tests.core.clients import SIGNATURE, submit_client
from tests.core.storage_worker import STAFF_USERNAME, Worker, json_of

pytestmark = pytest.mark.slow

KIOSK_SUBMITS = 80
STAFF_ROUNDS = 60
HOLD_SECONDS = 1.0


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    return tmp_path / "shared.sqlite3"


def open_file(path: Path, busy_timeout: float = 15.0) -> Database:
    # Built unchecked: a test's short wait is below what an installation may set.
    return open_database(
        Settings.model_construct(
            database_url=f"sqlite:///{path}",
            kiosk_id="kiosk-test",
            busy_timeout_seconds=busy_timeout,
        )
    )


@pytest.fixture
def earlier_consultations(database_file: Path, content: Content) -> list[str]:
    """Two consultations already waiting, so the staff station has work from the start."""
    db = open_file(database_file)
    try:
        store = ConsultationStore("kiosk-earlier", utc_now)
        return [submit_client(content, store, first_name=f"Earlier{n}") for n in range(2)]
    finally:
        db.close()


@dataclass(frozen=True)
class SharedRun:
    """What the two workers reported.

    Attributes:
        waited: how long the kiosk's first submit took (it met the held lock).
        kiosk_ids: each consultation the kiosk submitted, with its first name.
        staff_rounds: each staff round's (number, public id, status when written).
    """

    waited: float
    kiosk_ids: dict[str, str]
    staff_rounds: list[tuple[int, str, str]]


def run_kiosk_and_staff(database_file: Path, logs: Path) -> SharedRun:
    """Both workers at once; the staff station first holds the write lock a while."""
    with (
        Worker(database_file, "kiosk", str(KIOSK_SUBMITS), stderr_path=logs / "kiosk.err") as kiosk,
        Worker(
            database_file,
            "staff",
            str(STAFF_ROUNDS),
            str(HOLD_SECONDS),
            stderr_path=logs / "staff.err",
        ) as staff,
    ):
        kiosk.expect("ready")
        staff.expect("ready")
        staff.send("go")
        staff.expect("holding")
        # The staff station holds the write lock for HOLD_SECONDS: the kiosk's
        # first write must wait for it, then carry on.
        kiosk.send("go")
        first = kiosk.expect("submitted")
        staff_code, staff_lines = staff.finish()
        kiosk_code, kiosk_lines = kiosk.finish()
        kiosk_errors, staff_errors = kiosk.stderr(), staff.stderr()

    assert kiosk_code == 0, kiosk_errors
    assert staff_code == 0, staff_errors
    for errors in (kiosk_errors, staff_errors):
        assert "locked" not in errors
        assert "Busy" not in errors
        assert "Traceback" not in errors

    submitted = [first, *kiosk_lines[:-1]]
    assert kiosk_lines[-1] == "done"
    assert len(submitted) == KIOSK_SUBMITS
    assert staff_lines[0] == "released"
    assert staff_lines[-1] == "done"
    rounds = [line.split() for line in staff_lines[1:-1]]
    assert [word for word, *_ in rounds] == ["wrote"] * STAFF_ROUNDS
    return SharedRun(
        waited=float(first.split()[3]),
        kiosk_ids={line.split()[1]: line.split()[2] for line in submitted},
        staff_rounds=[(int(number), public_id, status) for _, number, public_id, status in rounds],
    )


def check_kiosk_writes(run: SharedRun) -> None:
    """Every consultation the kiosk reported is there, whole."""
    rows = {
        c.public_id: c
        for c in Consultation.select().where(Consultation.public_id.in_(list(run.kiosk_ids)))
    }
    assert set(rows) == set(run.kiosk_ids)
    for public_id, first_name in run.kiosk_ids.items():
        consultation = rows[public_id]
        assert consultation.status == "submitted"
        assert json_of(consultation.answers)["first_name"] == first_name
        assert json_of(consultation.snapshot)["assessment"]["plan"]["treatment"]
        consent = Consent.get(Consent.consultation == consultation)
        assert bytes(consent.signature_png) == SIGNATURE


def check_staff_writes(run: SharedRun) -> None:
    """Every write the staff station reported is there, none overwritten by the kiosk."""
    staff_account = StaffAccount.get(StaffAccount.username == STAFF_USERNAME)
    notes = list(StaffNote.select().where(StaffNote.staff == staff_account))
    assert sorted(n.text for n in notes) == sorted(
        ["held", *(f"round {n}" for n in range(STAFF_ROUNDS))]
    )
    note_targets = {n.text: n.consultation.public_id for n in notes}
    assert [number for number, _, _ in run.staff_rounds] == list(range(STAFF_ROUNDS))
    for number, public_id, _ in run.staff_rounds:
        assert note_targets[f"round {number}"] == public_id
        # A flag set on a draft survives the kiosk's later saves of that draft.
        assert Consultation.get(Consultation.public_id == public_id).needs_print
    reviews = Review.select().where(Review.staff == staff_account)
    assert sorted(str(r.note) for r in reviews) == sorted(
        f"round {number}" for number, _, status in run.staff_rounds if status == "submitted"
    )


def test_a_kiosk_and_a_staff_station_write_at_once_and_nothing_is_lost(
    database_file: Path, earlier_consultations: list[str], tmp_path: Path
) -> None:
    run = run_kiosk_and_staff(database_file, tmp_path)

    # The kiosk met the held lock and waited it out rather than failing.
    assert run.waited >= HOLD_SECONDS / 2, f"the kiosk's first submit took only {run.waited} s"
    db = open_file(database_file)
    try:
        check_kiosk_writes(run)
        check_staff_writes(run)
        assert Consultation.select().count() == KIOSK_SUBMITS + len(earlier_consultations)
        assert [row[0] for row in db.execute_sql("PRAGMA integrity_check")] == ["ok"]
    finally:
        db.close()
    assert integrity_problem(database_file) is None

    # The two really overlapped: the staff station wrote to the kiosk's
    # consultations (drafts among them) while the kiosk was still submitting.
    touched = {public_id for _, public_id, _ in run.staff_rounds if public_id in run.kiosk_ids}
    drafts = sum(status == "in_progress" for *_, status in run.staff_rounds)
    print(
        f"kiosk waited {run.waited:.2f} s for the held lock; staff rounds on kiosk "
        f"consultations: {len(touched)} distinct, on drafts in progress: {drafts}"
    )
    assert touched


@pytest.fixture
def impatient(database_file: Path) -> Iterator[Database]:
    """The test process as a writer that waits 0.2 s at most for a lock."""
    db = open_file(database_file, busy_timeout=0.2)
    yield db
    db.close()


def test_a_writer_blocked_past_the_busy_timeout_gets_a_clear_error(
    database_file: Path, impatient: Database, content: Content, tmp_path: Path
) -> None:
    store = ConsultationStore("kiosk-test", utc_now)
    draft = store.start("en", content.version)

    with Worker(database_file, "hold", stderr_path=tmp_path / "hold.err") as holder:
        holder.expect("holding")

        started = time.monotonic()
        with pytest.raises(OperationalError, match="database is locked") as refused:
            store.start("en", content.version)
        waited = time.monotonic() - started
        # A transaction's BEGIN IMMEDIATE is refused the same way.
        with pytest.raises(OperationalError, match="database is locked"):
            store.save_draft(draft, {"first_name": "Ana"})

        holder.send("release")
        holder.expect("released")
        code, _ = holder.finish()
        errors = holder.stderr()

    assert code == 0, errors
    # It waited for the timeout, not less, and did not hang.
    assert 0.15 <= waited < 5.0
    # peewee's OperationalError wraps APSW's BusyError.
    assert isinstance(refused.value.__context__, apsw.BusyError)
    # Nothing was half-done, and the same connection writes once the lock is free.
    assert impatient.transaction_depth() == 0
    assert Consultation.select().count() == 1
    store.save_draft(draft, {"first_name": "Ana"})
    assert json_of(Consultation.get(Consultation.public_id == draft).answers) == {
        "first_name": "Ana"
    }
    assert store.start("en", content.version)


def test_processes_opening_a_new_database_at_once_take_turns_at_the_schema(
    database_file: Path,
) -> None:
    import subprocess
    import sys

    opener = (
        "import sys; from kiosk.setup.settings import Settings; "
        "from kiosk.store.database import MIGRATIONS, open_database, schema_version; "
        "print('ready', flush=True); sys.stdin.readline(); "  # wait for the others
        "db = open_database(Settings(database_url=f'sqlite:///{sys.argv[1]}')); "
        "print(schema_version(db))"
    )
    root = Path(__file__).resolve().parents[3]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", opener, str(database_file)],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=60) for child in children]

    assert [child.returncode for child in children] == [0, 0, 0], results
    latest = sorted(path.stem for path in MIGRATIONS.glob("0*.py"))[-1]
    assert {out.strip() for out, _ in results} == {latest}
    assert integrity_problem(database_file) is None
