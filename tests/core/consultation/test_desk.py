"""Each staff action at the desk: its change and its audit event are stored together or not at all,
and a role without the right is refused by the core itself."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from peewee import Database, IntegrityError

from kiosk.consultation import permissions
from kiosk.consultation.desk import Decision, Desk, ExportFormat
from kiosk.consultation.permissions import NotAllowed, Permission
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_or_create_key
from kiosk.store.consultations import ConsultationStore, Status, mark_needs_print
from kiosk.store.help_requests import HelpRequest, record_help_request
from kiosk.store.models import (
    AuditEvent,
    Client,
    Consultation,
    HelpRequestRow,
    Review,
    StaffAccount,
    StaffNote,
)
from kiosk.store.staff import Role, SignInRefused, StaffAccounts, StaffError, StaffMember
from tests.core.clients import FakeClock, submit_client
from tests.core.refusals import refuse

PINS = {"maria": "48213597", "tom": "57319642", "ada": "69258147"}
NEW_PIN = "97531864"
NOW = datetime(2026, 11, 21, 15, 0)


class FakePrinter:
    """Keeps what it was sent; fails when told to."""

    def __init__(self) -> None:
        self.printed: list[bytes] = []
        self.jammed = False

    def print_pdf(self, pdf: bytes) -> None:
        if self.jammed:
            raise OSError("paper jam")
        self.printed.append(pdf)


class BrokenFile(io.StringIO):
    """An export destination that fails part-way (a full disk)."""

    def write(self, text: str) -> int:
        raise OSError("no space left on the device")


@dataclass
class Clinic:
    """A clinic's afternoon: three staff, a few consultations, and the desk."""

    db: Database
    content: Content
    desk: Desk
    accounts: StaffAccounts
    trail: AuditTrail
    clock: FakeClock
    ids: dict[str, str]
    printer: FakePrinter = field(default_factory=FakePrinter)
    out: io.StringIO = field(default_factory=io.StringIO)

    def member(self, username: str) -> StaffMember:
        return next(m for m, _, _ in self.accounts.members() if m.username == username)

    def client_of(self, key: str) -> int:
        consultation = Consultation.get(Consultation.public_id == self.ids[key])
        client_id: int = consultation.client.id
        return client_id


@pytest.fixture
def clinic(db: Database, content: Content, accounts: StaffAccounts, settings: Settings) -> Clinic:
    trail = AuditTrail(load_or_create_key(settings.audit_key_path()))
    clock = FakeClock(NOW)
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PINS["maria"])
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, PINS["tom"])
    accounts.add("ada", "Ada Admin", Role.ADMIN, PINS["ada"])
    for _ in range(2):  # Tom mistyped his PIN twice this morning
        assert isinstance(accounts.attempt("tom", "11112222"), SignInRefused)
    ids: dict[str, str] = {}
    morning = ConsultationStore("kiosk-1", FakeClock(NOW - timedelta(hours=6)))
    ids["ana"] = submit_client(content, morning)
    ids["li"] = submit_client(content, morning, first_name="Li", last_name="Wei")
    ids["sam"] = submit_client(
        content, morning, first_name="Sam", last_name="Silverman", date_of_birth="1970-01-01"
    )
    mark_needs_print(ids["sam"])
    last_year = ConsultationStore("kiosk-1", FakeClock(NOW - timedelta(days=400)))
    ids["old"] = submit_client(content, last_year, first_name="Olga", last_name="Old")
    # Ana asked for help at the kiosk three minutes ago.
    record_help_request(
        HelpRequest("help-ana", "kiosk-1", "health", NOW - timedelta(minutes=3), ids["ana"])
    )
    return Clinic(db, content, Desk(accounts, trail, clock), accounts, trail, clock, ids)


def tables(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as a database tool would read them."""
    return {
        name: [tuple(row) for row in db.execute_sql(f"SELECT * FROM {name} ORDER BY 1")]
        for name in db.get_tables()
    }


def failing_audit(clinic: Clinic) -> None:
    refuse(clinic.db, "BEFORE INSERT ON audit_event")


def row(clinic: Clinic, key: str) -> Consultation:
    return Consultation.get(Consultation.public_id == clinic.ids[key])


def refused_sign_in(clinic: Clinic, _: StaffMember) -> SignInRefused:
    with pytest.raises(SignInRefused) as refusal:
        clinic.desk.sign_in("tom", "00000000")
    return refusal.value


@dataclass(frozen=True)
class StaffAction:
    """One staff action, as these tests drive and check it.

    Attributes:
        permission: what the role needs (None: anyone may try, as at sign-in).
        actor: the username of who does it.
        run: does it at the desk as the member given, returns what the desk returns.
        audited_as: the audit event it records.
        consultation: the consultation the event names (a key of Clinic.ids), if any.
        done: asserts that its change is stored (given what `run` returned).
        break_change: makes its change fail (None: it changes nothing but the trail).
    """

    name: str
    permission: Permission | None
    actor: str
    run: Callable[[Clinic, StaffMember], object]
    audited_as: str
    consultation: str | None
    done: Callable[[Clinic, object], None]
    break_change: Callable[[Clinic], None] | None = None

    def __str__(self) -> str:
        return self.name


def decided(status: Status, until: date | None = None) -> Callable[[Clinic, object], None]:
    def check(clinic: Clinic, _: object) -> None:
        saved = row(clinic, "ana")
        assert (saved.status, saved.deferred_until, saved.decided_at) == (status, until, NOW)
        review = Review.get()
        assert (review.decision, review.staff.username) == (status, "maria")

    return check


def decide(status: Status, until: date | None = None) -> StaffAction:
    return StaffAction(
        f"decide {status.value}",
        Permission.DECIDE,
        "maria",
        lambda c, m: c.desk.decide(m, c.ids["ana"], Decision(status, until)),
        "decision",
        "ana",
        decided(status, until),
        lambda c: refuse(c.db, "BEFORE INSERT ON review"),
    )


def skin_type_confirmed(clinic: Clinic, _: object) -> None:
    assert Review.get().fitzpatrick_type == 5
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert json.loads(event.detail) == {"decision": "follow_up", "fitzpatrick_type": 5}


def viewed(clinic: Clinic, record: object) -> None:
    assert getattr(record, "name", None) == "Ana Silva"


def a_pdf(clinic: Clinic, pdf: object) -> None:
    assert isinstance(pdf, bytes)
    assert pdf.startswith(b"%PDF")


def a_copy(clinic: Clinic, data: object) -> None:
    assert getattr(data, "client_name", None) == "Sam Silverman"


def noted(clinic: Clinic, _: object) -> None:
    note = StaffNote.get()
    assert (note.text, note.staff.username, note.created_at) == ("Called her back.", "tom", NOW)


def help_answered(clinic: Clinic, answered: object) -> None:
    assert isinstance(answered, HelpRequest)
    assert answered.public_id == clinic.ids["ana"]
    help_row = HelpRequestRow.get(HelpRequestRow.request_id == "help-ana")
    assert (help_row.answered_at, help_row.answered_by) == (NOW, "tom")
    assert clinic.desk.open_help_requests(clinic.member("tom")) == []


def arrived(clinic: Clinic, _: object) -> None:
    assert row(clinic, "ana").arrived_at == NOW


def reprinted(clinic: Clinic, _: object) -> None:
    assert len(clinic.printer.printed) == 1
    assert row(clinic, "sam").needs_print is False


def jam(clinic: Clinic) -> None:
    clinic.printer.jammed = True


def exported(clinic: Clinic, count: object) -> None:
    bundle = json.loads(clinic.out.getvalue())
    responses = [
        e for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    assert count == len(responses) == 4


def break_the_file(clinic: Clinic) -> None:
    clinic.out = BrokenFile()


def purged(clinic: Clinic, result: object) -> None:
    assert Consultation.get_or_none(Consultation.public_id == clinic.ids["old"]) is None
    assert Client.get_or_none(Client.last_name == "Old") is None
    assert getattr(result, "deleted", None) == 1


def erased(clinic: Clinic, count: object) -> None:
    assert count == 1
    assert Consultation.get_or_none(Consultation.public_id == clinic.ids["li"]) is None
    assert Client.get_or_none(Client.last_name == "Wei") is None


def account(username: str) -> StaffAccount:
    return StaffAccount.get(StaffAccount.username == username)


def unlocked(clinic: Clinic, _: object) -> None:
    assert account("tom").failed_attempts == 0


def added(clinic: Clinic, member: object) -> None:
    assert member == StaffMember("kim", "Kim Lee", Role.PRACTITIONER)
    assert account("kim").role == "practitioner"


def pin_reset(clinic: Clinic, _: object) -> None:
    assert clinic.accounts.hasher.verify(account("tom").pin_hash, NEW_PIN)


def signed_in(clinic: Clinic, member: object) -> None:
    assert member == StaffMember("tom", "Tom Reed", Role.FRONT_DESK)
    assert account("tom").failed_attempts == 0


def sign_in_refused(clinic: Clinic, refusal: object) -> None:
    assert getattr(refusal, "reason", None) == "wrong_pin"
    assert account("tom").failed_attempts == 3


def staff_accounts_refused(clinic: Clinic) -> None:
    refuse(clinic.db, "BEFORE UPDATE ON staff_account")


ACTIONS = [
    StaffAction(
        "sign in",
        None,
        "tom",
        lambda c, m: c.desk.sign_in("tom", PINS["tom"]),
        "sign_in",
        None,
        signed_in,
        staff_accounts_refused,
    ),
    StaffAction(
        "sign in with a wrong PIN",
        None,
        "tom",
        refused_sign_in,
        "sign_in_refused",
        None,
        sign_in_refused,
        staff_accounts_refused,
    ),
    StaffAction(
        "view",
        Permission.VIEW,
        "tom",
        lambda c, m: c.desk.view(m, c.ids["ana"]),
        "view",
        "ana",
        viewed,
    ),
    decide(Status.APPROVED),
    decide(Status.FOLLOW_UP),
    decide(Status.DEFERRED, date(2027, 3, 1)),
    decide(Status.DECLINED),
    StaffAction(
        "confirm the skin type",
        Permission.DECIDE,
        "maria",
        lambda c, m: c.desk.decide(m, c.ids["ana"], Decision(Status.FOLLOW_UP, fitzpatrick_type=5)),
        "decision",
        "ana",
        skin_type_confirmed,
        lambda c: refuse(c.db, "BEFORE INSERT ON review"),
    ),
    StaffAction(
        "add a note",
        Permission.NOTE,
        "tom",
        lambda c, m: c.desk.add_note(m, c.ids["ana"], "Called her back."),
        "note",
        "ana",
        noted,
        lambda c: refuse(c.db, "BEFORE INSERT ON staff_note"),
    ),
    StaffAction(
        "mark arrived",
        Permission.MARK_ARRIVED,
        "tom",
        lambda c, m: c.desk.mark_arrived(m, c.ids["ana"]),
        "arrival",
        "ana",
        arrived,
        lambda c: refuse(c.db, "BEFORE UPDATE ON consultation"),
    ),
    StaffAction(
        "answer a call for help",
        Permission.ANSWER_HELP,
        "tom",
        lambda c, m: c.desk.answer_help(m, "help-ana"),
        "help_answered",
        "ana",
        help_answered,
        lambda c: refuse(c.db, "BEFORE UPDATE ON help_request"),
    ),
    StaffAction(
        "preview the handout",
        Permission.PRINT,
        "tom",
        lambda c, m: c.desk.preview(m, c.ids["sam"]),
        "preview",
        "sam",
        a_pdf,
    ),
    StaffAction(
        "reprint the handout",
        Permission.PRINT,
        "tom",
        lambda c, m: c.desk.reprint(m, c.ids["sam"], c.printer),
        "print",
        "sam",
        reprinted,
        jam,
    ),
    StaffAction(
        "copy the handout to a file",
        Permission.PRINT,
        "ada",
        lambda c, m: c.desk.handout_copy(m, c.ids["sam"]),
        "reprint",
        "sam",
        a_copy,
    ),
    StaffAction(
        "export",
        Permission.EXPORT,
        "ada",
        lambda c, m: c.desk.export(m, c.content, ExportFormat.FHIR, c.out),
        "export",
        None,
        exported,
        break_the_file,
    ),
    StaffAction(
        "purge",
        Permission.PURGE,
        "ada",
        lambda c, m: c.desk.purge(m, 365, 24),
        "purge",
        None,
        purged,
        lambda c: refuse(c.db, "BEFORE DELETE ON consultation"),
    ),
    StaffAction(
        "erase a client",
        Permission.ERASE,
        "ada",
        lambda c, m: c.desk.erase_client(m, c.client_of("li")),
        "erase",
        None,
        erased,
        lambda c: refuse(c.db, "BEFORE DELETE ON client"),
    ),
    StaffAction(
        "erase the client of a consultation",
        Permission.ERASE,
        "ada",
        lambda c, m: c.desk.erase_client_of(m, c.ids["li"]),
        "erase",
        None,
        erased,
        lambda c: refuse(c.db, "BEFORE DELETE ON consultation"),
    ),
    StaffAction(
        "unlock an account",
        Permission.MANAGE_ACCOUNTS,
        "ada",
        lambda c, m: c.desk.unlock(m, "tom"),
        "unlocked",
        None,
        unlocked,
        staff_accounts_refused,
    ),
    StaffAction(
        "add an account",
        Permission.MANAGE_ACCOUNTS,
        "ada",
        lambda c, m: c.desk.add_account(m, "kim", "Kim Lee", Role.PRACTITIONER, "13572468"),
        "staff_added",
        None,
        added,
        lambda c: refuse(c.db, "BEFORE INSERT ON staff_account"),
    ),
    StaffAction(
        "reset a PIN",
        Permission.MANAGE_ACCOUNTS,
        "ada",
        lambda c, m: c.desk.reset_pin(m, "tom", NEW_PIN),
        "pin_reset",
        None,
        pin_reset,
        staff_accounts_refused,
    ),
]

CHANGES = [action for action in ACTIONS if action.break_change is not None]
GUARDED = [action for action in ACTIONS if action.permission is not None]

# What a failed write raises: the database's refusal, or the failure the caller sees.
FAILURES = (IntegrityError, StaffError, OSError)


def new_events(before: int) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.id > before).order_by(AuditEvent.id))


def newest_event_id() -> int:
    newest = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    return 0 if newest is None else int(newest.id)


@pytest.mark.parametrize("action", ACTIONS, ids=str)
def test_the_change_and_its_audit_event_are_stored_together(
    clinic: Clinic, action: StaffAction
) -> None:
    before = newest_event_id()

    result = action.run(clinic, clinic.member(action.actor))

    action.done(clinic, result)
    events = new_events(before)
    assert [(e.action, e.staff_username, e.at) for e in events] == [
        (action.audited_as, action.actor, NOW)
    ]
    named = clinic.ids[action.consultation] if action.consultation else None
    assert events[0].consultation_public_id == named
    assert clinic.trail.verify() is None


@pytest.mark.parametrize("action", ACTIONS, ids=str)
def test_when_the_audit_cannot_be_written_the_change_is_not_stored_either(
    clinic: Clinic, action: StaffAction
) -> None:
    before = tables(clinic.db)
    failing_audit(clinic)

    with pytest.raises(IntegrityError, match="refused"):
        action.run(clinic, clinic.member(action.actor))

    after = tables(clinic.db)
    assert after == before
    assert clinic.out.getvalue() == ""  # an export never leaves unrecorded
    assert clinic.trail.verify() is None


@pytest.mark.parametrize("action", CHANGES, ids=str)
def test_when_the_change_fails_no_audit_event_is_stored(
    clinic: Clinic, action: StaffAction
) -> None:
    assert action.break_change is not None
    before = tables(clinic.db)
    action.break_change(clinic)

    with pytest.raises(FAILURES):
        action.run(clinic, clinic.member(action.actor))

    assert tables(clinic.db) == before


REFUSED_BY_ROLE = [
    (action, role)
    for action in GUARDED
    for role in Role
    if action.permission not in permissions.ALLOWED[role]
]


@pytest.mark.parametrize(
    ("action", "role"), REFUSED_BY_ROLE, ids=lambda v: str(v.value if isinstance(v, Role) else v)
)
def test_a_role_without_the_right_is_refused_by_the_core(
    clinic: Clinic, action: StaffAction, role: Role
) -> None:
    someone = {Role.FRONT_DESK: "tom", Role.PRACTITIONER: "maria", Role.ADMIN: "ada"}[role]
    _assert_refused(clinic, StaffAction(**{**action.__dict__, "actor": someone}), role)


@pytest.mark.parametrize("action", GUARDED, ids=str)
def test_every_guarded_action_asks_the_table_before_it_acts(
    clinic: Clinic, action: StaffAction, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every role may view, note, mark arrivals and print today; taking the
    # right away in the one table must stop the core, whatever the screen shows.
    role = clinic.member(action.actor).role
    assert action.permission is not None
    monkeypatch.setitem(
        permissions.ALLOWED,
        role,
        permissions.ALLOWED[role] - {action.permission},
    )
    _assert_refused(clinic, action, role)


def _assert_refused(clinic: Clinic, action: StaffAction, role: Role) -> None:
    before = tables(clinic.db)
    newest = newest_event_id()

    with pytest.raises(NotAllowed) as refusal:
        action.run(clinic, clinic.member(action.actor))

    assert f"({role.value}) may not" in str(refusal.value)
    assert refusal.value.permission is action.permission
    after = tables(clinic.db)
    after.pop("audit_event")
    before.pop("audit_event")
    assert after == before
    assert clinic.printer.printed == []
    assert clinic.out.getvalue() == ""
    events = new_events(newest)
    assert [(e.action, e.staff_username) for e in events] == [("refused", action.actor)]
    assert json.loads(events[0].detail) == {"permission": action.permission.value}
