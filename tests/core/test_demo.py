"""The demo clinic: every status and every kind of flag, and a demo account that signs in."""

from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher
from peewee import Database

from kiosk.content.model import Content
from kiosk.demo import DEMO_PIN, DEMO_USER, seed_demo
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_or_create_key
from kiosk.store.models import Consultation
from kiosk.store.staff import Role, StaffAccounts


def test_the_demo_has_every_status_and_kind_of_flag(
    db: Database, content: Content, settings: Settings
) -> None:
    accounts = StaffAccounts(hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    trail = AuditTrail(load_or_create_key(settings.audit_key_path()))

    seed_demo(content, accounts, trail, datetime(2026, 11, 21, 12, 0), count=300)

    statuses = {c.status for c in Consultation.select(Consultation.status)}
    assert statuses == {
        "in_progress",
        "abandoned",
        "submitted",
        "approved",
        "follow_up",
        "deferred",
        "declined",
    }
    outcomes = {outcome for row in Consultation.select() for outcome in row.flag_outcomes.split()}
    assert outcomes == {"stop", "defer", "review", "prep"}
    assert Consultation.select().where(Consultation.needs_print == True).count() > 0  # noqa: E712
    assert accounts.sign_in(DEMO_USER, DEMO_PIN).role is Role.ADMIN
    assert trail.verify() is None
