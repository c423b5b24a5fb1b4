"""The one table of who may do what, and a refusal that the trail cannot record."""

from __future__ import annotations

import pytest
from peewee import Database

from kiosk.consultation.desk import Desk
from kiosk.consultation.permissions import (
    COMMAND_LINE,
    NotAllowed,
    Permission,
    command_line_user,
    may,
)
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_or_create_key
from kiosk.store.models import AuditEvent, StaffAccount
from kiosk.store.staff import Role, StaffAccounts, StaffMember
from tests.core.clients import FakeClock
from tests.core.refusals import refuse

ADMIN_ONLY = {
    Permission.EXPORT,
    Permission.PURGE,
    Permission.ERASE,
    Permission.MANAGE_ACCOUNTS,
    Permission.READ_AUDIT,
}


@pytest.mark.parametrize("permission", list(Permission))
def test_the_table_gives_each_role_what_its_screens_offered(permission: Permission) -> None:
    everyone = permission not in ADMIN_ONLY and permission is not Permission.DECIDE
    assert may(Role.FRONT_DESK, permission) is everyone
    assert may(Role.PRACTITIONER, permission) is (permission not in ADMIN_ONLY)
    assert may(Role.ADMIN, permission)


def test_a_refusal_stands_even_when_the_trail_cannot_record_it(
    db: Database, accounts: StaffAccounts, settings: Settings, clock: FakeClock
) -> None:
    desk = Desk(accounts, AuditTrail(load_or_create_key(settings.audit_key_path())), clock)
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, "57319642")
    refuse(db, "BEFORE INSERT ON audit_event", name="full_disk")
    tom = StaffMember("tom", "Tom Reed", Role.FRONT_DESK)

    with pytest.raises(NotAllowed, match=r"^tom \(front_desk\) may not manage accounts$"):
        desk.unlock(tom, "tom")

    assert AuditEvent.select().count() == 0
    assert StaffAccount.get().failed_attempts == 0


def test_the_command_line_acts_as_an_admin_named_with_its_login(
    db: Database, accounts: StaffAccounts, settings: Settings, clock: FakeClock
) -> None:
    desk = Desk(accounts, AuditTrail(load_or_create_key(settings.audit_key_path())), clock)
    operator = command_line_user("jordan")

    desk.add_account(operator, "kim", "Kim Lee", Role.PRACTITIONER, "13572468")

    event = AuditEvent.get()
    assert (event.action, event.staff_username) == ("staff_added", COMMAND_LINE)
    assert event.detail == (
        '{"from": "command line", "role": "practitioner", "user": "jordan", "username": "kim"}'
    )
