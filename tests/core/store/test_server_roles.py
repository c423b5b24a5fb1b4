"""Least privilege on a clinic server: what the kiosk's and the staff's roles may and may not do."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from argon2 import PasswordHasher

from kiosk.cli.main import main
from kiosk.consultation.desk import Decision, Desk
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_key
from kiosk.store.consultations import ConsultationStore, Status
from kiosk.store.database import close_database, open_database
from kiosk.store.fields import utc_now
from kiosk.store.help_requests import (
    HelpRequest,
    answer_help_request,
    open_help_requests,
    record_help_request,
)
from kiosk.store.models import Consultation
from kiosk.store.server_roles import apply_roles, may_open_staff_screen
from kiosk.store.staff import (
    DELAY_AFTER,
    KIOSK_COOLING_OFF,
    LOCK_AFTER,
    Role,
    SignInRefused,
    StaffAccounts,
    StaffMember,
)
from tests.core.clients import submit_client
from tests.processes import run_until_line

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def as_role(url: str, role: str) -> str:
    """`url` with `role` as its user (the test server trusts local logins)."""
    parts = urlsplit(url)
    host = parts.netloc.split("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{role}@{host}"))


@dataclass(frozen=True)
class Clinic:
    """A clinic server with its roles applied, a staff member and two consultations.

    Attributes:
        kiosk_url, staff_url: the server as the kiosk's and as the staff's role.
        waiting, decided: public ids of a submitted and of a decided consultation.
    """

    owner_url: str
    kiosk_url: str
    staff_url: str
    waiting: str
    decided: str
    key: bytes


@pytest.fixture
def clinic(postgres_url: str, content: Content) -> Iterator[Clinic]:
    tag = secrets.token_hex(4)
    kiosk_role, staff_role = f"kiosk_station_{tag}", f"kiosk_staff_{tag}"
    base = postgres_url.split("?", maxsplit=1)[0]
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {kiosk_role} LOGIN")
        admin.execute(f"CREATE ROLE {staff_role} LOGIN")
    owner = Settings(kiosk_id="owner", database_url=postgres_url)
    db = open_database(owner)
    try:
        StaffAccounts(utc_now, CHEAP).add("maria", "Maria Lopez", Role.PRACTITIONER, "480213")
        store = ConsultationStore("kiosk-a", utc_now)
        waiting = submit_client(content, store, first_name="Ana")
        decided = submit_client(content, store, first_name="Bea")
        key = load_key(owner.audit_key_path())
        desk = Desk(StaffAccounts(utc_now, CHEAP), AuditTrail(key), utc_now)
        desk.decide(desk.sign_in("maria", "480213"), decided, Decision(Status.APPROVED))
        apply_roles(kiosk_role, staff_role)
    finally:
        close_database(db)
    yield Clinic(
        postgres_url,
        as_role(postgres_url, kiosk_role),
        as_role(postgres_url, staff_role),
        waiting,
        decided,
        key,
    )
    with psycopg.connect(base, autocommit=True) as admin:
        for role in (kiosk_role, staff_role):
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (role,),
            )
            admin.execute(f"DROP OWNED BY {role}")
            admin.execute(f"DROP ROLE {role}")


REFUSED_TO_THE_KIOSK = {
    "reading staff PIN hashes": "SELECT pin_hash FROM staff_account",
    "reading staff accounts at all": "SELECT username FROM staff_account",
    "adding a decision": (
        "INSERT INTO review (consultation_id, staff_id, decision, created_at) "
        "VALUES (1, 1, 'approved', '2026-11-21 10:00:00')"
    ),
    "deciding a consultation": "UPDATE consultation SET status = 'approved'",
    "reading reviews": "SELECT decision FROM review",
    "reading the audit trail's details": "SELECT staff_username, detail FROM audit_event",
    "updating an audit event": "UPDATE audit_event SET staff_username = 'someone'",
    "deleting an audit event": "DELETE FROM audit_event",
    "emptying the audit trail": "TRUNCATE audit_event",
}


@pytest.mark.parametrize("statement", REFUSED_TO_THE_KIOSK.values(), ids=REFUSED_TO_THE_KIOSK)
def test_the_kiosk_role_is_refused(clinic: Clinic, statement: str) -> None:
    with (
        psycopg.connect(clinic.kiosk_url) as kiosk,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        kiosk.execute(statement)


def test_the_kiosk_role_cannot_change_a_decided_consultation(clinic: Clinic) -> None:
    with psycopg.connect(clinic.kiosk_url) as kiosk:
        changed = kiosk.execute(
            "UPDATE consultation SET answers = '{}', status = 'submitted' WHERE public_id = %s",
            (clinic.decided,),
        ).rowcount
    assert changed == 0  # a decided consultation is not the kiosk's to change
    with psycopg.connect(clinic.owner_url) as owner:
        row = owner.execute(
            "SELECT status FROM consultation WHERE public_id = %s", (clinic.decided,)
        ).fetchone()
    assert row == ("approved",)


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET action = 'view'", "DELETE FROM audit_event"]
)
def test_the_audit_trail_is_insert_only_even_for_its_owner(clinic: Clinic, statement: str) -> None:
    with (
        psycopg.connect(clinic.owner_url) as owner,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="insert-only"),
    ):
        owner.execute(statement)


def test_a_whole_consultation_as_the_kiosk_and_a_review_as_the_staff(
    clinic: Clinic, content: Content
) -> None:
    kiosk_db = open_database(Settings(kiosk_id="kiosk-b", database_url=clinic.kiosk_url))
    try:
        store = ConsultationStore("kiosk-b", utc_now)
        public_id = submit_client(content, store, first_name="Cleo", date_of_birth="1979-05-06")
        again = submit_client(content, store, first_name="Cleo", date_of_birth="1979-05-06")
        # The kiosk appends to the trail (a staff sign-in at its corner is recorded so).
        AuditTrail(clinic.key).record("sign_in_refused", utc_now(), staff="nobody")
    finally:
        close_database(kiosk_db)

    staff_db = open_database(Settings(kiosk_id="desk", database_url=clinic.staff_url))
    try:
        trail = AuditTrail(clinic.key)
        desk = Desk(StaffAccounts(utc_now, CHEAP, audit=trail), trail, utc_now)
        maria = desk.sign_in("maria", "480213")
        desk.view(maria, public_id)
        desk.add_note(maria, public_id, "called back")
        desk.decide(maria, public_id, Decision(Status.APPROVED))

        assert Consultation.get(Consultation.public_id == public_id).status == "approved"
        both = Consultation.select().where(Consultation.public_id.in_([public_id, again]))
        assert len({c.client.id for c in both}) == 1  # the same person: one client row
        assert trail.verify() is None
    finally:
        close_database(staff_db)


def test_the_kiosk_signs_staff_in_at_its_corner_without_reading_a_hash(clinic: Clinic) -> None:
    kiosk_db = open_database(Settings(kiosk_id="kiosk-b", database_url=clinic.kiosk_url))
    try:
        trail = AuditTrail(clinic.key)
        corner = StaffAccounts(utc_now, CHEAP, audit=trail, cooling_off=KIOSK_COOLING_OFF)

        member = corner.sign_in("  Maria ", "480213")

        assert member == StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)
        with pytest.raises(SignInRefused) as refused:
            corner.sign_in("maria", "999999")
        assert refused.value.reason == "wrong_pin"
    finally:
        close_database(kiosk_db)
    with psycopg.connect(clinic.owner_url) as owner:
        events = owner.execute(
            "SELECT action, staff_username FROM audit_event ORDER BY id DESC LIMIT 2"
        ).fetchall()
        failures = owner.execute(
            "SELECT failed_attempts FROM staff_account WHERE username = 'maria'"
        ).fetchone()
    assert events == [("sign_in_refused", "maria"), ("sign_in", "maria")]
    assert failures == (1,)


def test_wrong_pins_at_the_kiosk_make_an_account_wait_never_lock(clinic: Clinic) -> None:
    kiosk_db = open_database(Settings(kiosk_id="kiosk-b", database_url=clinic.kiosk_url))
    waits: list[timedelta] = []
    reasons: list[str] = []
    try:
        corner = StaffAccounts(utc_now, CHEAP, cooling_off=KIOSK_COOLING_OFF)
        with psycopg.connect(clinic.owner_url, autocommit=True) as owner:
            for _ in range(LOCK_AFTER + 2):
                outcome = corner.attempt("maria", "111111")
                assert isinstance(outcome, SignInRefused)
                reasons.append(outcome.reason)
                row = owner.execute(
                    "SELECT locked, retry_after - (now() AT TIME ZONE 'utc') FROM staff_account "
                    "WHERE username = 'maria'"
                ).fetchone()
                assert row is not None
                assert not row[0]
                waits.append(row[1] or timedelta(0))
                # The wait has passed: the next guess is counted.
                owner.execute("UPDATE staff_account SET retry_after = NULL")
            during = corner.attempt("maria", "480213")
    finally:
        close_database(kiosk_db)

    assert reasons == ["wrong_pin"] * (LOCK_AFTER + 2)
    assert waits[: DELAY_AFTER - 1] == [timedelta(0)] * (DELAY_AFTER - 1)
    assert all(timedelta(0) < wait <= KIOSK_COOLING_OFF for wait in waits[DELAY_AFTER - 1 :])
    assert waits[-1] > KIOSK_COOLING_OFF - timedelta(minutes=1)  # the longest, never longer
    assert during == StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)


def test_the_salt_does_not_tell_which_names_have_an_account(clinic: Clinic) -> None:
    with psycopg.connect(clinic.kiosk_url) as kiosk:
        salts = {
            name: kiosk.execute("SELECT kiosk_pin_salt(%s)", (name,)).fetchone()
            for name in ("maria", "nobody", "nobody", "admin")
        }
        again = kiosk.execute("SELECT kiosk_pin_salt('nobody')").fetchone()
    shapes = {name: salt[0].count("$") for name, salt in salts.items() if salt}
    assert set(shapes.values()) == {5}  # "$argon2id$v=19$m=..$SALT$", never the hash
    assert salts["nobody"] == again  # the same each time, like a real account's
    assert len({salts["maria"], salts["nobody"], salts["admin"]}) == 3
    assert not any(len(salt[0].rsplit("$", 2)[1]) != 22 for salt in salts.values() if salt)


def test_only_a_staff_role_may_open_the_staff_screen(clinic: Clinic) -> None:
    allowed = {}
    for who, url in (("kiosk", clinic.kiosk_url), ("staff", clinic.staff_url)):
        db = open_database(Settings(kiosk_id=who, database_url=url))
        try:
            allowed[who] = may_open_staff_screen()
        finally:
            close_database(db)

    assert allowed == {"kiosk": False, "staff": True}


def test_a_call_for_help_from_the_kiosk_reaches_the_staff(clinic: Clinic) -> None:
    asked = HelpRequest("help-1", "kiosk-b", "health", utc_now(), None)
    kiosk_db = open_database(Settings(kiosk_id="kiosk-b", database_url=clinic.kiosk_url))
    try:
        assert record_help_request(asked)
        assert not record_help_request(asked)  # delivered twice, stored once
    finally:
        close_database(kiosk_db)
    staff_db = open_database(Settings(kiosk_id="desk", database_url=clinic.staff_url))
    try:
        assert [each.request.request_id for each in open_help_requests()] == ["help-1"]
        answer_help_request("help-1", "maria", utc_now())
        assert open_help_requests() == []
    finally:
        close_database(staff_db)


def test_the_kiosk_starts_on_its_own_account(clinic: Clinic, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["CLINIC_KIOSK_DATABASE_URL"] = clinic.kiosk_url
    command = "import sys; from ui.main import main; sys.exit(main())"

    said = run_until_line(
        [sys.executable, "-c", command, "--windowed", "--verbose"],
        "open: the kiosk takes clients",
        env,
        tmp_path,
    )

    assert not any("cannot start" in line for line in said), said[-10:]


def test_a_command_the_kiosks_account_may_not_run_says_where_to_run_it(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLINIC_KIOSK_DATABASE_URL", clinic.kiosk_url)

    assert main(["verify-audit"]) == 1
    said = capsys.readouterr().err

    assert said.startswith("clinic-kiosk verify-audit: this machine's database account may not")
    assert "permission denied for table audit_event" in said
    assert said.rstrip().endswith("run it on a staff computer or on the server")


def test_the_command_prints_the_sql_for_the_named_roles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server-roles", "--kiosk-role", "front_kiosk"]) == 0
    sql = capsys.readouterr().out

    assert "GRANT SELECT (id, hash), INSERT ON audit_event TO front_kiosk;" in sql
    assert (
        "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC, front_kiosk, kiosk_staff;"
        in sql
    )
    assert sql.startswith("-- Least privilege")
    assert sql.rstrip().endswith("COMMIT;")
    assert main(["server-roles", "--kiosk-role", "kiosk; DROP TABLE client"]) != 0
