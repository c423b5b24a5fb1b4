"""The audit trail: a keyed hash chain that names the first event altered, removed or moved."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from peewee import Database

from kiosk.cli.main import main
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_or_create_key
from kiosk.store.models import AuditEvent
from kiosk.store.staff import Role, SignInRefused, StaffAccounts
from tests.core.clients import FakeClock


@pytest.fixture
def trail(db: Database, settings: Settings) -> AuditTrail:
    return AuditTrail(load_or_create_key(settings.audit_key_path()))


def some_events(trail: AuditTrail, clock: FakeClock) -> None:
    for number, action in enumerate(["sign_in", "view", "decision", "print", "export"], start=1):
        clock.advance(minutes=1)
        trail.record(
            action, clock.now, staff="maria", consultation=f"c{number}", detail={"n": number}
        )


def verify(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["verify-audit"])
    out, err = capsys.readouterr()
    return code, out + err


def test_an_untouched_trail_verifies(
    trail: AuditTrail, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    some_events(trail, clock)

    assert trail.verify() is None
    assert verify(capsys) == (0, "OK: 5 audit events, the chain is unbroken.\n")


def test_an_edited_event_is_found(
    db: Database, trail: AuditTrail, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    some_events(trail, clock)
    db.execute_sql("UPDATE audit_event SET staff_username = 'tom' WHERE id = 3")

    code, said = verify(capsys)

    assert code == 1
    assert "audit event 3: this event was altered" in said


def test_a_deleted_event_is_found(
    db: Database, trail: AuditTrail, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    some_events(trail, clock)
    db.execute_sql("DELETE FROM audit_event WHERE id = 2")

    code, said = verify(capsys)

    assert code == 1
    assert "audit event 3: the event before it was removed, changed or moved" in said


def test_reordered_events_are_found(db: Database, trail: AuditTrail, clock: FakeClock) -> None:
    some_events(trail, clock)
    db.execute_sql("UPDATE audit_event SET id = 100 WHERE id = 2")
    db.execute_sql("UPDATE audit_event SET id = 2 WHERE id = 4")
    db.execute_sql("UPDATE audit_event SET id = 4 WHERE id = 100")

    problem = trail.verify()

    assert problem is not None
    assert problem.event_id == 2


def test_a_rebuilt_chain_without_the_key_does_not_verify(
    db: Database, trail: AuditTrail, clock: FakeClock, tmp_path: Path
) -> None:
    some_events(trail, clock)
    forger = AuditTrail(load_or_create_key(tmp_path / "someone-elses.key"))
    db.execute_sql("DELETE FROM audit_event")
    some_events(forger, clock)

    assert trail.verify() is not None


def test_sign_ins_and_refusals_are_recorded_without_the_pin(
    db: Database, trail: AuditTrail, clock: FakeClock
) -> None:
    from argon2 import PasswordHasher

    accounts = StaffAccounts(
        clock, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1), trail
    )
    accounts.add("maria", "Maria", Role.ADMIN, "48213597")
    accounts.sign_in("maria", "48213597")
    with pytest.raises(SignInRefused):
        accounts.sign_in("maria", "11112222")

    events = [
        (e.action, e.staff_username, e.detail) for e in AuditEvent.select().order_by(AuditEvent.id)
    ]
    assert events == [
        ("sign_in", "maria", "{}"),
        ("sign_in_refused", "maria", '{"reason": "wrong_pin"}'),
    ]
    assert trail.verify() is None


def test_commands_that_touch_client_data_are_recorded(
    db: Database, trail: AuditTrail, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["export", "-o", str(tmp_path / "out.json")])
    main(["purge", "--older-than", "30"])

    actions = [e.action for e in AuditEvent.select().order_by(AuditEvent.id)]
    assert actions == ["export", "purge"]
    assert trail.verify() is None


def test_the_key_file_is_private_to_its_owner(settings: Settings) -> None:
    path = settings.audit_key_path()
    key = load_or_create_key(path)

    assert len(key) == 32
    assert path.stat().st_mode & 0o077 == 0
    assert load_or_create_key(path) == key


def _make_key_at_once(barrier: Any, key_file: Path, keys: Any) -> None:
    barrier.wait()
    keys.put(load_or_create_key(key_file).hex())


def test_machines_starting_at_once_all_read_the_one_key_that_was_made(tmp_path: Path) -> None:
    # Processes forked from a server that has already imported this module
    # meet at a barrier, so they really do reach for the missing key in the
    # same instant (and start quickly, without this process's threads).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    for attempt in range(10):
        key_file = tmp_path / f"config{attempt}" / "audit.key"
        barrier, keys = context.Barrier(6), context.Queue()
        makers = [
            context.Process(target=_make_key_at_once, args=(barrier, key_file, keys))
            for _ in range(6)
        ]
        for maker in makers:
            maker.start()
        for maker in makers:
            maker.join(timeout=60)

        assert [maker.exitcode for maker in makers] == [0] * 6
        made = {keys.get(timeout=5) for _ in makers}
        assert made == {key_file.read_text(encoding="ascii")}
        assert [path.name for path in key_file.parent.iterdir()] == ["audit.key"]
