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
from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.assessment import assess
from kiosk.engine.visibility import enabled_items
from kiosk.record.assessment_json import assessment_to_json
from tests.core.clients import CLEAN_CLIENT

CONTENT = load_content()
# Any day the calendar holds, with extra weight on its two ends.
DAYS = (
    st.dates()
    | st.dates(max_value=date(1, 12, 31))
    | st.dates(min_value=date(9998, 1, 1))
    | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
)
# Any value a JSON file can hold.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)
TYPED_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")), max_size=40)


def raw_answer(content: Content, item: Item) -> st.SearchStrategy[Any]:
    """JSON-like values of the item's own kind, as the kiosk gives them."""
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
            return TYPED_TEXT
        case ItemType.NUMBER:
            return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False)
    return st.nothing()


def any_answer(content: Content, item: Item) -> st.SearchStrategy[Any]:
    """Anything a file could give for `item`: its own kind, near misses, any JSON value."""
    near_misses: list[Any] = []
    if item.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        for option in content.options_of(item.link_id):
            code = option.code
            near_misses += [float(code), str(code)] if isinstance(code, int) else [[code], 0]
    return (
        raw_answer(content, item)
        | JSON_VALUES
        | (st.sampled_from(near_misses) if near_misses else st.nothing())
    )


ANSWERABLE = [item for item in CONTENT.questionnaire.items() if item.type is not ItemType.DISPLAY]


@st.composite
def answer_sets(draw: st.DrawFn, wild: bool = False) -> dict[str, Any]:
    """Any subset of the questions, each with any value of its kind (`wild`: any value)."""
    chosen = draw(st.lists(st.sampled_from(ANSWERABLE), unique_by=lambda item: item.link_id))
    answer = any_answer if wild else raw_answer
    return {item.link_id: draw(answer(CONTENT, item)) for item in chosen}


def outcome(raw: dict[str, Any], today: date) -> str:
    try:
        answers = parse_answers(CONTENT, raw)
    except AnswerError as error:
        assert "\n" not in str(error)
        return "refused"
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
        assert plan.earliest_date is not None and plan.dates[0] >= plan.earliest_date >= today
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
