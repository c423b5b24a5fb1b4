"""A consultation as staff read it: the client, the answers as asked, flags, consent, reviews."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kiosk.content.model import Content
from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.assessment import Assessment, assess
from kiosk.record.assessment_view import FlagView
from kiosk.record.snapshot import Snapshot, read_snapshot
from kiosk.store.consultations import ConsultationNotFound
from kiosk.store.models import Consent, Consultation, Review, StaffNote


@dataclass(frozen=True)
class ReviewLine:
    """A decision or a note, with who and when."""

    at: datetime
    staff: str
    kind: str  # a decision (approved, deferred ...) or "note"
    text: str
    deferred_until: date | None = None
    fitzpatrick_type: int | None = None


@dataclass(frozen=True)
class ConsultationRecord:
    """Everything stored about one consultation.

    Attributes:
        snapshot: the questions as asked, the assessment and the plan in
            words, as worked out at submission (None for drafts).
        answers: the answers as stored (JSON values).
        consent: typed name, time, notice version and hash, signature PNG.
        history: decisions and notes, oldest first.
    """

    public_id: str
    status: str
    started_at: datetime
    submitted_at: datetime | None
    kiosk_id: str
    language: str
    content_version: str
    needs_print: bool
    arrived_at: datetime | None
    first_name: str
    last_name: str
    date_of_birth: date | None
    phone: str
    email: str
    answers: dict[str, Any]
    snapshot: Snapshot | None
    consent: dict[str, Any] | None
    history: list[ReviewLine] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def flags(self) -> tuple[FlagView, ...]:
        """The flags raised at submission."""
        return () if self.snapshot is None else self.snapshot.assessment.flags

    @property
    def flagged_answers(self) -> dict[str, list[FlagView]]:
        """For each linkId, the flags its answer raised."""
        raised: dict[str, list[FlagView]] = {}
        for flag in self.flags:
            for link_id in flag.answers:
                raised.setdefault(link_id, []).append(flag)
        return raised


def load_record(public_id: str) -> ConsultationRecord:
    """The stored consultation; ConsultationNotFound if there is none."""
    row = Consultation.get_or_none(Consultation.public_id == public_id)
    if row is None:
        raise ConsultationNotFound(public_id)
    client = row.client
    consent = Consent.get_or_none(Consent.consultation == row)
    history = [
        ReviewLine(
            r.created_at,
            r.staff.display_name,
            r.decision,
            r.note or "",
            r.deferred_until,
            r.fitzpatrick_type,
        )
        for r in Review.select().where(Review.consultation == row)
    ] + [
        ReviewLine(n.created_at, n.staff.display_name, "note", n.text)
        for n in StaffNote.select().where(StaffNote.consultation == row)
    ]
    return ConsultationRecord(
        public_id=row.public_id,
        status=row.status,
        started_at=row.started_at,
        submitted_at=row.submitted_at,
        kiosk_id=row.kiosk_id,
        language=row.language,
        content_version=row.content_version,
        needs_print=bool(row.needs_print),
        arrived_at=row.arrived_at,
        first_name=client.first_name if client else "",
        last_name=client.last_name if client else "",
        date_of_birth=client.date_of_birth if client else None,
        phone=(client.phone or "") if client else "",
        email=(client.email or "") if client else "",
        answers=json.loads(row.answers) if row.answers else {},
        snapshot=read_snapshot(row.snapshot) if row.snapshot else None,
        consent=None
        if consent is None
        else {
            "typed_name": consent.typed_name,
            "agreed_at": consent.agreed_at,
            "version": consent.text_version,
            "language": consent.text_language,
            "hash": consent.text_hash,
            "signature_png": bytes(consent.signature_png),
        },
        history=sorted(history, key=lambda line: line.at),
    )


def replan(content: Content, record: ConsultationRecord, skin_type: int) -> Assessment | None:
    """The assessment again with the skin type a practitioner confirmed.

    Uses today's content and the day of the consultation; None when the
    stored answers no longer fit the content (a question was removed).
    """
    answers = {**record.answers, content.skin_type_quiz.result: skin_type}
    try:
        parsed = parse_answers(content, answers)
    except AnswerError:
        return None
    day = record.submitted_at.date() if record.submitted_at else record.started_at.date()
    return assess(content, parsed, day)
