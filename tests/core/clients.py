"""Realistic clients for the core tests: a reference day and a clean client to vary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from kiosk.content.model import Content
from kiosk.demo import sample_signature
from kiosk.engine.answers import Answers, parse_answers
from kiosk.engine.assessment import Assessment, assess
from kiosk.record.submission import ConsentRecord, Submission, build_submission
from kiosk.store.consultations import ConsultationStore

TODAY = date(2026, 11, 21)

# A healthy 38-year-old with acne scars and rough texture who answers "no"
# to every safety question. Tests change only what their story needs.
CLEAN_CLIENT: dict[str, object] = {
    "first_name": "Ana",
    "last_name": "Silva",
    "date_of_birth": "1988-03-14",
    "phone": "+44 7700 900123",
    "email": "ana@example.com",
    "fitzpatrick_type": 3,
    "concerns": ["acne_scars", "texture"],
    "active_infection_or_wound": False,
    "cold_sore_active": False,
    "active_acne_flare": False,
    "eczema_psoriasis_flare": False,
    "recent_sunburn_or_tan": False,
    "skin_cancer_in_area": False,
    "pregnant_or_breastfeeding": False,
    "bleeding_disorder": False,
    "anticoagulants": False,
    "diabetes": "no",
    "autoimmune_or_immunosuppressed": False,
    "chemo_or_radiation": False,
    "pacemaker": False,
    "keloid_history": False,
    "cold_sore_history": False,
    "isotretinoin_taken": False,
    "topical_retinoids": False,
    "numbing_allergy": False,
    "metal_allergy": False,
    "had_chemical_peel": False,
    "had_laser": False,
    "had_filler_or_neuromodulator": False,
}

Client = Callable[..., Assessment]


def answers_of(content: Content, **changes: object) -> Answers:
    """The clean client's answers with `changes` applied (None removes one), parsed."""
    raw = {**CLEAN_CLIENT, **changes}
    return parse_answers(content, {k: v for k, v in raw.items() if v is not None})


class FakeClock:
    """A clock tests move by hand (UTC, naive, as stored)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **amount: float) -> None:
        self.now += timedelta(**amount)


SIGNATURE = sample_signature()


def consent_for(name: str, at: datetime) -> ConsentRecord:
    """A consent record as the wizard would make it."""
    return ConsentRecord(
        text_version="privacy-2026-11",
        text_hash="0" * 64,
        agreed_at=at,
        typed_name=name,
        signature_png=SIGNATURE,
    )


def submit_client(
    content: Content, store: ConsultationStore, today: date = TODAY, **changes: object
) -> str:
    """Start, autosave and submit the clean client with `changes`; returns the public id."""
    public_id = store.start("en", content.version)
    raw = {k: v for k, v in {**CLEAN_CLIENT, **changes}.items() if v is not None}
    store.save_draft(public_id, raw)
    answers = parse_answers(content, raw)
    assessment = assess(content, answers, today)
    name = f"{raw.get('first_name', '')} {raw.get('last_name', '')}".strip()
    store.submit(submission_of(content, store, public_id, assessment, name))
    return public_id


def submission_of(
    content: Content,
    store: ConsultationStore,
    public_id: str,
    assessment: Assessment,
    name: str = "Ana Silva",
) -> Submission:
    """The finished consultation `public_id` as the kiosk `store` would submit it now."""
    now = store.clock()
    return build_submission(
        content,
        assessment,
        consent_for(name, now),
        public_id=public_id,
        kiosk_id=store.kiosk_id,
        language="en",
        started_at=now,
        submitted_at=now,
    )


# The export's first columns, as a spreadsheet user sees them.
CSV_FIXED_COLUMNS = [
    "consultation_id",
    "client_id",
    "status",
    "started_at",
    "submitted_at",
    "kiosk_id",
    "content_version",
    "flags",
    "rules",
    "recommended_treatment",
    "earliest_date",
]
