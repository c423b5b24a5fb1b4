"""A caution and a deferral on the same treatment both count, and the suggestion is never
a treatment a caution warns against when a safer one fits nearly as well."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kiosk.content.catalogue import Catalogue
from kiosk.content.clinic import Ranking
from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.engine.screening import Suitability
from tests.core.clients import CLEAN_CLIENT, TODAY

DARKER_SKIN_WANTING_LASER = {
    **CLEAN_CLIENT,
    "fitzpatrick_type": 5,
    "concerns": ["hyperpigmentation", "fine_lines"],
}


@pytest.mark.parametrize(
    "deferral",
    [
        {},
        {"recent_sunburn_or_tan": True},
        {"active_infection_or_wound": True},
        {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-10-01"},
    ],
)
def test_darker_skin_wanting_pigmentation_help_is_not_offered_laser_first(
    content: Content, deferral: dict[str, object]
) -> None:
    answers = parse_answers(content, {**DARKER_SKIN_WANTING_LASER, **deferral})
    assessment = assess(content, answers, TODAY)

    assert assessment.plan.treatment == "microneedling"
    laser = next(r for r in assessment.plan.ranking if r.code == "laser_resurfacing")
    assert laser.cautioned
    assert laser.score == laser.average_fit - content.clinic.ranking.review_penalty


def test_a_deferral_for_everyone_keeps_the_skin_tone_caution_in_view(content: Content) -> None:
    answers = parse_answers(content, {**DARKER_SKIN_WANTING_LASER, "recent_sunburn_or_tan": True})
    assessment = assess(content, answers, TODAY)
    laser = assessment.screening.treatments["laser_resurfacing"]

    assert laser.suitability is Suitability.DEFER
    assert [flag.rule for flag in laser.flags] == ["recent_sun", "darker_skin_laser"]
    assert [flag.rule for flag in laser.cautions] == ["darker_skin_laser"]
    reasons = [text.get("en") for text in laser.reasons]
    assert any("darker or lighter patches" in reason for reason in reasons)
    assert any("sun" in reason for reason in reasons)


def with_penalty(content: Content, penalty: float) -> Content:
    clinic = content.clinic.model_copy(update={"ranking": Ranking(review_penalty=penalty)})
    return dataclasses.replace(content, clinic=clinic)


def test_with_no_penalty_a_tie_goes_to_the_treatment_without_a_caution(content: Content) -> None:
    # Fine lines and texture: microneedling and laser both fit 3, laser is cautioned.
    raw = {**DARKER_SKIN_WANTING_LASER, "concerns": ["fine_lines", "texture"]}
    catalogue = Catalogue(
        concerns=content.catalogue.concerns,
        treatments=tuple(reversed(content.catalogue.treatments)),
        groups=content.catalogue.groups,
    )
    reordered = dataclasses.replace(content, catalogue=catalogue)
    clinic = with_penalty(reordered, 0.0)

    assessment = assess(clinic, parse_answers(clinic, raw), TODAY)

    assert assessment.plan.treatment in ("microneedling", "microneedling_prp", "rf_microneedling")
    assert assessment.plan.treatment != "microneedling_prp"  # cautioned for skin type V too


def test_a_cautioned_treatment_is_suggested_only_when_it_fits_better_by_more_than_the_penalty(
    content: Content,
) -> None:
    # Pigmentation alone: laser fits 3, microneedling 2 (a point behind).
    raw = {**DARKER_SKIN_WANTING_LASER, "concerns": ["hyperpigmentation"]}

    within = with_penalty(content, 1.0)
    beyond = with_penalty(content, 0.5)

    assert assess(within, parse_answers(within, raw), TODAY).plan.treatment == "microneedling"
    suggested = assess(beyond, parse_answers(beyond, raw), TODAY).plan.treatment
    assert suggested in ("chemical_peel", "laser_resurfacing")  # both fit 3, both cautioned


def test_the_plan_never_proposes_a_depth_beyond_the_treatments_range(content: Content) -> None:
    concerns = content.catalogue.concerns
    deep = tuple(
        concern.model_copy(
            update={
                "needle_depth_mm": concern.needle_depth_mm.model_copy(
                    update={"min": 3.0, "max": 3.0, "typical": 3.0}
                )
            }
        )
        if concern.needle_depth_mm is not None
        else concern
        for concern in concerns
    )
    catalogue = Catalogue(
        concerns=deep, treatments=content.catalogue.treatments, groups=content.catalogue.groups
    )
    clinic = dataclasses.replace(content, catalogue=catalogue)

    plan = assess(clinic, parse_answers(clinic, CLEAN_CLIENT), date(2026, 11, 21)).plan

    assert plan.treatment == "microneedling"
    assert plan.depth_mm == (2.5, 2.5)
