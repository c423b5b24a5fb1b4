"""Properties of the engine over random answer sets (hypothesis)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.engine.visibility import enabled_items
from kiosk.record.assessment_json import assessment_to_json

CONTENT = load_content()
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def raw_answer(content: Content, item: Item) -> st.SearchStrategy[Any]:
    """JSON-like values a client or a file could give for `item`."""
    match item.type:
        case ItemType.BOOLEAN:
            return st.booleans()
        case ItemType.CHOICE:
            return st.sampled_from([option.code for option in content.options_of(item.link_id)])
        case ItemType.MULTI_CHOICE:
            codes = [option.code for option in content.options_of(item.link_id)]
            return st.lists(st.sampled_from(codes), unique=True)
        case ItemType.DATE:
            return DAYS.map(date.isoformat)
        case ItemType.TEXT:
            return st.text(max_size=40)
        case ItemType.NUMBER:
            return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False)
    return st.nothing()


ANSWERABLE = [item for item in CONTENT.questionnaire.items() if item.type is not ItemType.DISPLAY]


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, Any]:
    """Any subset of the questions, each with any value of its kind."""
    chosen = draw(st.lists(st.sampled_from(ANSWERABLE), unique_by=lambda item: item.link_id))
    return {item.link_id: draw(raw_answer(CONTENT, item)) for item in chosen}


def outcome(raw: dict[str, Any], today: date) -> str:
    assessment = assess(CONTENT, parse_answers(CONTENT, raw), today)
    return json.dumps(assessment_to_json(CONTENT, assessment), sort_keys=True)


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(raw=answer_sets(), today=DAYS)
def test_random_answers_never_crash_and_give_the_same_outcome_twice(
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
