"""The audit trail under attack: the newest events or all of them removed, the key lost or empty."""

from __future__ import annotations

from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditAction
from kiosk.store.audit_anchor import anchor_path
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import open_database
from kiosk.store.installation import open_audit
from kiosk.store.transaction import transaction
from tests.abuse.commands import run
from tests.core.clients import FakeClock, submit_client


@pytest.fixture
def trail(
    db: Database, content: Content, store: ConsultationStore, settings: Settings, clock: FakeClock
) -> Path:
    """A database with a few consultations and six audit events, closed."""
    submit_client(content, store)
    audit = open_audit(settings)
    for _ in range(3):
        audit.record(AuditAction.VIEW, clock(), staff="ana", consultation="c1")
    with transaction():  # as the desk records its events: inside the action's transaction
        for _ in range(3):
            audit.record(AuditAction.NOTE, clock(), staff="ana", consultation="c1")
    db.close()
    return settings.database_path()


def tamper(database: Path, sql: str) -> None:
    connection = apsw.Connection(str(database))
    connection.execute(sql)
    connection.close()


def test_an_intact_trail_verifies(trail: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verify-audit")

    assert code == 0
    assert out == "OK: 6 audit events, the chain is unbroken.\n"


@pytest.mark.parametrize("removed", [1, 2, 6])
def test_removing_the_newest_events_is_detected(
    trail: Path, capsys: pytest.CaptureFixture[str], removed: int
) -> None:
    tamper(trail, f"DELETE FROM audit_event WHERE id > {6 - removed}")

    code, _, err = run(capsys, "verify-audit")

    assert code == 1
    assert err == (
        "The audit trail has been tampered with: "
        "audit event 6: this event and any after it were removed.\n"
    )


def test_the_removal_stays_detected_after_new_events(
    trail: Path, settings: Settings, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(trail, "DELETE FROM audit_event WHERE id > 4")
    db = open_database(settings)
    audit = open_audit(settings)
    for _ in range(5):  # the trail grows past where it was: the anchor does not follow
        audit.record(AuditAction.VIEW, clock(), staff="ana")
    db.close()

    code, _, err = run(capsys, "verify-audit")

    assert code == 1
    assert "audit event 6: this event was replaced" in err


def test_a_rolled_back_event_does_not_move_the_anchor(
    trail: Path, settings: Settings, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(settings)
    audit = open_audit(settings)

    def failing_action() -> None:
        with transaction():
            audit.record(AuditAction.NOTE, clock(), staff="ana")
            raise RuntimeError("the action failed after its event was written")

    with pytest.raises(RuntimeError):
        failing_action()
    db.close()

    code, out, _ = run(capsys, "verify-audit")

    assert code == 0
    assert out.startswith("OK: 6 audit events")


@pytest.mark.parametrize("damage", ["missing", "empty", "short"])
def test_a_lost_key_is_a_clear_error_and_never_replaced(
    trail: Path, settings: Settings, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    key = settings.audit_key_path()
    if damage == "missing":
        key.unlink()
    else:
        key.write_text("" if damage == "empty" else "abcd", "ascii")

    for command in ("verify-audit", "find", "export"):
        code, out, err = run(capsys, command, *(["Ana"] if command == "find" else []))
        assert code == 1, command
        assert out == ""
        assert err.count("\n") == 1
        assert f"the audit key {key} is" in err
        assert "restore it from the installation's backup" in err
    assert key.exists() == (damage != "missing")


def test_the_anchor_lies_beside_the_key(trail: Path, settings: Settings) -> None:
    anchor = anchor_path(settings.audit_key_path())
    assert anchor.parent == settings.audit_key_path().parent
    assert '"event": 6' in anchor.read_text("ascii")
