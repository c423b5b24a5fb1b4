"""The staff screen's words for the core's codes, all in one place so every one has a translation.

Each table maps a code (a consultation's status, a flag's outcome, an audit
action ...) to the English source text, marked with QT_TRANSLATE_NOOP so that
pyside6-lupdate collects it under its context; the functions below translate
at the moment of showing. A code with no word (a new audit action, say) is
shown as it is rather than hidden.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from kiosk.content.rules import Outcome
from kiosk.engine.screening import Suitability
from kiosk.store.consultations import Status
from kiosk.store.staff import Role
from ui.dates import brief_date


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Marks `source` for lupdate under `context` and returns it as it is.

    PySide6's own QT_TRANSLATE_NOOP does the same but is typed as returning object.
    """
    return source


STATUS_CONTEXT = "StaffStatus"
OUTCOME_CONTEXT = "StaffOutcome"
DECISION_CONTEXT = "StaffDecision"
ROLE_CONTEXT = "StaffRole"
ACTION_CONTEXT = "StaffAuditAction"
COLUMN_CONTEXT = "StaffColumn"
FILTER_CONTEXT = "StaffFilter"
ANSWER_CONTEXT = "StaffAnswer"
DETAIL_CONTEXT = "StaffAuditDetail"

# Where a consultation is in its life (the queue, the consultation page, its history).
STATUS: Mapping[str, str] = {
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("StaffStatus", "In progress"),
    Status.ABANDONED: QT_TRANSLATE_NOOP("StaffStatus", "Abandoned"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("StaffStatus", "Awaiting review"),
    Status.APPROVED: QT_TRANSLATE_NOOP("StaffStatus", "Approved"),
    Status.FOLLOW_UP: QT_TRANSLATE_NOOP("StaffStatus", "Follow up"),
    Status.DEFERRED: QT_TRANSLATE_NOOP("StaffStatus", "Deferred"),
    Status.DECLINED: QT_TRANSLATE_NOOP("StaffStatus", "Declined"),
    "note": QT_TRANSLATE_NOOP("StaffStatus", "Note"),  # a line of the history that decides nothing
}

# One wording per outcome, the same for a flag and for the plan it leads to
# (a "stop" flag makes a treatment "not suitable"): one context, so one translation.
OUTCOME: Mapping[str, str] = {
    Outcome.STOP: QT_TRANSLATE_NOOP("StaffOutcome", "Not suitable"),
    Outcome.DEFER: QT_TRANSLATE_NOOP("StaffOutcome", "Not now"),
    Outcome.REVIEW: QT_TRANSLATE_NOOP("StaffOutcome", "Needs review"),
    Outcome.PREP: QT_TRANSLATE_NOOP("StaffOutcome", "Prepare first"),
}
SUITABILITY: Mapping[str, str] = {
    Suitability.SUITABLE: QT_TRANSLATE_NOOP("StaffOutcome", "Suitable"),
    Suitability.REVIEW: QT_TRANSLATE_NOOP("StaffOutcome", "Needs review"),
    Suitability.DEFER: QT_TRANSLATE_NOOP("StaffOutcome", "Not now"),
    Suitability.NOT_SUITABLE: QT_TRANSLATE_NOOP("StaffOutcome", "Not suitable"),
}

# The decision buttons: what a practitioner does (the status names what was done).
DECISION: Mapping[str, str] = {
    Status.APPROVED: QT_TRANSLATE_NOOP("StaffDecision", "Approve"),
    Status.FOLLOW_UP: QT_TRANSLATE_NOOP("StaffDecision", "Follow up"),
    Status.DEFERRED: QT_TRANSLATE_NOOP("StaffDecision", "Defer until"),
    Status.DECLINED: QT_TRANSLATE_NOOP("StaffDecision", "Decline"),
}

ROLE: Mapping[str, str] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("StaffRole", "front desk"),
    Role.PRACTITIONER: QT_TRANSLATE_NOOP("StaffRole", "practitioner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("StaffRole", "admin"),
}

# Every action the staff screen, the sign-in and the command line write to the audit trail.
ACTION: Mapping[str, str] = {
    "sign_in": QT_TRANSLATE_NOOP("StaffAuditAction", "Signed in"),
    "sign_in_refused": QT_TRANSLATE_NOOP("StaffAuditAction", "Sign-in refused"),
    "refused": QT_TRANSLATE_NOOP("StaffAuditAction", "Refused: not allowed for this role"),
    "view": QT_TRANSLATE_NOOP("StaffAuditAction", "Viewed"),
    "decision": QT_TRANSLATE_NOOP("StaffAuditAction", "Decided"),
    "note": QT_TRANSLATE_NOOP("StaffAuditAction", "Added a note"),
    "arrival": QT_TRANSLATE_NOOP("StaffAuditAction", "Marked arrived"),
    "help_answered": QT_TRANSLATE_NOOP("StaffAuditAction", "Answered a call for help"),
    "preview": QT_TRANSLATE_NOOP("StaffAuditAction", "Looked at the printout"),
    "print": QT_TRANSLATE_NOOP("StaffAuditAction", "Reprinted"),
    "reprint": QT_TRANSLATE_NOOP("StaffAuditAction", "Saved a copy of the printout"),
    "export": QT_TRANSLATE_NOOP("StaffAuditAction", "Exported"),
    "purge": QT_TRANSLATE_NOOP("StaffAuditAction", "Purged old records"),
    "erase": QT_TRANSLATE_NOOP("StaffAuditAction", "Erased a client"),
    "unlocked": QT_TRANSLATE_NOOP("StaffAuditAction", "Unlocked an account"),
    "staff_added": QT_TRANSLATE_NOOP("StaffAuditAction", "Added an account"),
    "pin_reset": QT_TRANSLATE_NOOP("StaffAuditAction", "Reset a PIN"),
    "demo_seeded": QT_TRANSLATE_NOOP("StaffAuditAction", "Added demo data"),
    "restore": QT_TRANSLATE_NOOP("StaffAuditAction", "Restored the database from a backup"),
    "key_made": QT_TRANSLATE_NOOP("StaffAuditAction", "Made the clinic's audit key"),
}

# What an audit event's detail holds, by its key; then why a sign-in was refused.
DETAIL: Mapping[str, str] = {
    "decision": QT_TRANSLATE_NOOP("StaffAuditDetail", "decision"),
    "client_id": QT_TRANSLATE_NOOP("StaffAuditDetail", "client"),
    "consultations": QT_TRANSLATE_NOOP("StaffAuditDetail", "consultations"),
    "count": QT_TRANSLATE_NOOP("StaffAuditDetail", "consultations"),
    "format": QT_TRANSLATE_NOOP("StaffAuditDetail", "format"),
    "older_than_days": QT_TRANSLATE_NOOP("StaffAuditDetail", "older than (days)"),
    "deleted": QT_TRANSLATE_NOOP("StaffAuditDetail", "deleted"),
    "drafts_dropped": QT_TRANSLATE_NOOP("StaffAuditDetail", "abandoned drafts cleared"),
    "username": QT_TRANSLATE_NOOP("StaffAuditDetail", "account"),
    "role": QT_TRANSLATE_NOOP("StaffAuditDetail", "role"),
    "reason": QT_TRANSLATE_NOOP("StaffAuditDetail", "reason"),
    "permission": QT_TRANSLATE_NOOP("StaffAuditDetail", "asked to"),
    "fitzpatrick_type": QT_TRANSLATE_NOOP("StaffAuditDetail", "skin type confirmed"),
    "deferred_until": QT_TRANSLATE_NOOP("StaffAuditDetail", "until"),
    "from": QT_TRANSLATE_NOOP("StaffAuditDetail", "from"),
    "user": QT_TRANSLATE_NOOP("StaffAuditDetail", "computer user"),
    "kiosk": QT_TRANSLATE_NOOP("StaffAuditDetail", "kiosk"),
    "request": QT_TRANSLATE_NOOP("StaffAuditDetail", "help request"),
}
REFUSAL: Mapping[str, str] = {
    "wrong_pin": QT_TRANSLATE_NOOP("StaffAuditDetail", "wrong PIN"),
    "locked": QT_TRANSLATE_NOOP("StaffAuditDetail", "account locked"),
    "wait": QT_TRANSLATE_NOOP("StaffAuditDetail", "too soon after wrong PINs"),
}

# The answers behind a flag, by the stored value's Python spelling.
ANSWER: Mapping[str, str] = {
    "True": QT_TRANSLATE_NOOP("StaffAnswer", "yes"),
    "False": QT_TRANSLATE_NOOP("StaffAnswer", "no"),
    "None": QT_TRANSLATE_NOOP("StaffAnswer", "no answer"),
}

# Table headers, by the column's key.
QUEUE_COLUMNS: Mapping[str, str] = {
    "started_at": QT_TRANSLATE_NOOP("StaffColumn", "Time"),
    "last_name": QT_TRANSLATE_NOOP("StaffColumn", "Name"),
    "date_of_birth": QT_TRANSLATE_NOOP("StaffColumn", "Age"),
    "status": QT_TRANSLATE_NOOP("StaffColumn", "Status"),
    "flag_level": QT_TRANSLATE_NOOP("StaffColumn", "Flags"),
    "recommended_treatment": QT_TRANSLATE_NOOP("StaffColumn", "Treatment"),
    "needs_print": QT_TRANSLATE_NOOP("StaffColumn", "Print"),
}
AUDIT_COLUMNS: Mapping[str, str] = {
    "at": QT_TRANSLATE_NOOP("StaffColumn", "When (UTC)"),
    "staff": QT_TRANSLATE_NOOP("StaffColumn", "Staff"),
    "action": QT_TRANSLATE_NOOP("StaffColumn", "Action"),
    "consultation": QT_TRANSLATE_NOOP("StaffColumn", "Consultation"),
    "detail": QT_TRANSLATE_NOOP("StaffColumn", "Detail"),
}

# The queue's filter buttons, by filter.
QUEUE_FILTERS: Mapping[str, str] = {
    "today": QT_TRANSLATE_NOOP("StaffFilter", "Today"),
    "waiting": QT_TRANSLATE_NOOP("StaffFilter", "Awaiting review"),
    "flagged": QT_TRANSLATE_NOOP("StaffFilter", "Flagged"),
    "deferred": QT_TRANSLATE_NOOP("StaffFilter", "Deferred"),
    "print": QT_TRANSLATE_NOOP("StaffFilter", "Needs print"),
    "all": QT_TRANSLATE_NOOP("StaffFilter", "All"),
}

TABLES: tuple[tuple[str, Mapping[str, str]], ...] = (
    (STATUS_CONTEXT, STATUS),
    (OUTCOME_CONTEXT, OUTCOME),
    (OUTCOME_CONTEXT, SUITABILITY),
    (DECISION_CONTEXT, DECISION),
    (ROLE_CONTEXT, ROLE),
    (ACTION_CONTEXT, ACTION),
    (ANSWER_CONTEXT, ANSWER),
    (DETAIL_CONTEXT, DETAIL),
    (DETAIL_CONTEXT, REFUSAL),
    (COLUMN_CONTEXT, QUEUE_COLUMNS),
    (COLUMN_CONTEXT, AUDIT_COLUMNS),
    (FILTER_CONTEXT, QUEUE_FILTERS),
)


def status_words(code: str) -> str:
    """A consultation's status ("submitted") in words ("Awaiting review")."""
    return _translated(STATUS_CONTEXT, STATUS, code)


def outcome_words(code: str) -> str:
    """A flag's outcome ("stop") in words ("Not suitable")."""
    return _translated(OUTCOME_CONTEXT, OUTCOME, code)


def suitability_words(code: str) -> str:
    """How a plan stands ("not_suitable") in the same words as the flag behind it."""
    return _translated(OUTCOME_CONTEXT, SUITABILITY, code)


def decision_words(code: str) -> str:
    """The button for a decision ("approved" -> "Approve")."""
    return _translated(DECISION_CONTEXT, DECISION, code)


def role_words(code: str) -> str:
    """A staff member's role ("front_desk") in words ("front desk")."""
    return _translated(ROLE_CONTEXT, ROLE, code)


def action_words(code: str) -> str:
    """An audit action ("view") in words ("Viewed")."""
    return _translated(ACTION_CONTEXT, ACTION, code)


def answer_words(value: object) -> str:
    """A stored answer as staff read it: yes or no, a date, the items of a list; else as given."""
    if isinstance(value, bool) or value is None:
        return _translated(ANSWER_CONTEXT, ANSWER, str(value))
    if isinstance(value, list | tuple):
        return ", ".join(answer_words(item) for item in value)
    if isinstance(value, str):
        try:
            return brief_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def detail_words(detail: str) -> str:
    """An audit event's detail (stored as JSON) as "key: value" words; as stored otherwise."""
    try:
        items = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(items, dict):
        return detail
    shown = {
        "decision": status_words,
        "role": role_words,
        "reason": refusal_words,
    }
    return ", ".join(
        f"{_translated(DETAIL_CONTEXT, DETAIL, key)}: {shown.get(key, str)(str(value))}"
        for key, value in items.items()
    )


def refusal_words(code: str) -> str:
    """Why a sign-in was refused ("wait") in words."""
    return _translated(DETAIL_CONTEXT, REFUSAL, code)


def column_caption(source: str) -> str:
    """A table header: `source` is a caption of QUEUE_COLUMNS or AUDIT_COLUMNS."""
    return QCoreApplication.translate(COLUMN_CONTEXT, source)


def filter_caption(source: str) -> str:
    """A filter button: `source` is a caption of QUEUE_FILTERS."""
    return QCoreApplication.translate(FILTER_CONTEXT, source)


def every_word() -> Iterator[tuple[str, str]]:
    """(context, English source) of every word above, for the check that each is translated."""
    for context, table in TABLES:
        for source in table.values():
            yield context, source


def _translated(context: str, table: Mapping[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(context, source) if source is not None else code
