"""The staff desk: every staff action, its role check and its audit event, in one place."""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import IO, Any, Protocol

from kiosk.consultation.permissions import CommandLineUser, NotAllowed, Permission, may
from kiosk.consultation.since_last import SinceLastVisit, since_last_visit
from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.plan_words import PlanInWords
from kiosk.store.audit import AuditAction, AuditLine, AuditProblem, AuditTrail
from kiosk.store.clients import ClientMatch, client_of, find_clients
from kiosk.store.consultations import Status, mark_arrived, mark_needs_print, stored_handout
from kiosk.store.export import write_csv, write_fhir
from kiosk.store.help_requests import (
    HelpRequest,
    OpenHelpRequest,
    answer_help_request,
    open_help_requests,
)
from kiosk.store.queue import QueueFilter
from kiosk.store.records import ConsultationRecord, load_record
from kiosk.store.retention import drop_stale_drafts, erase_client, purge_older_than
from kiosk.store.reviews import add_note, decide
from kiosk.store.staff import Role, SignInRefused, StaffAccounts, StaffMember, record_sign_in
from kiosk.store.transaction import transaction

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class ExportFormat(StrEnum):
    """How consultations are exported."""

    FHIR = "fhir"  # a FHIR Bundle of QuestionnaireResponses (JSON)
    CSV = "csv"  # one row per consultation, for spreadsheets


@dataclass(frozen=True)
class Decision:
    """A practitioner's decision as they made it.

    Attributes:
        status: approved, follow up, deferred or declined.
        deferred_until: for a deferral, the day it lasts until.
        note: why (needed when approving over a flag).
        fitzpatrick_type: the skin type the practitioner confirmed (1 to 6), if any.
    """

    status: Status
    deferred_until: date | None = None
    note: str = ""
    fitzpatrick_type: int | None = None


@dataclass(frozen=True)
class Purged:
    """What a purge removed: consultations past retention, and answers of stale drafts."""

    deleted: int
    drafts_dropped: int


class Printer(Protocol):
    """Something that prints a PDF (the system's printer, or a fake in tests)."""

    def print_pdf(self, pdf: bytes) -> None: ...


class Desk:
    """The staff actions, each one function: check the role, do it, record it.

    Every action that changes something stores the change and its audit
    event in one transaction: both or neither. An action the member's role
    does not allow raises NotAllowed, changes nothing, and is itself
    recorded as a refusal. Audit events name consultations by id only.

    Attributes:
        accounts: staff accounts (sign-in, locks, PINs).
        audit: the keyed, chained audit trail.
        now: the current time (UTC).
    """

    def __init__(self, accounts: StaffAccounts, audit: AuditTrail, now: Clock) -> None:
        self.accounts = accounts
        self.audit = audit
        self.now = now

    # --- who may ----------------------------------------------------------------------

    def require(
        self, member: StaffMember, permission: Permission, consultation: str | None = None
    ) -> None:
        """NotAllowed unless the member's role allows `permission` (the refusal is recorded)."""
        if may(member.role, permission):
            return
        refusal = NotAllowed(member, permission)
        log.warning("refused: %s", refusal)
        try:
            with transaction():
                self._record(member, AuditAction.REFUSED, consultation, permission=permission.value)
        except Exception as error:  # the refusal stands even when it cannot be recorded
            raise refusal from error
        raise refusal

    # --- signing in -----------------------------------------------------------------------

    def members(self) -> list[tuple[StaffMember, bool, int]]:
        """The names to choose from at sign-in, with whether each is locked and its failures."""
        return self.accounts.members()

    def sign_in(self, username: str, pin: str) -> StaffMember:
        """The member whose PIN this is; SignInRefused otherwise (failures count toward a lock).

        The failure count and the audit event are stored together; a refusal
        is raised once both are committed.
        """
        with transaction():
            outcome = self.accounts.attempt(username, pin)
            record_sign_in(self.audit, username, outcome, self.now())
        if isinstance(outcome, SignInRefused):
            raise outcome
        return outcome

    # --- a consultation -------------------------------------------------------------------

    def view(self, member: StaffMember, public_id: str) -> ConsultationRecord:
        """The stored consultation (ConsultationNotFound if there is none); the view is recorded."""
        self.require(member, Permission.VIEW, public_id)
        with transaction():
            record = load_record(public_id)
            self._record(member, AuditAction.VIEW, public_id)
        return record

    def since_last(self, member: StaffMember, public_id: str) -> SinceLastVisit:
        """The client's earlier visits and what changed since the last (seen with the view)."""
        self.require(member, Permission.VIEW, public_id)
        return since_last_visit(public_id)

    def decide(self, member: StaffMember, public_id: str, decision: Decision) -> None:
        """Record a decision, with the skin type it confirms (DecisionError when it cannot be)."""
        self.require(member, Permission.DECIDE, public_id)
        with transaction():
            decide(
                public_id,
                member.username,
                decision.status,
                self.now(),
                deferred_until=decision.deferred_until,
                note=decision.note,
                fitzpatrick_type=decision.fitzpatrick_type,
            )
            detail: dict[str, Any] = {"decision": decision.status.value}
            if decision.fitzpatrick_type is not None:
                detail["fitzpatrick_type"] = decision.fitzpatrick_type
            self._record(member, AuditAction.DECISION, public_id, **detail)

    def add_note(self, member: StaffMember, public_id: str, text: str) -> None:
        """Add a note for the team (DecisionError when it is empty)."""
        self.require(member, Permission.NOTE, public_id)
        with transaction():
            add_note(public_id, member.username, text, self.now())
            self._record(member, AuditAction.NOTE, public_id)

    def mark_arrived(self, member: StaffMember, public_id: str) -> None:
        """The client has arrived for their appointment."""
        self.require(member, Permission.MARK_ARRIVED, public_id)
        with transaction():
            load_record(public_id)  # ConsultationNotFound rather than a silent nothing
            mark_arrived(public_id, self.now())
            self._record(member, AuditAction.ARRIVAL, public_id)

    def open_help_requests(self, member: StaffMember) -> list[OpenHelpRequest]:
        """Clients who asked for help at a kiosk and are still waiting, the oldest first."""
        self.require(member, Permission.VIEW)
        return open_help_requests()

    def answer_help(self, member: StaffMember, request_id: str) -> HelpRequest:
        """Someone went to the client who asked for help (HelpRequestNotFound: no such request)."""
        self.require(member, Permission.ANSWER_HELP)
        with transaction():
            request = answer_help_request(request_id, member.username, self.now())
            self._record(
                member,
                AuditAction.HELP_ANSWERED,
                request.public_id,
                kiosk=request.kiosk_id,
                request=request.request_id,
            )
        return request

    def preview(self, member: StaffMember, public_id: str) -> bytes:
        """The handout as it was given, as PDF bytes (ConsultationNotFound: no plan)."""
        return render_handout(self._handout(member, public_id, AuditAction.PREVIEW))

    def handout_copy(self, member: StaffMember, public_id: str) -> PlanInWords:
        """The handout as it was given, to write to a file (the command line's reprint)."""
        return self._handout(member, public_id, AuditAction.REPRINT)

    def _handout(self, member: StaffMember, public_id: str, action: AuditAction) -> PlanInWords:
        self.require(member, Permission.PRINT, public_id)
        with transaction():
            data = stored_handout(public_id)
            self._record(member, action, public_id)
        return data

    def reprint(self, member: StaffMember, public_id: str, printer: Printer) -> None:
        """Print the handout again; once printed, the client no longer waits for a copy.

        A print that fails stores nothing; the copy is marked given and the
        reprint recorded together, after the printer took it.
        """
        self.require(member, Permission.PRINT, public_id)
        printer.print_pdf(render_handout(stored_handout(public_id)))
        with transaction():
            mark_needs_print(public_id, False)
            self._record(member, AuditAction.PRINT, public_id)

    # --- clients and data ------------------------------------------------------------------

    def find_clients(self, member: StaffMember, text: str) -> list[ClientMatch]:
        """Clients by the start of their names or their date of birth (as the queue searches)."""
        self.require(member, Permission.VIEW)
        return find_clients(text)

    def erase_client(self, member: StaffMember, client_id: int) -> int:
        """Erase a client and every consultation of theirs; returns how many consultations."""
        self.require(member, Permission.ERASE)
        with transaction():
            count = erase_client(client_id)
            self._record(member, AuditAction.ERASE, None, client_id=client_id, consultations=count)
        return count

    def erase_client_of(self, member: StaffMember, public_id: str) -> int | None:
        """Erase the client of a consultation (None: it has no client to erase)."""
        self.require(member, Permission.ERASE, public_id)
        with transaction():
            client_id = client_of(public_id)
            if client_id is None:
                return None
            return self.erase_client(member, client_id)

    def export(
        self,
        member: StaffMember,
        content: Content,
        kind: ExportFormat,
        out: IO[str],
        where: QueueFilter | None = None,
    ) -> int:
        """Write consultations to `out`; returns how many.

        The export is first made in a private temporary file, with no write
        lock held while the rows are read. Its audit event is then stored in
        the transaction that copies it to `out`: an export the trail cannot
        record never reaches `out`, and one that cannot be delivered is not
        recorded (the caller discards a partly written file).
        """
        self.require(member, Permission.EXPORT)
        write = write_fhir if kind is ExportFormat.FHIR else write_csv
        # An unnamed temporary file: owner-only, and gone when closed.
        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as draft:
            count = write(content, where or QueueFilter(), draft)
            with transaction():
                self._record(member, AuditAction.EXPORT, None, format=kind.value, count=count)
                draft.seek(0)
                shutil.copyfileobj(draft, out)
        return count

    def purge(self, member: StaffMember, older_than_days: int, draft_hours: int) -> Purged:
        """Delete consultations past retention and the answers of drafts idle `draft_hours`."""
        self.require(member, Permission.PURGE)
        now = self.now()
        with transaction():
            deleted = purge_older_than(older_than_days, now)
            dropped = drop_stale_drafts(now, draft_hours)
            self._record(
                member,
                AuditAction.PURGE,
                None,
                older_than_days=older_than_days,
                deleted=deleted,
                drafts_dropped=dropped,
            )
        return Purged(deleted, dropped)

    # --- accounts ----------------------------------------------------------------------------

    def staff_accounts(self, member: StaffMember) -> list[tuple[StaffMember, bool, int]]:
        """Every active account, with whether it is locked and its failed sign-ins."""
        self.require(member, Permission.MANAGE_ACCOUNTS)
        return self.accounts.members()

    def add_account(
        self, member: StaffMember, username: str, display_name: str, role: Role, pin: str
    ) -> StaffMember:
        """A new account (StaffError when the name is taken or the PIN too weak)."""
        self.require(member, Permission.MANAGE_ACCOUNTS)
        with transaction():
            added = self.accounts.add(username, display_name, role, pin)
            self._record(
                member, AuditAction.STAFF_ADDED, None, username=added.username, role=added.role
            )
        return added

    def reset_pin(self, member: StaffMember, username: str, pin: str) -> None:
        """Give an account a new PIN and clear its lock."""
        self.require(member, Permission.MANAGE_ACCOUNTS)
        with transaction():
            self.accounts.reset_pin(username, pin)
            self._record(member, AuditAction.PIN_RESET, None, username=username)

    def unlock(self, member: StaffMember, username: str) -> None:
        """Clear an account's failed sign-ins and its lock."""
        self.require(member, Permission.MANAGE_ACCOUNTS)
        with transaction():
            self.accounts.unlock(username)
            self._record(member, AuditAction.UNLOCKED, None, username=username)

    # --- the audit trail ---------------------------------------------------------------------

    def audit_problem(self, member: StaffMember) -> AuditProblem | None:
        """The first place the audit chain breaks, if it does."""
        self.require(member, Permission.READ_AUDIT)
        return self.audit.verify()

    def audit_count(self, member: StaffMember) -> int:
        """How many events the audit trail holds."""
        self.require(member, Permission.READ_AUDIT)
        return self.audit.count()

    def audit_lines(
        self, member: StaffMember, before_id: int | None = None, limit: int = 200
    ) -> list[AuditLine]:
        """Audit events, newest first, older than `before_id`."""
        self.require(member, Permission.READ_AUDIT)
        return self.audit.newest_first(before_id, limit)

    # ------------------------------------------------------------------------------------------

    def _record(
        self, member: StaffMember, action: AuditAction, consultation: str | None, **detail: Any
    ) -> None:
        if isinstance(member, CommandLineUser):
            detail = {"from": "command line", "user": member.os_user, **detail}
        self.audit.record(
            action, self.now(), staff=member.username, consultation=consultation, detail=detail
        )
