"""A minute at a busy clinic: two kiosks submitting and two staff stations deciding at once.

Each machine is a process of its own, on SQLite (one computer) and on a
clinic server. Afterwards the audit trail is one verifiable chain, each
person is one client row, and every submission and decision reported is stored.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from peewee import fn

from kiosk.setup.settings import Settings
from kiosk.store.consultations import Status
from kiosk.store.fields import utc_now
from kiosk.store.installation import open_audit
from kiosk.store.models import AuditEvent, Client, Consultation, Review
from kiosk.store.staff import Role, StaffAccounts

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
SECONDS = float(os.environ.get("CLINIC_KIOSK_FAULT_SECONDS", "60"))
STAFF = {"maria": "480213", "tom": "731904"}


def start(*arguments: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.clinic_worker", *arguments],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.communicate(timeout=30)
    return child


def test_two_kiosks_and_two_staff_stations_for_a_minute(
    db: object, settings: Settings, database_kind: str
) -> None:
    accounts = StaffAccounts(utc_now, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    for username, pin in STAFF.items():
        accounts.add(username, username.title(), Role.PRACTITIONER, pin)
    events_before = AuditEvent.select().count()
    children = [start("kiosk", name, str(SECONDS)) for name in ("kiosk-a", "kiosk-b")]
    children += [start("staff", name, pin, str(SECONDS)) for name, pin in STAFF.items()]
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outputs = [child.communicate(timeout=SECONDS + 120) for child in children]
    assert [child.returncode for child in children] == [0] * 4, [err for _, err in outputs]
    lines = [line.split() for out, _ in outputs for line in out.splitlines()]
    assert sum(line == ["done"] for line in lines) == 4
    submitted = [line[1] for line in lines if line[0] == "submitted"]
    decided = [line[1] for line in lines if line[0] == "decided"]

    # Nothing lost: every submission the kiosks were told of is stored, once.
    stored = Counter(c.public_id for c in Consultation.select(Consultation.public_id))
    assert set(submitted) <= set(stored)
    assert len(set(submitted)) == len(submitted) == Consultation.select().count()
    # Every decision reported is a review, an audit event, and the consultation's status.
    assert Review.select().count() == len(decided)
    decisions = AuditEvent.select().where(AuditEvent.action == "decision")
    assert sorted(str(e.consultation_public_id) for e in decisions) == sorted(decided)
    approved = Consultation.select().where(Consultation.status == Status.APPROVED)
    assert {c.public_id for c in approved} == set(decided)
    # One client row per person, however many times both kiosks took them.
    duplicates = (
        Client.select(Client.first_name_key, Client.last_name_key, Client.date_of_birth)
        .group_by(Client.first_name_key, Client.last_name_key, Client.date_of_birth)
        .having(fn.COUNT(Client.id) > 1)
    )
    assert list(duplicates) == []
    people = Client.select().count()
    # One chain, verified with the clinic's key (and, on SQLite, its anchor).
    assert open_audit(settings).verify() is None
    events = AuditEvent.select().count() - events_before

    print(
        f"\n{database_kind}, {SECONDS:g} s: {len(submitted)} submissions by 2 kiosks, "
        f"{len(decided)} decisions by 2 staff stations (on {len(set(decided))} consultations: "
        f"both stations sometimes decide the same one), {events} audit events, "
        f"{people} client rows for the people taken; verify-audit OK, no duplicate clients"
    )
    assert len(submitted) > 0
    assert len(decided) > 0
