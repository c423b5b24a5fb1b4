"""Staff accounts: Argon2id PINs, sign-in, the growing delay and the lock that survive restarts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from peewee import Database

from kiosk.setup.settings import Settings
from kiosk.store.database import close_database, open_database
from kiosk.store.models import StaffAccount
from kiosk.store.staff import Role, SignInRefused, StaffAccounts, StaffError
from tests.core.clients import FakeClock

PIN = "48213597"


def refusal(accounts: StaffAccounts, pin: str, username: str = "maria") -> SignInRefused:
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(username, pin)
    return refused.value


def test_a_pin_is_stored_only_as_a_salted_argon2id_hash(accounts: StaffAccounts) -> None:
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, PIN)

    hashes = [account.pin_hash for account in StaffAccount.select()]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert hashes[0] != hashes[1]  # salted: the same PIN hashes differently
    assert all(PIN not in h for h in hashes)


def test_the_default_hasher_is_a_slow_argon2id_profile() -> None:
    hasher = StaffAccounts().hasher

    assert hasher.type.name == "ID"
    assert hasher.memory_cost >= 19 * 1024  # at least OWASP's minimum, in KiB
    assert hasher.time_cost >= 2


def test_the_right_pin_signs_in(accounts: StaffAccounts) -> None:
    accounts.add("Maria", "Maria Lopez", Role.PRACTITIONER, PIN)

    member = accounts.sign_in("maria", PIN)

    assert (member.username, member.display_name, member.role) == (
        "maria",
        "Maria Lopez",
        Role.PRACTITIONER,
    )


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("1234", "6 to 12 digits"),
        ("12ab5678", "6 to 12 digits"),
        ("1234567890123", "6 to 12 digits"),
        ("777777", "too easy"),
        ("123456", "too easy"),
        ("987654", "too easy"),
    ],
)
def test_weak_pins_are_refused(accounts: StaffAccounts, pin: str, message: str) -> None:
    with pytest.raises(StaffError, match=message):
        accounts.add("maria", "Maria", Role.ADMIN, pin)
    assert StaffAccount.select().count() == 0


def test_each_person_has_their_own_account(accounts: StaffAccounts) -> None:
    accounts.add("maria", "Maria Lopez", Role.ADMIN, PIN)

    with pytest.raises(StaffError, match="already an account 'maria'"):
        accounts.add("MARIA", "Someone Else", Role.ADMIN, "57319642")


def test_an_unknown_name_is_refused_like_a_wrong_pin(accounts: StaffAccounts) -> None:
    assert refusal(accounts, PIN, username="nobody").reason == "wrong_pin"


def test_five_failures_start_a_growing_delay_even_for_the_right_pin(
    accounts: StaffAccounts, clock: FakeClock
) -> None:
    accounts.add("maria", "Maria", Role.PRACTITIONER, PIN)
    for _ in range(4):
        assert refusal(accounts, "00000001").retry_after is None

    fifth = refusal(accounts, "00000001")
    assert fifth.retry_after == clock.now + timedelta(seconds=30)
    waiting = refusal(accounts, PIN)
    assert waiting.reason == "wait"

    clock.advance(seconds=31)
    sixth = refusal(accounts, "00000001")
    assert sixth.retry_after == clock.now + timedelta(seconds=60)  # the delay doubles

    clock.advance(seconds=61)
    assert accounts.sign_in("maria", PIN).username == "maria"
    assert StaffAccount.get().failed_attempts == 0


def test_ten_failures_lock_the_account_until_an_admin_unlocks_it_even_after_a_restart(
    accounts: StaffAccounts, clock: FakeClock, db: Database, settings: Settings
) -> None:
    accounts.add("maria", "Maria", Role.PRACTITIONER, PIN)
    for _ in range(10):
        clock.advance(hours=1)  # past any delay
        last = refusal(accounts, "00000001")
    assert last.reason == "locked"

    close_database(db)
    open_database(settings)  # a restart
    restarted = StaffAccounts(clock, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    clock.advance(days=7)
    assert refusal(restarted, PIN).reason == "locked"

    restarted.unlock("maria")
    assert restarted.sign_in("maria", PIN).username == "maria"


def test_resetting_a_pin_replaces_it_and_clears_the_lock(accounts: StaffAccounts) -> None:
    accounts.add("maria", "Maria", Role.PRACTITIONER, PIN)
    StaffAccount.update(locked=True).execute()

    accounts.reset_pin("maria", "36925814")

    assert refusal(accounts, PIN).reason == "wrong_pin"
    assert accounts.sign_in("maria", "36925814").username == "maria"


def test_the_account_list_shows_locks_and_failures(accounts: StaffAccounts) -> None:
    accounts.add("maria", "Maria", Role.ADMIN, PIN)
    accounts.add("tom", "Tom", Role.FRONT_DESK, PIN)
    refusal(accounts, "00000001", username="tom")

    listed = [(m.username, locked, failures) for m, locked, failures in accounts.members()]

    assert listed == [("maria", False, 0), ("tom", False, 1)]
