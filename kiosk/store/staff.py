"""Staff accounts: one per person, PINs as Argon2id hashes, lockout that survives a restart."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import hash_secret
from peewee import IntegrityError

from kiosk.store.audit import AuditAction, AuditTrail
from kiosk.store.fields import utc_now
from kiosk.store.models import StaffAccount, database
from kiosk.store.server import is_server
from kiosk.store.transaction import transaction

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Five failures start a growing delay; ten lock the account until an admin
# clears it. The counters live in the database, so a restart resets nothing.
DELAY_AFTER = 5
LOCK_AFTER = 10
FIRST_DELAY = timedelta(seconds=30)
# At the kiosk anyone can type PINs: there, failures past LOCK_AFTER only make
# the account wait this long (each time), so a client can keep staff out for
# a quarter of an hour at most, never until IT unlocks the account. One
# guess a quarter-hour (35,000 a year) leaves a six-digit PIN safe for years.
KIOSK_COOLING_OFF = timedelta(minutes=15)

PIN_LENGTH = (6, 12)


# What to do when a new installation has no staff account yet.
FIRST_ADMIN = (
    'Add the first admin with: clinic-kiosk staff-user add USERNAME --role admin --name "Full Name"'
)


class Role(StrEnum):
    """What a staff member may do."""

    FRONT_DESK = "front_desk"  # queue, printing, arrivals
    PRACTITIONER = "practitioner"  # also decisions
    ADMIN = "admin"  # also accounts, export, purge, erase


class StaffError(ValueError):
    """An account request that cannot be done; the message says why."""


class SignInRefused(Exception):
    """A sign-in that did not succeed.

    Attributes:
        reason: `wrong_pin`, `wait` or `locked` (an unknown name is `wrong_pin`,
            so the screen never tells which names exist).
        retry_after: for `wait`, when the next try is allowed.
    """

    def __init__(self, reason: str, retry_after: datetime | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass(frozen=True)
class StaffMember:
    """A signed-in staff member, as the screens see them."""

    username: str
    display_name: str
    role: Role


def record_sign_in(
    audit: AuditTrail, username: str, outcome: StaffMember | SignInRefused, now: datetime
) -> None:
    """The audit event of a sign-in or of its refusal (never the PIN)."""
    refused = isinstance(outcome, SignInRefused)
    audit.record(
        AuditAction.SIGN_IN_REFUSED if refused else AuditAction.SIGN_IN,
        now,
        staff=username.strip().lower(),
        detail={"reason": outcome.reason} if isinstance(outcome, SignInRefused) else {},
    )


def check_pin_rules(pin: str) -> None:
    """Refuse a PIN that is too short, too long, not all digits, or one digit repeated."""
    low, high = PIN_LENGTH
    if not pin.isdigit() or not low <= len(pin) <= high:
        raise StaffError(f"a PIN is {low} to {high} digits")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise StaffError("that PIN is too easy to guess")


class StaffAccounts:
    """Creates accounts and checks sign-ins.

    Attributes:
        hasher: the Argon2id hasher (argon2-cffi's RFC 9106 low-memory profile
            by default: slow for an attacker, quick enough at a touchscreen).
        cooling_off: None for the staff station (ten failures lock the account);
            KIOSK_COOLING_OFF at the kiosk (failures only ever make it wait).
    """

    def __init__(
        self,
        clock: Clock = utc_now,
        hasher: PasswordHasher | None = None,
        audit: AuditTrail | None = None,
        cooling_off: timedelta | None = None,
    ) -> None:
        self.clock = clock
        self.hasher = hasher or PasswordHasher()
        self.audit = audit
        # None: the staff station's policy (lock); a time: the kiosk's (wait, never lock).
        self.cooling_off = cooling_off

    def check_new(self, username: str) -> str:
        """The username, cleaned, if it is well formed and not taken; else StaffError."""
        username = username.strip().lower()
        if not username.replace("_", "").replace(".", "").replace("-", "").isalnum():
            raise StaffError("a username is letters, digits, '.', '-' or '_'")
        if StaffAccount.select().where(StaffAccount.username == username).exists():
            raise StaffError(f"there is already an account '{username}'")
        return username

    def check_exists(self, username: str) -> None:
        """StaffError unless there is an account `username`."""
        self._account(username)

    def add(self, username: str, display_name: str, role: Role, pin: str) -> StaffMember:
        """A new account; the username must be new."""
        username = self.check_new(username)
        check_pin_rules(pin)
        now = self.clock()
        try:
            with database.atomic():
                StaffAccount.create(
                    username=username,
                    display_name=display_name.strip() or username,
                    role=role,
                    pin_hash=self.hasher.hash(pin),
                    created_at=now,
                    pin_changed_at=now,
                )
        except IntegrityError:
            raise StaffError(f"there is already an account '{username}'") from None
        log.info("staff account %s added (%s)", username, role)
        return StaffMember(username, display_name.strip() or username, role)

    def reset_pin(self, username: str, pin: str) -> None:
        """Give an account a new PIN and clear its lockout."""
        check_pin_rules(pin)
        account = self._account(username)
        account.pin_hash = self.hasher.hash(pin)
        account.pin_changed_at = self.clock()
        account.failed_attempts = 0
        account.retry_after = None
        account.locked = False
        account.save()
        log.info("staff account %s: PIN reset", account.username)

    def unlock(self, username: str) -> None:
        """Clear an account's failures and lock (an admin's action)."""
        account = self._account(username)
        account.failed_attempts = 0
        account.retry_after = None
        account.locked = False
        account.save()

    def members(self) -> list[tuple[StaffMember, bool, int]]:
        """Every active account, with whether it is locked and its failure count."""
        accounts = StaffAccount.select().where(StaffAccount.active).order_by(StaffAccount.username)
        return [
            (StaffMember(a.username, a.display_name, Role(a.role)), a.locked, a.failed_attempts)
            for a in accounts
        ]

    def sign_in(self, username: str, pin: str) -> StaffMember:
        """The member, if the PIN is right and the account is not locked or waiting.

        Raises SignInRefused otherwise. The count of failures and the audit
        event (when this has an audit trail) are stored in one transaction,
        and the refusal is raised only after it is committed.
        """
        with transaction():
            outcome = self.attempt(username, pin)
            if self.audit is not None:
                record_sign_in(self.audit, username, outcome, self.clock())
        if isinstance(outcome, SignInRefused):
            raise outcome
        return outcome

    def attempt(self, username: str, pin: str) -> StaffMember | SignInRefused:
        """Check a PIN and count a failure, in the caller's transaction; nothing is raised."""
        if self._through_server:
            return self._attempt_through_server(username, pin)
        now = self.clock()
        with database.atomic():
            account = StaffAccount.get_or_none(
                (StaffAccount.username == username.strip().lower()) & StaffAccount.active
            )
            refusal = self._check(account, pin, now)
        if refusal is not None:
            return refusal
        assert account is not None
        return StaffMember(account.username, account.display_name, Role(account.role))

    @cached_property
    def _through_server(self) -> bool:
        """Whether this kiosk signs staff in through the server (see server_roles).

        A kiosk whose database role may not read the staff accounts (the
        clinic server's least privilege) sends the server a hash of the
        typed PIN instead; the server compares and counts the failures.
        """
        if self.cooling_off is None or not is_server(database):
            return False
        row = database.execute_sql("SELECT has_table_privilege('staff_account', 'SELECT')")
        return not row.fetchone()[0]

    def _attempt_through_server(self, username: str, pin: str) -> StaffMember | SignInRefused:
        name = username.strip().lower()
        prefix = database.execute_sql("SELECT kiosk_pin_salt(%s)", (name,)).fetchone()[0]
        try:
            candidate = hash_like(prefix, pin, self.hasher.hash_len)
        except (ValueError, KeyError, TypeError):
            log.warning("the server gave a PIN hash of an unknown kind: sign-in refused")
            candidate = ""
        outcome, wait_until, member_name, member_role = database.execute_sql(
            "SELECT * FROM kiosk_sign_in(%s, %s)", (name, candidate)
        ).fetchone()
        if outcome == "ok":
            return StaffMember(name, member_name, Role(member_role))
        return SignInRefused(outcome, wait_until)

    def _check(self, account: StaffAccount | None, pin: str, now: datetime) -> SignInRefused | None:
        if account is None:
            # Spend the same time as a real check, so timing does not reveal
            # which usernames exist.
            self._verify(self._decoy_hash, pin)
            return SignInRefused("wrong_pin")
        if account.locked:
            return SignInRefused("locked")
        if account.retry_after is not None and now < account.retry_after:
            return SignInRefused("wait", account.retry_after)
        if not self._verify(account.pin_hash, pin):
            self._count_failure(account, now)
            return SignInRefused("locked" if account.locked else "wrong_pin", account.retry_after)
        if self.hasher.check_needs_rehash(account.pin_hash):
            account.pin_hash = self.hasher.hash(pin)
        account.failed_attempts = 0
        account.retry_after = None
        account.save()
        return None

    def _count_failure(self, account: StaffAccount, now: datetime) -> None:
        account.failed_attempts += 1
        failures = account.failed_attempts
        if failures >= LOCK_AFTER and self.cooling_off is not None:
            account.retry_after = now + self.cooling_off
        elif failures >= LOCK_AFTER:
            account.locked = True
            log.warning(
                "staff account %s locked after %d failed sign-ins", account.username, failures
            )
        elif failures >= DELAY_AFTER:
            delay = FIRST_DELAY * 2 ** (failures - DELAY_AFTER)
            if self.cooling_off is not None:
                delay = min(delay, self.cooling_off)
            account.retry_after = now + delay
        account.save()

    def _verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return self.hasher.verify(pin_hash, pin)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    @cached_property
    def _decoy_hash(self) -> str:
        return self.hasher.hash("decoy-pin-for-timing")

    def _account(self, username: str) -> StaffAccount:
        account = StaffAccount.get_or_none(StaffAccount.username == username.strip().lower())
        if account is None:
            raise StaffError(f"there is no account '{username}'")
        return account


def hash_like(prefix: str, pin: str, hash_len: int) -> str:
    """`pin` hashed as the hash starting `prefix` was ("$argon2id$v=19$m=..,t=..,p=..$SALT$")."""
    empty, kind, version, settings, salt, rest = prefix.split("$")
    if empty or rest or kind != "argon2id":
        raise ValueError("not the start of an Argon2id hash")
    values = dict(part.split("=", 1) for part in settings.split(","))
    return hash_secret(
        pin.encode(),
        base64.b64decode(salt + "=" * (-len(salt) % 4)),
        time_cost=int(values["t"]),
        memory_cost=int(values["m"]),
        parallelism=int(values["p"]),
        hash_len=hash_len,
        type=Type.ID,
        version=int(version.removeprefix("v=")),
    ).decode("ascii")
