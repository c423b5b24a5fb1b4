"""One client's consultation from the first tap to the thank-you: started, saved, submitted, kept.

The kiosk window tells the session what the client did (tapped Start, left
a page, finished, walked away) and shows what it says; every decision about
the record is made here. Nothing here waits on the database: drafts and the
submission go to the delivery, the submission through the outbox on disk.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kiosk.consultation.delivery import Delivery
from kiosk.consultation.help import HelpAnswer, call_front_desk
from kiosk.consultation.intake import Intake
from kiosk.consultation.returning import stable_facts
from kiosk.content.model import Content
from kiosk.record.submission import build_submission
from kiosk.store.consultations import new_public_id
from kiosk.store.help_requests import HelpRequest
from kiosk.store.returning import KnownClient

log = logging.getLogger(__name__)

# The consent page's id: the record starts once it is left (consent given).
CONSENT_PAGE = "consent"


class Keeping(StrEnum):
    """How safely the consultation is kept, as the client could be told."""

    NOTHING = "nothing"  # no record yet (consent not given)
    DRAFT = "draft"  # answers saved as the client goes; not submitted
    KEPT = "kept"  # submitted: on this kiosk's disk, and in the database once it answers
    NOT_KEPT = "not_kept"  # submitted, but the disk refused it: tell the front desk


class ConsultationSession:
    """The life of one client's consultation.

    Attributes:
        intake: the client's answers and consent, shared with the pages.
        keeping: how safely the consultation is kept now.
    """

    def __init__(
        self,
        intake: Intake,
        delivery: Delivery,
        *,
        kiosk_id: str,
        today: Callable[[], date],
        now: Callable[[], datetime],
    ) -> None:
        self.intake = intake
        self.delivery = delivery
        self.kiosk_id = kiosk_id
        self.today = today
        self.now = now
        self.keeping = Keeping.NOTHING
        # Treatments the client asked to hear about, in the order they tapped them.
        self.interested_in: list[str] = []
        # The answers (and interests) as last submitted (None until the first submission).
        self._submitted: tuple[dict[str, object], tuple[str, ...]] | None = None

    @property
    def content(self) -> Content:
        """The clinic content the client answers."""
        return self.intake.content

    @property
    def warning(self) -> bool:
        """The client should let the front desk know: their answers are not kept safely."""
        return self.keeping is Keeping.NOT_KEPT

    def began(self) -> None:
        """The client tapped Start (the kiosk may have waited since yesterday)."""
        self.intake.today = self.today()

    def recognise(self, client: KnownClient) -> None:
        """The client is `client`, on record from an earlier visit.

        Their stable facts (name, contact details, the skin-type quiz) are
        offered pre-filled, to confirm or change; safety questions stay
        unanswered. Their earlier name and signature are kept for the consent
        only when they signed the very notice shown today; a changed notice
        is read and signed afresh.
        """
        intake = self.intake
        intake.returning = client
        for link_id, value in stable_facts(self.content, client).items():
            intake.set(link_id, value)
        notice = self.content.consent
        signed = client.last_consent
        same_notice = signed is not None and (
            signed.text_version == notice.version
            and signed.text_hash == notice.hash_in(intake.language, self.content.clinic.language)
        )
        intake.notice_changed = signed is not None and not same_notice
        if signed is not None and same_notice:
            intake.consent.typed_name = signed.typed_name
            intake.consent.signature_png = signed.signature_png

    def leave(self, page_id: str) -> None:
        """The client moved on from `page_id` (a questionnaire page's id, or CONSENT_PAGE).

        Leaving the consent page starts the record; leaving a question page
        saves the answers so far, and after the last question page submits
        them. Once submitted, any question page left submits again: the
        client went back, and the stored record must follow what they now say.
        """
        intake = self.intake
        if page_id == CONSENT_PAGE and intake.consultation_id is None:
            intake.consultation_id = new_public_id()
            intake.started_at = self.now()
            self.keeping = Keeping.DRAFT
            self.delivery.start_draft(intake.consultation_id, intake.language, self.content.version)
            return
        question_pages = [page.id for page in self.content.questionnaire.pages]
        if page_id not in question_pages or intake.consultation_id is None:
            return
        if self._submitted is None:
            self.delivery.save_draft(intake.consultation_id, intake.answers_json())
        if page_id == question_pages[-1] or self._submitted is not None:
            self.submit()

    def interested(self, treatment: str, wanted: bool) -> None:
        """The client tapped "I'd like to hear about this" on `treatment` (or took it back).

        Kept with the consultation when it is next submitted (at Finish at the latest).
        """
        if wanted and treatment not in self.interested_in:
            self.interested_in.append(treatment)
        elif not wanted and treatment in self.interested_in:
            self.interested_in.remove(treatment)

    def finish(self) -> None:
        """The client tapped Finish: submit again if an answer changed or the disk refused it."""
        self.submit()

    def submit(self) -> None:
        """Put the finished consultation in the outbox (a no-op if nothing changed since)."""
        intake = self.intake
        answers = (intake.answers_json(), tuple(self.interested_in))
        unchanged = answers == self._submitted and self.keeping is Keeping.KEPT
        if intake.consultation_id is None or unchanged:
            return
        now = self.now()
        submission = build_submission(
            self.content,
            intake.assessment(),
            intake.consent_record(now),
            public_id=intake.consultation_id,
            kiosk_id=self.kiosk_id,
            language=intake.language,
            started_at=intake.started_at or now,
            submitted_at=now,
            interested_in=tuple(self.interested_in),
            returning_client=None if intake.returning is None else intake.returning.client_id,
        )
        self._submitted = answers
        kept = self.delivery.submit(submission)
        self.keeping = Keeping.KEPT if kept else Keeping.NOT_KEPT

    def needs_print(self) -> None:
        """The printout failed: the front desk is to hand the client a copy."""
        if self.intake.consultation_id is not None:
            self.delivery.needs_print(self.intake.consultation_id)

    def ask_for_help(self, page: str) -> HelpRequest:
        """The client tapped "Please help me" on `page`: the request to send (nothing changes).

        The answers stay as they are; the request carries the consultation's
        id when there is one, never a name.
        """
        return HelpRequest(
            request_id=uuid.uuid4().hex,
            kiosk_id=self.kiosk_id,
            page=page,
            asked_at=self.now(),
            public_id=self.intake.consultation_id,
        )

    def call_front_desk(self, request: HelpRequest) -> HelpAnswer:
        """Send `request` to the staff queue (waits on the database: not on the screen's thread)."""
        return call_front_desk(request, self.delivery)

    def end(self) -> None:
        """The kiosk resets for the next client: an unsubmitted draft is abandoned."""
        public_id = self.intake.consultation_id
        if public_id is not None and self._submitted is None:
            self.delivery.abandon(public_id)
            log.info("consultation %s abandoned at a reset", public_id)


@dataclass(frozen=True)
class Sessions:
    """Opens a session per client, all delivered by the same delivery.

    Attributes:
        content: the clinic content.
        delivery: writes the consultations to the database.
        kiosk_id: this kiosk's name in the records.
        today: the date of a consultation.
        now: the current time (UTC).
    """

    content: Content
    delivery: Delivery
    kiosk_id: str
    today: Callable[[], date]
    now: Callable[[], datetime]

    def open(self, language: str | None = None) -> ConsultationSession:
        """A fresh session, for a client who has not answered anything yet."""
        intake = Intake(self.content, self.today(), language)
        return ConsultationSession(
            intake, self.delivery, kiosk_id=self.kiosk_id, today=self.today, now=self.now
        )
