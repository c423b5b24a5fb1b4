"""How the treatments compare for one client: what the compare page shows, worked out once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.content.model import Content
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment
from kiosk.engine.screening import Suitability
from kiosk.record.phrasebook import money

# The rules that speak about skin tone are the ones the skin-type answer raises.
SKIN_TONE_ANSWER = "fitzpatrick_type"


@dataclass(frozen=True)
class TreatmentComparison:
    """One treatment as it stands for this client.

    Attributes:
        code: the treatment.
        name: its name in the client's language.
        fit: how well it serves each chosen concern (0-3), in the order chosen.
        helps_with: how many of the chosen concerns it serves at all.
        suitability: its standing after screening.
        suggested: it is the plan's recommendation.
        not_before: its own earliest date, when deferred and not shared by all.
        sessions: the fewest and most sessions of a course.
        downtime_days: the shortest and longest usual recovery, in days.
        course_cost: the course's cost from and to, in the clinic's money, or None.
        skin_tone_caution: what the client is told about their skin tone, or "".
        reason: the first thing that limits it, in the client's words, or "".
    """

    code: str
    name: str
    fit: tuple[tuple[str, int], ...]
    helps_with: int
    suitability: Suitability
    suggested: bool
    not_before: date | None
    sessions: tuple[int, int]
    downtime_days: tuple[int, int]
    course_cost: tuple[str, str] | None
    skin_tone_caution: str
    reason: str


@dataclass(frozen=True)
class Comparison:
    """Every treatment for this client's concerns, best first.

    Attributes:
        concerns: the chosen concerns as (code, label), in the order chosen.
        shared_date: the date every treatment still possible waits for, said
            once above the table; None when the dates differ or there is none.
        rows: one per treatment, in the plan's ranking.
    """

    concerns: tuple[tuple[str, str], ...]
    shared_date: date | None
    rows: tuple[TreatmentComparison, ...]


def compare_treatments(
    content: Content, assessment: Assessment, language: str | None = None
) -> Comparison:
    """The comparison for `assessment`, in `language` (the content's by default)."""

    def text(value: LocalText) -> str:
        return content.text(value, language)

    chosen = assessment.answers.get("concerns")
    concerns = tuple(str(code) for code in chosen) if isinstance(chosen, tuple) else ()
    standings = assessment.screening.treatments
    possible = [s for s in standings.values() if s.suitability is not Suitability.NOT_SUITABLE]
    dates = {s.not_before for s in possible}
    shared = (
        next(iter(dates))
        if len(possible) > 1
        and len(dates) == 1
        and all(s.suitability is Suitability.DEFER for s in possible)
        else None
    )
    currency = content.clinic.currency
    rows = []
    for ranked in assessment.plan.ranking:
        treatment = content.catalogue.treatment[ranked.code]
        standing = standings[ranked.code]
        sessions = (int(treatment.sessions.min), int(treatment.sessions.max))
        price = content.clinic.prices.get(ranked.code)
        cost = (
            None
            if price is None
            else (
                money(price.min * sessions[0], currency.symbol),
                money(price.max * sessions[1], currency.symbol),
            )
        )
        caution = next(
            (text(flag.client_text) for flag in standing.flags if SKIN_TONE_ANSWER in flag.answers),
            "",
        )
        reasons = [text(reason) for reason in standing.reasons]
        rows.append(
            TreatmentComparison(
                code=ranked.code,
                name=text(treatment.name),
                fit=tuple((concern, treatment.fit.get(concern, 0)) for concern in concerns),
                helps_with=sum(1 for concern in concerns if treatment.fit.get(concern, 0) > 0),
                suitability=standing.suitability,
                suggested=ranked.code == assessment.plan.treatment,
                not_before=None if shared is not None else standing.not_before,
                sessions=sessions,
                downtime_days=(
                    int(treatment.downtime_days.min),
                    int(treatment.downtime_days.max),
                ),
                course_cost=cost,
                skin_tone_caution=caution,
                reason=next((r for r in reasons if r != caution), ""),
            )
        )
    return Comparison(
        concerns=tuple(
            (code, text(content.catalogue.concern[code].label))
            for code in concerns
            if code in content.catalogue.concern
        ),
        shared_date=shared,
        rows=tuple(rows),
    )
