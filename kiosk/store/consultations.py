"""Consultations from first tap to submission: drafts, autosave, abandonment, submit."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kiosk.content.model import (
    DATE_OF_BIRTH_ITEM,
    EMAIL_ITEM,
    FIRST_NAME_ITEM,
    LAST_NAME_ITEM,
    PHONE_ITEM,
)
from kiosk.content.rules import Outcome
from kiosk.store.fields import utc_now
from kiosk.store.models import Client, Consent, Consultation
from kiosk.store.names import name_key
from kiosk.store.queue_news import announce
from kiosk.store.transaction import unit_of_work

if TYPE_CHECKING:
    # The record's types load with the first submission, not at the kiosk's start.
    from kiosk.record.plan_words import PlanInWords
    from kiosk.record.submission import Submission

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class Status(StrEnum):
    """Where a consultation is in its life."""

    IN_PROGRESS = "in_progress"  # the client is answering; saved after each page
    ABANDONED = "abandoned"  # idle reset or walk-away
    SUBMITTED = "submitted"  # waiting for a practitioner
    APPROVED = "approved"
    FOLLOW_UP = "follow_up"
    DEFERRED = "deferred"
    DECLINED = "declined"


DECISIONS = (Status.APPROVED, Status.FOLLOW_UP, Status.DEFERRED, Status.DECLINED)

# How serious a consultation's flags are, for sorting and "flagged only".
FLAG_LEVEL = {Outcome.PREP: 1, Outcome.REVIEW: 2, Outcome.DEFER: 3, Outcome.STOP: 4}


class ConsultationNotFound(LookupError):
    """No consultation has that id (or it was erased)."""


def stored_handout(public_id: str) -> PlanInWords:
    """The plan exactly as the client was given it, from the consultation's snapshot."""
    consultation = Consultation.get_or_none(Consultation.public_id == public_id)
    if consultation is None:
        raise ConsultationNotFound(public_id)
    from kiosk.record.snapshot import read_snapshot  # noqa: PLC0415

    plan = read_snapshot(consultation.snapshot).plan if consultation.snapshot else None
    if plan is None:
        raise ConsultationNotFound(f"{public_id} has no plan (it was not submitted)")
    return plan


def mark_arrived(public_id: str, now: datetime) -> None:
    """The front desk has seen the client arrive for their appointment."""
    Consultation.update(arrived_at=now).where(Consultation.public_id == public_id).execute()


def mark_needs_print(public_id: str, needed: bool = True) -> None:
    """Note that the client still needs a printed copy (or no longer does)."""
    Consultation.update(needs_print=needed).where(Consultation.public_id == public_id).execute()


class NotADraft(ValueError):
    """The consultation was already submitted or abandoned."""


class ConsultationStore:
    """Writes the kiosk's consultations.

    Every method is one transaction. Nothing here logs a name or an answer:
    log lines carry consultation ids only.
    """

    def __init__(self, kiosk_id: str, clock: Clock = utc_now) -> None:
        self.kiosk_id = kiosk_id
        self.clock = clock

    def start(self, language: str, content_version: str, public_id: str | None = None) -> str:
        """A new draft; returns its public id (made here unless the caller has one).

        Starting the same id again changes nothing (a delivery retried after
        its first try was stored but not acknowledged).
        """
        now = self.clock()
        public_id = public_id or new_public_id()
        with unit_of_work():
            if Consultation.get_or_none(Consultation.public_id == public_id) is not None:
                return public_id
            Consultation.create(
                public_id=public_id,
                status=Status.IN_PROGRESS,
                kiosk_id=self.kiosk_id,
                language=language,
                content_version=content_version,
                started_at=now,
                updated_at=now,
            )
        log.info("consultation %s started", public_id)
        return public_id

    def save_draft(self, public_id: str, answers: Mapping[str, object]) -> None:
        """Autosave the answers so far (JSON values, as the wizard holds them)."""
        with unit_of_work():
            consultation = self._draft(public_id)
            consultation.answers = json.dumps(dict(answers), sort_keys=True, default=_json_default)
            consultation.updated_at = self.clock()
            consultation.client = self._client_for(consultation, answers)
            consultation.save()

    def abandon(self, public_id: str) -> None:
        """Mark a draft abandoned (idle reset or walk-away); its answers stay for staff a while."""
        with unit_of_work():
            consultation = self._draft(public_id)
            consultation.status = Status.ABANDONED
            consultation.updated_at = self.clock()
            consultation.save()
        log.info("consultation %s abandoned", public_id)

    def submit(self, submission: Submission) -> None:
        """Record the finished consultation: answers, snapshot, consent, all or nothing.

        Writing the same submission again changes nothing, so a delivery that
        is retried (from the outbox) is safe; a consultation whose start never
        reached the database is created here. A consultation submitted but not
        yet decided may be submitted again (the client went back and changed
        an answer); it then replaces what was stored. A draft marked abandoned
        meanwhile (the stale-draft sweep, while the submission waited in the
        outbox) is submitted all the same: the client did finish.
        """
        public_id = submission.public_id
        now = self.clock()
        with unit_of_work():
            consultation = Consultation.get_or_none(Consultation.public_id == public_id)
            if consultation is None:
                consultation = Consultation(
                    public_id=public_id,
                    kiosk_id=submission.kiosk_id,
                    started_at=submission.started_at,
                )
            elif consultation.status not in (
                Status.IN_PROGRESS,
                Status.SUBMITTED,
                Status.ABANDONED,
            ):
                raise NotADraft(f"consultation {public_id} is {consultation.status}")
            else:
                Consent.delete().where(Consent.consultation == consultation).execute()
            consultation.status = Status.SUBMITTED
            consultation.language = submission.language
            consultation.answers = json.dumps(submission.answers, sort_keys=True)
            consultation.snapshot = submission.snapshot.model_dump_json()
            consultation.content_version = submission.content_version
            consultation.submitted_at = submission.submitted_at
            consultation.updated_at = now
            consultation.flag_level = max(
                (FLAG_LEVEL[o] for o in submission.flag_outcomes), default=0
            )
            consultation.flag_outcomes = " ".join(submission.flag_outcomes)
            consultation.recommended_treatment = submission.recommended_treatment
            consultation.earliest_date = submission.earliest_date
            consultation.client = self._client_for(
                consultation, submission.answers, submission.returning_client
            )
            consultation.save()
            consent = submission.consent
            Consent.create(
                consultation=consultation,
                text_version=consent.text_version,
                text_language=consent.text_language,
                text_hash=consent.text_hash,
                agreed_at=consent.agreed_at,
                typed_name=consent.typed_name,
                signature_png=consent.signature_png,
            )
            announce(public_id)  # staff queues elsewhere hear of it once this commits
        log.info("consultation %s submitted", public_id)

    def _draft(self, public_id: str, resubmit: bool = False) -> Consultation:
        consultation = Consultation.get_or_none(Consultation.public_id == public_id)
        if consultation is None:
            raise ConsultationNotFound(public_id)
        open_statuses = (
            (Status.IN_PROGRESS, Status.SUBMITTED) if resubmit else (Status.IN_PROGRESS,)
        )
        if consultation.status not in open_statuses:
            raise NotADraft(f"consultation {public_id} is {consultation.status}")
        return consultation

    def _client_for(
        self,
        consultation: Consultation,
        answers: Mapping[str, object],
        returning: int | None = None,
    ) -> Client | None:
        """The client these answers describe, created or updated as needed.

        A client who was recognised at the kiosk (`returning`) is that client,
        with the details they confirmed or changed today.
        """
        first = answers.get(FIRST_NAME_ITEM)
        last = answers.get(LAST_NAME_ITEM)
        if not isinstance(first, str) or not isinstance(last, str):
            return consultation.client
        details = {
            "first_name": first,
            "last_name": last,
            "first_name_key": name_key(first),
            "last_name_key": name_key(last),
            "date_of_birth": _date_or_none(answers.get(DATE_OF_BIRTH_ITEM)),
            "phone": _text_or_none(answers.get(PHONE_ITEM)),
            "email": _text_or_none(answers.get(EMAIL_ITEM)),
        }
        if returning is not None:
            recognised: Client | None = Client.get_or_none(Client.id == returning)
            if recognised is not None:
                for field, value in details.items():
                    setattr(recognised, field, value)
                recognised.save()
                return recognised
        client: Client | None = consultation.client
        only_here = client is not None and _use_count(client) <= 1
        if details["date_of_birth"] is None:
            if client is not None and only_here:
                _correct(client, details)  # the client went Back and fixed a typo
                return client
            return Client.create(created_at=self.clock(), **details)
        known = _person(details)
        if known is None and client is not None and only_here:
            _correct(client, details)  # the client went Back and fixed a typo
            return client
        if known is None:
            # Two kiosks may add the same new client at the same moment: the
            # second insert yields to the first (the unique name and date of
            # birth), and both consultations get the one row.
            Client.insert(created_at=self.clock(), **details).on_conflict_ignore().execute()
            known = _person(details)
            assert known is not None  # it was there, or we just added it
            return known
        # A returning client: keep what they typed today.
        for field in ("first_name", "last_name", "phone", "email"):
            if details[field] is not None:
                setattr(known, field, details[field])
        known.save()
        if client is not None and only_here and client.id != known.id:
            # This consultation's own record turned out to be a known client's:
            # move it over and remove the record, which nothing else uses.
            Consultation.update(client=known).where(Consultation.id == consultation.id).execute()
            client.delete_instance()
        return known


def new_public_id() -> str:
    """A fresh, unguessable consultation id."""
    return uuid.uuid4().hex


def _person(details: Mapping[str, object]) -> Client | None:
    """The client with this folded name and date of birth, if there is one."""
    found: Client | None = Client.get_or_none(
        Client.first_name_key == details["first_name_key"],
        Client.last_name_key == details["last_name_key"],
        Client.date_of_birth == details["date_of_birth"],
    )
    return found


def _correct(client: Client, details: Mapping[str, object]) -> None:
    for field, value in details.items():
        setattr(client, field, value)
    client.save()


def _use_count(client: Client) -> int:
    return int(Consultation.select().where(Consultation.client == client).count())


def _date_or_none(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} in answers")
