"""A practitioner's decision on a consultation, and staff notes."""

from __future__ import annotations

import logging
from datetime import date, datetime

from kiosk.content.rules import Outcome
from kiosk.store.consultations import DECISIONS, FLAG_LEVEL, ConsultationNotFound, Status
from kiosk.store.models import Consultation, Review, StaffAccount, StaffNote, database
from kiosk.store.queue_news import announce

log = logging.getLogger(__name__)

# Approving despite a "not now" or "not suitable" flag overrides it.
OVERRIDDEN_FROM = FLAG_LEVEL[Outcome.DEFER]


class DecisionError(ValueError):
    """A decision that cannot be recorded as given; the message says why."""


def decide(
    public_id: str,
    staff_username: str,
    decision: Status,
    now: datetime,
    *,
    deferred_until: date | None = None,
    note: str | None = None,
    fitzpatrick_type: int | None = None,
) -> None:
    """Record a decision (approve, follow up, defer until a date, decline).

    A note is required when the decision overrides a flag (approving a
    consultation flagged "not now" or "not suitable"); a deferral needs its
    date. The consultation takes the decision as its status.
    """
    note = (note or "").strip() or None
    if decision not in DECISIONS:
        raise DecisionError(f"{decision} is not a decision")
    if decision is Status.DEFERRED and deferred_until is None:
        raise DecisionError("a deferral needs the date it lasts until")
    if fitzpatrick_type is not None and not 1 <= fitzpatrick_type <= 6:
        raise DecisionError("a skin type is 1 to 6")
    with database.atomic():
        consultation = Consultation.get_or_none(Consultation.public_id == public_id)
        if consultation is None:
            raise ConsultationNotFound(public_id)
        if consultation.status in (Status.IN_PROGRESS, Status.ABANDONED):
            raise DecisionError("only a submitted consultation can be decided")
        if (
            decision is Status.APPROVED
            and consultation.flag_level >= OVERRIDDEN_FROM
            and note is None
        ):
            raise DecisionError("approving over a flag needs a note saying why")
        staff = _staff(staff_username)
        Review.create(
            consultation=consultation,
            staff=staff,
            decision=decision,
            deferred_until=deferred_until if decision is Status.DEFERRED else None,
            fitzpatrick_type=fitzpatrick_type,
            note=note,
            created_at=now,
        )
        consultation.status = decision
        consultation.decided_at = now
        consultation.deferred_until = deferred_until if decision is Status.DEFERRED else None
        consultation.updated_at = now
        consultation.save()
        announce(public_id)
    log.info("consultation %s: %s by %s", public_id, decision, staff_username)


def add_note(public_id: str, staff_username: str, text: str, now: datetime) -> None:
    """Add a staff note to a consultation."""
    if not text.strip():
        raise DecisionError("a note needs some text")
    with database.atomic():
        consultation = Consultation.get_or_none(Consultation.public_id == public_id)
        if consultation is None:
            raise ConsultationNotFound(public_id)
        StaffNote.create(
            consultation=consultation,
            staff=_staff(staff_username),
            text=text.strip(),
            created_at=now,
        )


def _staff(username: str) -> StaffAccount:
    staff = StaffAccount.get_or_none(StaffAccount.username == username)
    if staff is None:
        raise DecisionError(f"there is no staff account '{username}'")
    return staff
