"""Properties of the engine over random answer sets (hypothesis)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings

from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.assessment import assess
from kiosk.engine.visibility import enabled_items
from kiosk.record.assessment_json import assessment_to_json
from tests.core.clients import CLEAN_CLIENT
from tests.core.engine.strategies import CONTENT, DAYS, answer_sets


def outcome(raw: dict[str, Any], today: date) -> str:
    try:
        answers = parse_answers(CONTENT, raw)
    except AnswerError as error:
        return f"refused: {len(str(error).splitlines())} line"
    assessment = assess(CONTENT, answers, today)
    return json.dumps(assessment_to_json(CONTENT, assessment), sort_keys=True)


PROPERTY = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(raw=answer_sets(wild=True), today=DAYS)
def test_any_json_answers_never_crash_and_give_the_same_outcome_twice(
    raw: dict[str, Any], today: date
) -> None:
    first = outcome(raw, today)

    assert outcome(dict(reversed(list(raw.items()))), today) == first


@PROPERTY
@given(raw=answer_sets(), extra=answer_sets(), today=DAYS)
def test_answers_to_hidden_questions_never_change_the_outcome(
    raw: dict[str, Any], extra: dict[str, Any], today: date
) -> None:
    answers = parse_answers(CONTENT, raw)
    shown = {item.link_id for item in enabled_items(CONTENT, answers, today)}
    hidden = {link_id: value for link_id, value in extra.items() if link_id not in shown}

    assert outcome({**raw, **hidden}, today) == outcome(raw, today)


@PROPERTY
@given(raw=answer_sets(), today=DAYS)
def test_a_recommended_treatment_is_never_one_that_is_ruled_out(
    raw: dict[str, Any], today: date
) -> None:
    assessment = assess(CONTENT, parse_answers(CONTENT, raw), today)
    plan = assessment.plan

    for code in (plan.treatment, *plan.alternatives):
        if code is not None:
            assert assessment.screening.treatments[code].suitability.value != "not_suitable"
    if plan.dates:
        assert plan.earliest_date is not None
        assert plan.dates[0] >= plan.earliest_date >= today


@PROPERTY
@given(changes=answer_sets(wild=True), today=DAYS)
def test_a_whole_consultation_with_any_answer_changed_is_refused_or_planned_within_limits(
    changes: dict[str, Any], today: date
) -> None:
    try:
        answers = parse_answers(CONTENT, {**CLEAN_CLIENT, **changes})
    except AnswerError:
        return
    assessment = assess(CONTENT, answers, today)
    plan = assessment.plan

    assert list(plan.dates) == sorted(plan.dates)
    if plan.dates:
        assert plan.earliest_date is not None
        assert plan.dates[0] >= plan.earliest_date >= today
    if plan.treatment is not None:
        treatment = CONTENT.catalogue.treatment[plan.treatment]
        limits = treatment.needle_depth_mm
        if plan.depth_mm is not None and limits is not None:
            assert limits.min <= plan.depth_mm[0] <= plan.depth_mm[1] <= limits.max
        chosen = next(ranked for ranked in plan.ranking if ranked.code == plan.treatment)
        if chosen.cautioned:
            margin = CONTENT.clinic.ranking.review_penalty
            for ranked in plan.ranking:
                if ranked.offered and not ranked.cautioned:
                    assert ranked.average_fit < chosen.average_fit - margin
