"""Everything a handout shows, worked out once and stored with the consultation.

A reprint is made from this stored copy, so it matches what the client was
given even after the clinic edits its content.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kiosk.content.model import CONCERNS_ITEM, FIRST_NAME_ITEM, LAST_NAME_ITEM, Content
from kiosk.content.rules import Outcome
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment


@dataclass(frozen=True)
class PreparationLine:
    """A step before the first session."""

    days_before: int
    on: str | None  # ISO date, when the sessions have dates
    text: str


@dataclass(frozen=True)
class ComparisonBar:
    """One treatment in the comparison chart."""

    name: str
    fit: float  # 0 to 3, averaged over the client's concerns
    recommended: bool


@dataclass(frozen=True)
class AftercareText:
    """The aftercare sheet's texts."""

    title: str
    timeline: list[tuple[str, str]]
    do: list[str]
    avoid: list[str]
    call_us_if: list[str]


@dataclass(frozen=True)
class HandoutData:
    """A client's handout, in their language, with every word and date decided.

    Attributes:
        words: the fixed phrases (handout.yaml), in the client's language.
        clinic: name, address lines, phone, website.
        client_name: as the client typed it (printed literally, never as markup).
        issued_on: the consultation's day (ISO).
        concerns: the client's concerns, in words.
        status: suitable, review, defer or not_suitable.
        treatment, summary, why, on_the_day: the recommended treatment.
        sessions, interval_weeks, dates: the course.
        preparation: steps with their dates.
        cost: low, high, per-session low and high, with the currency symbol.
        talk_points: what a practitioner will discuss (as the client read it).
        comparison: the chart's bars.
        aftercare: the aftercare sheet.
        closing_note: the clinic's closing line.
    """

    language: str
    words: dict[str, str]
    months: list[str]
    weekdays: list[str]
    fit_levels: dict[int, str]
    clinic: dict[str, Any]
    client_name: str
    issued_on: str
    concerns: list[str]
    status: str
    treatment: str | None
    summary: str = ""
    why: list[str] = field(default_factory=list)
    on_the_day: str = ""
    sessions: int = 0
    interval_weeks: int = 0
    dates: list[str] = field(default_factory=list)
    preparation: list[PreparationLine] = field(default_factory=list)
    cost: dict[str, Any] | None = None
    talk_points: list[str] = field(default_factory=list)
    comparison: list[ComparisonBar] = field(default_factory=list)
    aftercare: AftercareText | None = None
    closing_note: str = ""

    def long_date(self, iso: str) -> str:
        """A date in the client's words, like "Saturday 28 November 2026"."""
        day = date.fromisoformat(iso)
        return self.words["date_format"].format(
            weekday=self.weekdays[day.weekday()],
            day=day.day,
            month=self.months[day.month - 1],
            year=day.year,
        )

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data, for the stored snapshot."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HandoutData:
        """Back from the stored snapshot."""
        values = dict(data)
        values["fit_levels"] = {int(k): v for k, v in values["fit_levels"].items()}
        values["preparation"] = [PreparationLine(**line) for line in values["preparation"]]
        values["comparison"] = [ComparisonBar(**bar) for bar in values["comparison"]]
        if values.get("aftercare") is not None:
            after = dict(values["aftercare"])
            after["timeline"] = [tuple(stage) for stage in after["timeline"]]
            values["aftercare"] = AftercareText(**after)
        return cls(**values)


def handout_data(
    content: Content, assessment: Assessment, language: str | None = None
) -> HandoutData:
    """The handout for `assessment`, in `language` (the content's by default)."""

    def text(value: LocalText) -> str:
        return content.text(value, language)

    words = content.handout
    answers = assessment.answers
    plan = assessment.plan
    clinic = content.clinic.clinic
    first = answers.get(FIRST_NAME_ITEM)
    last = answers.get(LAST_NAME_ITEM)
    chosen = answers.get(CONCERNS_ITEM)
    concern_codes = [str(code) for code in chosen] if isinstance(chosen, tuple) else []
    data: dict[str, Any] = {
        "language": language or content.clinic.language,
        "words": {
            name: text(getattr(words, name))
            for name in type(words).model_fields
            if name not in ("fit_levels", "months", "weekdays")
        },
        "months": [text(month) for month in words.months],
        "weekdays": [text(day) for day in words.weekdays],
        "fit_levels": {level: text(value) for level, value in words.fit_levels.items()},
        "clinic": {
            "name": clinic.name,
            "address": list(clinic.address),
            "phone": clinic.phone,
            "email": clinic.email or "",
            "website": str(clinic.website) if clinic.website else "",
            "logo": str(content.directory / clinic.logo) if clinic.logo else "",
        },
        "client_name": " ".join(part for part in (first, last) if isinstance(part, str)),
        "issued_on": assessment.today.isoformat(),
        "concerns": [text(content.catalogue.concern[code].label) for code in concern_codes],
        "status": assessment.status.value,
        "treatment": None,
        "closing_note": text(content.clinic.closing_note) if content.clinic.closing_note else "",
    }
    if plan.treatment is not None:
        treatment = content.catalogue.treatment[plan.treatment]
        ranked = next(r for r in plan.ranking if r.code == plan.treatment)
        levels = data["fit_levels"]
        data.update(
            treatment=text(treatment.name),
            summary=text(treatment.summary),
            why=[
                f"{text(content.catalogue.concern[code].label)} ({levels.get(score, '')})"
                for code, score in ranked.fit.items()
                if score > 0
            ],
            on_the_day=text(treatment.on_the_day),
            sessions=plan.sessions,
            interval_weeks=plan.interval_weeks,
            dates=[day.isoformat() for day in plan.dates],
            preparation=[
                PreparationLine(step.days_before, _iso(step.on), text(step.text))
                for step in plan.preparation
            ],
            talk_points=[
                text(flag.client_text)
                for flag in assessment.screening.flags
                if plan.treatment in flag.treatments and flag.outcome is not Outcome.PREP
            ],
            comparison=[
                ComparisonBar(
                    text(content.catalogue.treatment[r.code].name),
                    round(r.average_fit, 2),
                    r.code == plan.treatment,
                )
                for r in plan.ranking
                if r.offered
            ],
        )
        if plan.cost is not None:
            data["cost"] = {
                "symbol": plan.cost.symbol,
                "low": plan.cost.course[0],
                "high": plan.cost.course[1],
                "per_low": plan.cost.per_session[0],
                "per_high": plan.cost.per_session[1],
            }
        if plan.aftercare is not None:
            sheet = plan.aftercare[1]
            data["aftercare"] = AftercareText(
                title=text(sheet.title),
                timeline=[(text(stage.label), text(stage.text)) for stage in sheet.timeline],
                do=[text(line) for line in sheet.do],
                avoid=[text(line) for line in sheet.avoid],
                call_us_if=[text(line) for line in sheet.call_us_if],
            )
    else:
        data["talk_points"] = [
            text(flag.client_text)
            for flag in assessment.screening.flags
            if flag.outcome is not Outcome.PREP
        ]
    return HandoutData(**data)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
