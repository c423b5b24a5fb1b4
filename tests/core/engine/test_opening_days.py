"""Proposed sessions fall on days the clinic is open, spaced as the treatment needs."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.model import Content
from kiosk.content.opening import Closure, Opening, Weekday, parse_hours
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.engine.opening_days import next_open_day
from kiosk.record.telling import plan_in_words
from tests.core.clients import CLEAN_CLIENT
from tests.core.engine.strategies import CONTENT

SUNDAY = date(2026, 11, 29)
OPEN_HOURS = parse_hours("09:00-18:00")
CLOSED_SUNDAYS = Opening(
    hours={day: None if day is Weekday.SUNDAY else OPEN_HOURS for day in Weekday},
    closures=(
        Closure(first=date(2026, 12, 24), last=date(2027, 1, 2), reason="Christmas"),
        Closure(first=date(2027, 4, 2), reason="Good Friday"),
        Closure(first=date(2027, 4, 5), reason="Easter Monday"),
    ),
)
HOLIDAYS = {date(2026, 12, 24) + timedelta(days=n) for n in range(10)} | {
    date(2027, 4, 2),
    date(2027, 4, 5),
}


def with_opening(content: Content, opening: Opening) -> Content:
    clinic = content.clinic.model_copy(update={"opening": opening})
    return dataclasses.replace(content, clinic=clinic)


STRICT_CLINIC = with_opening(CONTENT, CLOSED_SUNDAYS)
# Clients whose plans differ in treatment, course and preparation.
CLIENTS: tuple[dict[str, Any], ...] = (
    CLEAN_CLIENT,
    {**CLEAN_CLIENT, "concerns": ["fine_lines"]},
    {**CLEAN_CLIENT, "concerns": ["hyperpigmentation", "uneven_tone"]},
    {**CLEAN_CLIENT, "concerns": ["fine_lines", "hyperpigmentation"]},
    {**CLEAN_CLIENT, "topical_retinoids": True},
    {**CLEAN_CLIENT, "recent_sunburn_or_tan": True},
)


def test_a_sunday_moves_to_monday_and_a_holiday_past_it() -> None:
    assert next_open_day(CLOSED_SUNDAYS, SUNDAY) == date(2026, 11, 30)
    assert next_open_day(CLOSED_SUNDAYS, date(2026, 12, 24)) == date(2027, 1, 4)
    assert next_open_day(CLOSED_SUNDAYS, date(2026, 12, 1)) == date(2026, 12, 1)


def test_the_shipped_clinic_is_closed_on_sundays_and_christmas_day(content: Content) -> None:
    opening = content.clinic.opening

    assert not opening.open_on(SUNDAY)
    assert not opening.open_on(date(2026, 12, 25))
    assert opening.open_on(date(2026, 12, 1))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    today=st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31)),
    client=st.sampled_from(CLIENTS),
)
def test_plans_never_propose_a_closed_day_and_keep_at_least_the_interval(
    today: date, client: dict[str, Any]
) -> None:
    plan = assess(STRICT_CLINIC, parse_answers(STRICT_CLINIC, client), today).plan

    assert plan.dates, "every one of these clients gets dated sessions"
    for day in plan.dates:
        assert day.weekday() != SUNDAY.weekday(), f"{day} is a Sunday"
        assert day not in HOLIDAYS, f"{day} is a holiday"
    assert plan.dates[0] >= today + timedelta(days=STRICT_CLINIC.clinic.first_session_after_days)
    for before, after in zip(plan.dates, plan.dates[1:], strict=False):
        gap = (after - before).days
        # Never closer than the treatment allows; later only by closed days.
        assert 7 * plan.interval_weeks <= gap <= 7 * plan.interval_weeks + 10
    for step in plan.preparation:
        assert step.on == plan.dates[0] - timedelta(days=step.days_before)


def test_a_one_session_treatment_reads_as_one_session(content: Content) -> None:
    laser = {**CLEAN_CLIENT, "concerns": ["fine_lines", "hyperpigmentation"]}
    assessment = assess(content, parse_answers(content, laser), date(2026, 11, 21))
    words = plan_in_words(content, assessment)

    assert assessment.plan.treatment == "laser_resurfacing"
    assert assessment.plan.sessions == 1
    assert assessment.plan.interval_weeks == 0
    assert len(assessment.plan.dates) == 1
    assert words.suggestion is not None
    assert words.suggestion.sessions_line == "One session"
