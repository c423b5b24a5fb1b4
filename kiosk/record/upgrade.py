"""The handout as the first snapshot format stored it, read into today's PlanInWords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.content.rules import Outcome
from kiosk.engine.screening import Suitability
from kiosk.record.assessment_view import AssessmentView, FlagView
from kiosk.record.phrasebook import money
from kiosk.record.plan_words import (
    AftercareInWords,
    ClinicCard,
    ComparisonBar,
    CostInWords,
    Headline,
    PaperWords,
    PlanInWords,
    PreparationStep,
    Reason,
    Stage,
    Suggestion,
)
from kiosk.record.telling import preparation_when

# The first format kept no phrase for a reason's date: the one the content had then.
REASON_FROM = "(from {date})"


@dataclass(frozen=True)
class StoredDates:
    """Dates written with the month and weekday names a first-format handout kept."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_format: str

    def long_date(self, day: date) -> str:
        """Like "Saturday 28 November 2026", as the handout was printed."""
        return self.date_format.format(
            weekday=self.weekdays[day.weekday()],
            day=day.day,
            month=self.months[day.month - 1],
            year=day.year,
        )


def plan_from_handout(handout: dict[str, Any], assessment: AssessmentView) -> PlanInWords:
    """The plan in words from a stored first-format handout and the assessment stored with it.

    The handout kept its own words, month and weekday names, so every line reads
    as it was printed. The reasons' dates, which it did not keep, come from the
    flags stored beside it (both were worked out at the same moment, so each
    talk point is some flag's client text).
    """
    words: dict[str, str] = handout["words"]
    book = StoredDates(
        months=tuple(handout["months"]),
        weekdays=tuple(handout["weekdays"]),
        date_format=words["date_format"],
    )
    issued_on = date.fromisoformat(handout["issued_on"])
    clinic = handout["clinic"]
    plan = assessment.plan
    relevant = [
        flag
        for flag in assessment.flags
        if plan.treatment is None or plan.treatment in flag.treatments
    ]

    def reason(flag: FlagView) -> Reason:
        until = None if flag.until is None else book.long_date(flag.until)
        return Reason(
            rule=flag.rule,
            outcome=flag.outcome,
            text=flag.client_text,
            until=until,
            until_line="" if until is None else REASON_FROM.format(date=until),
        )

    talked_about = [flag for flag in relevant if flag.outcome is not Outcome.PREP]
    reasons = [
        next((reason(f) for f in talked_about if f.client_text == point), None)
        or Reason(rule="", outcome=Outcome.REVIEW, text=point)
        for point in handout["talk_points"]
    ]
    return PlanInWords(
        language=handout["language"],
        clinic=ClinicCard(
            name=clinic["name"],
            address=tuple(clinic["address"]),
            phone=clinic["phone"],
            email=clinic.get("email", ""),
            website=clinic.get("website", ""),
            logo=clinic.get("logo", ""),
        ),
        client_name=handout["client_name"],
        issued_on=issued_on,
        prepared_for=words["prepared_for"].format(
            name=handout["client_name"], date=book.long_date(issued_on)
        ),
        concerns=tuple(handout["concerns"]),
        headline=Headline(
            status=Suitability(handout["status"]),
            treatment=handout["treatment"],
            from_date=None
            if assessment.earliest_date is None
            else book.long_date(assessment.earliest_date),
        ),
        suggestion=_suggestion(handout, book),
        reasons=tuple(reasons),
        getting_ready=tuple(reason(f) for f in relevant if f.outcome is Outcome.PREP),
        comparison=tuple(ComparisonBar.model_validate(bar) for bar in handout["comparison"]),
        aftercare=None
        if handout.get("aftercare") is None
        else AftercareInWords(
            title=handout["aftercare"]["title"],
            timeline=tuple(
                Stage(when=when, text=text) for when, text in handout["aftercare"]["timeline"]
            ),
            do=tuple(handout["aftercare"]["do"]),
            avoid=tuple(handout["aftercare"]["avoid"]),
            call_us_if=tuple(handout["aftercare"]["call_us_if"]),
        ),
        closing_note=handout.get("closing_note", ""),
        call_line=words["call_line"].format(phone=clinic["phone"]),
        words=PaperWords(
            **{name: words[name] for name in PaperWords.model_fields if name in words}
        ),
    )


def _suggestion(handout: dict[str, Any], book: StoredDates) -> Suggestion | None:
    if handout["treatment"] is None:
        return None
    words: dict[str, str] = handout["words"]
    cost = handout.get("cost")
    cost_words = None
    if cost is not None:
        symbol = cost["symbol"]
        amounts = {
            name: money(cost[name], symbol) for name in ("low", "high", "per_low", "per_high")
        }
        cost_words = CostInWords(**amounts, line=words["cost_line"].format(**amounts))
    sessions = handout["sessions"]
    why: list[str] = handout["why"]
    return Suggestion(
        treatment=handout["treatment"],
        heading=words["suggestion"].format(treatment=handout["treatment"]),
        summary=handout["summary"],
        helps_with=tuple(why),
        why=words["why"].format(reasons=", ".join(why)) if why else "",
        on_the_day=handout["on_the_day"],
        sessions=sessions,
        interval_weeks=handout["interval_weeks"],
        sessions_line=words["one_session_line"]
        if sessions == 1
        else words["sessions_line"].format(sessions=sessions, weeks=handout["interval_weeks"]),
        dates=tuple(book.long_date(date.fromisoformat(day)) for day in handout["dates"]),
        preparation=tuple(
            PreparationStep(
                when=preparation_when(
                    step["days_before"],
                    None if step["on"] is None else book.long_date(date.fromisoformat(step["on"])),
                    words["on_the_day_itself"],
                    # The first format had no word of its own for one day.
                    words["days_before"].format(days=1),
                    words["days_before"].format(days=step["days_before"]),
                ),
                text=step["text"],
            )
            for step in handout["preparation"]
        ),
        cost=cost_words,
    )
