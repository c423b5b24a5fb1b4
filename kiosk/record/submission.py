"""A finished consultation as one value: what the store writes, and what the outbox keeps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from kiosk.content.model import Content
from kiosk.content.rules import Outcome
from kiosk.engine.assessment import Assessment
from kiosk.record.asked import JsonAnswer, json_answer, questions_as_asked
from kiosk.record.assessment_view import assessment_view
from kiosk.record.snapshot import Snapshot
from kiosk.record.telling import plan_in_words

__all__ = ["ConsentRecord", "JsonAnswer", "Snapshot", "Submission", "build_submission"]

# Bytes (the signature) travel as base64. The JSON parser would otherwise keep
# up to 16,384 of the strings it reads, process-wide, for reuse: clients'
# names and phone numbers would stay in the kiosk's memory after each reset,
# and the cache would grow with every new client for thousands of them.
KEPT_AS_JSON = ConfigDict(
    frozen=True, ser_json_bytes="base64", val_json_bytes="base64", cache_strings=False
)


class ConsentRecord(BaseModel):
    """What the client agreed to, and how.

    Attributes:
        text_version: the consent notice's version name.
        text_language: the language the client read it in (empty in
            consultations stored before it was kept).
        text_hash: a hash of the notice's exact text, in that language.
        agreed_at: when they agreed (UTC).
        typed_name: the name they typed.
        signature_png: their drawn signature (base64 in JSON).
    """

    model_config = KEPT_AS_JSON

    text_version: str
    text_hash: str
    text_language: str = ""
    agreed_at: datetime
    typed_name: str
    signature_png: bytes


class Submission(BaseModel):
    """One finished consultation, complete: written to the database in one go.

    It carries everything needed to create the stored consultation from
    nothing, so it can wait in the outbox while the database is away and be
    written later, by its id, as often as needed with the same result.

    Attributes:
        public_id: the consultation's id.
        kiosk_id, language, content_version: where, in which words, against what.
        started_at: when the client tapped Start (UTC).
        submitted_at: when the client finished (UTC).
        answers: the answers that count, as JSON values.
        snapshot: the conclusions and the words the client saw.
        consent: the signed consent.
        flag_outcomes: the outcomes of the flags raised, most serious first.
        recommended_treatment, earliest_date: the plan's headline, for the queue.
        interested_in: codes of the treatments the client asked to hear about
            (empty in submissions written before clients could ask).
        returning_client: the client on record that the client confirmed
            being (found by date of birth and initials), if they did.
    """

    model_config = KEPT_AS_JSON

    format: Literal[1] = 1
    public_id: str
    kiosk_id: str
    language: str
    content_version: str
    started_at: datetime
    submitted_at: datetime
    answers: dict[str, JsonAnswer]
    snapshot: Snapshot
    consent: ConsentRecord
    flag_outcomes: tuple[Outcome, ...]
    recommended_treatment: str | None
    earliest_date: date | None
    interested_in: tuple[str, ...] = ()
    returning_client: int | None = None


SEVERITY = {Outcome.PREP: 1, Outcome.REVIEW: 2, Outcome.DEFER: 3, Outcome.STOP: 4}


def build_submission(
    content: Content,
    assessment: Assessment,
    consent: ConsentRecord,
    *,
    public_id: str,
    kiosk_id: str,
    language: str,
    started_at: datetime,
    submitted_at: datetime,
    interested_in: tuple[str, ...] = (),
    returning_client: int | None = None,
) -> Submission:
    """The finished consultation for `assessment`, told to the client in `language`.

    Staff read the questions, answers and flags in the clinic's language
    whatever the client's; the plan in words stays as the client read it
    (for reprints). Only answers to questions the client was shown are kept (the assessment
    has dropped the rest), and only answers to questions (not derived values).
    """
    answers = {
        link_id: value
        for link_id, value in assessment.answers.items()
        if link_id in content.questionnaire.by_link_id
    }
    staff_language = content.clinic.language
    outcomes = sorted(
        {flag.outcome for flag in assessment.screening.flags}, key=lambda o: -SEVERITY[o]
    )
    return Submission(
        public_id=public_id,
        kiosk_id=kiosk_id,
        language=language,
        content_version=content.version,
        started_at=started_at,
        submitted_at=submitted_at,
        answers={link_id: json_answer(value) for link_id, value in answers.items()},
        snapshot=Snapshot(
            asked=questions_as_asked(content, answers, assessment.today, staff_language),
            assessment=assessment_view(content, assessment, staff_language),
            plan=plan_in_words(content, assessment, language),
            interested_in=tuple(
                content.text(content.catalogue.treatment[code].name, staff_language)
                for code in interested_in
                if code in content.catalogue.treatment
            ),
        ),
        consent=consent,
        flag_outcomes=tuple(outcomes),
        recommended_treatment=assessment.plan.treatment,
        earliest_date=assessment.plan.earliest_date,
        interested_in=interested_in,
        returning_client=returning_client,
    )
