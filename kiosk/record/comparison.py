"""How the treatments compare for one client: what the compare page shows, worked out once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from itertools import pairwise

from kiosk.content.model import Content
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment
from kiosk.engine.screening import Suitability
from kiosk.record.phrasebook import money

# The rules that speak about skin tone are the ones the skin-type answer raises.
SKIN_TONE_ANSWER = "fitzpatrick_type"


class Distinction(StrEnum):
    """What sets a treatment apart from the others this client could have."""

    BEST_FOR = "best_for"  # serves one chosen concern better than the rest
    FEWEST_SESSIONS = "fewest_sessions"
    QUICKEST_RECOVERY = "quickest_recovery"
    LOWEST_COST = "lowest_cost"
    # Compared with the suggested treatment:
    FEWER_SESSIONS = "fewer_sessions"
    MORE_SESSIONS = "more_sessions"
    QUICKER_RECOVERY = "quicker_recovery"
    LONGER_RECOVERY = "longer_recovery"
    COSTS_LESS = "costs_less"
    COSTS_MORE = "costs_more"
    # Set against another treatment that would otherwise read the same (its name given):
    COSTS_LESS_THAN = "costs_less_than"
    COSTS_MORE_THAN = "costs_more_than"


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
        distinctions: what sets it apart from the other possible treatments, each
            with what it is about: a concern (BEST_FOR), another treatment's name
            (COSTS_LESS_THAN, COSTS_MORE_THAN), or "".
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
    distinctions: tuple[tuple[Distinction, str], ...] = ()


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
    labels = tuple(
        (code, text(content.catalogue.concern[code].label))
        for code in concerns
        if code in content.catalogue.concern
    )
    course_from = {
        code: price.min * int(content.catalogue.treatment[code].sessions.min)
        for code, price in content.clinic.prices.items()
    }
    return Comparison(
        concerns=labels,
        shared_date=shared,
        rows=_with_distinctions(tuple(rows), dict(labels), course_from),
    )


def _with_distinctions(
    rows: tuple[TreatmentComparison, ...],
    labels: dict[str, str],
    course_from: dict[str, float],
) -> tuple[TreatmentComparison, ...]:
    """Each possible treatment with what it alone does best among the possible ones.

    Only a lead held by one treatment counts, so two rows never claim the
    same thing; a row that leads in nothing is set against the suggestion
    (fewer sessions, a longer recovery, a lower cost ...).
    """
    possible = [row for row in rows if row.suitability is not Suitability.NOT_SUITABLE]
    if len(possible) < 2:
        return rows
    found: dict[str, list[tuple[Distinction, str]]] = {row.code: [] for row in possible}

    def leader(key: dict[str, float], best: str = "low") -> str | None:
        values = sorted(key.values(), reverse=best == "high")
        if len(values) < 2 or values[0] == values[1]:
            return None
        return next(code for code, value in key.items() if value == values[0])

    for position, (concern, _score) in enumerate(possible[0].fit):
        fits = {row.code: float(row.fit[position][1]) for row in possible}
        code = leader(fits, best="high")
        if code is not None:
            found[code].append((Distinction.BEST_FOR, labels.get(concern, concern)))
    for distinction, key in (
        (Distinction.FEWEST_SESSIONS, {row.code: float(row.sessions[1]) for row in possible}),
        (
            Distinction.QUICKEST_RECOVERY,
            {row.code: float(row.downtime_days[1]) for row in possible},
        ),
        (
            Distinction.LOWEST_COST,
            {row.code: course_from[row.code] for row in possible if row.code in course_from},
        ),
    ):
        code = leader(key)
        if code is not None:
            found[code].append((distinction, ""))
    suggested = next((row for row in possible if row.suggested), None)
    if suggested is not None:
        for row in possible:
            if row is not suggested and not found[row.code]:
                found[row.code] = _against(row, suggested, course_from)
    _tell_alike_apart(possible, found, course_from)
    return tuple(
        replace(row, distinctions=tuple(found[row.code])) if row.code in found else row
        for row in rows
    )


def _tell_alike_apart(
    possible: list[TreatmentComparison],
    found: dict[str, list[tuple[Distinction, str]]],
    course_from: dict[str, float],
) -> None:
    """Two treatments that fit alike and differ alike from the suggestion: say which costs less."""
    groups: dict[object, list[TreatmentComparison]] = {}
    for row in possible:
        if found[row.code]:
            groups.setdefault((tuple(found[row.code]), row.fit), []).append(row)
    for alike in groups.values():
        if len(alike) < 2:
            continue
        alike.sort(key=lambda row: course_from.get(row.code, 0.0))
        for cheaper, dearer in pairwise(alike):
            if course_from.get(cheaper.code, 0.0) < course_from.get(dearer.code, 0.0):
                found[cheaper.code].append((Distinction.COSTS_LESS_THAN, dearer.name))
                found[dearer.code].append((Distinction.COSTS_MORE_THAN, cheaper.name))


def _against(
    row: TreatmentComparison, suggested: TreatmentComparison, course_from: dict[str, float]
) -> list[tuple[Distinction, str]]:
    """How `row` differs from the suggestion in sessions, recovery and cost."""
    differences: list[tuple[Distinction, str]] = []
    pairs = (
        (
            row.sessions[1],
            suggested.sessions[1],
            Distinction.FEWER_SESSIONS,
            Distinction.MORE_SESSIONS,
        ),
        (
            row.downtime_days[1],
            suggested.downtime_days[1],
            Distinction.QUICKER_RECOVERY,
            Distinction.LONGER_RECOVERY,
        ),
        (
            course_from.get(row.code, 0.0),
            course_from.get(suggested.code, 0.0),
            Distinction.COSTS_LESS,
            Distinction.COSTS_MORE,
        ),
    )
    for mine, theirs, less, more in pairs:
        if mine < theirs:
            differences.append((less, ""))
        elif mine > theirs:
            differences.append((more, ""))
    return differences
