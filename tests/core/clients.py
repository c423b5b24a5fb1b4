"""Realistic clients for the core tests: a reference day and a clean client to vary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kiosk.answers import Answers, parse_answers
from kiosk.assessment import Assessment
from kiosk.content.model import Content

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
