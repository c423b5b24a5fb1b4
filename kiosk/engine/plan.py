"""The treatment plan: treatments ranked for the client's concerns, scheduled and priced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from kiosk.content.care import AftercareSheet
from kiosk.content.catalogue import Range, Treatment
from kiosk.content.model import CONCERNS_ITEM, Content
from kiosk.content.opening import Opening
from kiosk.content.rules import PreparationStep
from kiosk.content.text import LocalText
from kiosk.engine.answers import Answers
from kiosk.engine.dates import days_after
from kiosk.engine.opening_days import next_open_day
from kiosk.engine.screening import ScreeningResult, Suitability, TreatmentStanding


@dataclass(frozen=True)
class Ranked:
    """How one treatment scores for this client.

    Attributes:
        code: the treatment.
        fit: the treatment's fit (0-3) for each of the client's concerns.
        average_fit: the mean of those.
        score: the average fit, less the review penalty when a caution (a
            review flag) touches it, whatever else touches it too.
        suitability: its standing after screening.
        cautioned: whether a review flag touches it.
        offered: whether it is suitable enough, and helps enough, to propose.
    """

    code: str
    fit: MappingProxyType[str, int]
    average_fit: float
    score: float
    suitability: Suitability
    offered: bool
    cautioned: bool = False


@dataclass(frozen=True)
class PlannedStep:
    """A preparation step with its day.

    Attributes:
        days_before: days before the first session (0: on the day).
        on: the date, when the first session has one.
        text: the instruction.
    """

    days_before: int
    on: date | None
    text: LocalText


@dataclass(frozen=True)
class Cost:
    """The cost of the planned course in the clinic's currency.

    Attributes:
        currency: the ISO code, such as GBP.
        symbol: how prices are written, such as £.
        per_session: the clinic's price range for one session.
        course: the range for the planned number of sessions.
    """

    currency: str
    symbol: str
    per_session: tuple[float, float]
    course: tuple[float, float]


@dataclass(frozen=True)
class Plan:
    """The personalised plan.

    Attributes:
        treatment: the recommended treatment's code, or None when nothing suits.
        alternatives: the other offered treatments, best first.
        ranking: every treatment's score, best first (for comparisons).
        sessions: the number of sessions in the course.
        interval_weeks: the weeks between sessions (0 for a single session).
        earliest_date: the first day treatment is safe; None while waiting
            for something with no date (such as healing, or a wait that ends
            past the calendar's last day).
        dates: proposed session dates, the first on or after the earliest date;
            none when they cannot be worked out (they are then agreed with staff).
        depth_mm: the needle depth range, for needling treatments.
        preparation: steps before the first session, earliest first.
        aftercare: the name of the aftercare sheet, and the sheet.
        cost: the course's cost range.
    """

    treatment: str | None
    alternatives: tuple[str, ...]
    ranking: tuple[Ranked, ...]
    sessions: int
    interval_weeks: int
    earliest_date: date | None
    dates: tuple[date, ...]
    depth_mm: tuple[float, float] | None
    preparation: tuple[PlannedStep, ...]
    aftercare: tuple[str, AftercareSheet] | None
    cost: Cost | None


def build_plan(content: Content, answers: Answers, screening: ScreeningResult, today: date) -> Plan:
    """Rank, choose, schedule and price a course for this client."""
    concerns = _concerns(answers)
    ranking = rank(content, concerns, screening)
    offered = [ranked.code for ranked in ranking if ranked.offered]
    if not offered:
        return Plan(None, (), ranking, 0, 0, None, (), None, (), None, None)
    code = offered[0]
    treatment = content.catalogue.treatment[code]
    standing = screening.treatments[code]
    sessions = round(treatment.sessions.planned)
    # A single session has no interval, so nothing can describe one.
    interval = round(treatment.interval_weeks.planned) if sessions > 1 else 0
    steps = _preparation_steps(content, treatment, standing)
    earliest = None if standing.awaiting_healing else max(standing.not_before or today, today)
    dates: tuple[date, ...] = ()
    if earliest is not None:
        lead = max([content.clinic.first_session_after_days, *(s.days_before for s in steps)])
        dates = _schedule(
            content.clinic.opening, earliest, days_after(today, lead), sessions, interval
        )
    first_day = dates[0] if dates else None
    preparation = tuple(
        PlannedStep(
            step.days_before,
            None if first_day is None else days_after(first_day, -step.days_before),
            step.text,
        )
        for step in steps
    )
    price = content.clinic.prices[code]
    currency = content.clinic.currency
    return Plan(
        treatment=code,
        alternatives=tuple(offered[1:]),
        ranking=ranking,
        sessions=sessions,
        interval_weeks=interval,
        earliest_date=earliest,
        dates=dates,
        depth_mm=_depth(content, treatment, concerns),
        preparation=preparation,
        aftercare=(treatment.aftercare, content.care.aftercare[treatment.aftercare]),
        cost=Cost(
            currency=currency.code,
            symbol=currency.symbol,
            per_session=(price.min, price.max),
            course=(price.min * sessions, price.max * sessions),
        ),
    )


def rank(
    content: Content, concerns: tuple[str, ...], screening: ScreeningResult
) -> tuple[Ranked, ...]:
    """Every treatment scored for `concerns`, best first.

    The score is the treatment's average fit for the client's concerns, less
    the clinic's review penalty when a caution says a practitioner must
    review it first; the caution counts even when the treatment is also
    deferred, so a wait that applies to every treatment never lifts it. A
    treatment is offered when it is not ruled out and its fit reaches the
    clinic's minimum.

    So a cautioned treatment comes first only when it fits better, by more
    than the review penalty, than every offered treatment without a caution
    ("nearly as well" is within the penalty). Equal scores put the
    treatment without a caution first, then keep the catalogue's order.
    """
    settings = content.clinic.ranking
    ranked = []
    for treatment in content.catalogue.treatments:
        standing = screening.treatments[treatment.code]
        fit = {concern: treatment.fit.get(concern, 0) for concern in concerns}
        average = sum(fit.values()) / len(fit) if fit else 0.0
        cautioned = bool(standing.cautions)
        penalty = settings.review_penalty if cautioned else 0.0
        ranked.append(
            Ranked(
                code=treatment.code,
                fit=MappingProxyType(fit),
                average_fit=average,
                score=average - penalty,
                suitability=standing.suitability,
                offered=bool(fit)
                and standing.suitability is not Suitability.NOT_SUITABLE
                and average >= settings.minimum_fit,
                cautioned=cautioned,
            )
        )
    # Rounded, so scores equal on paper (7/3 - 1 and 4/3) are equal here too.
    return tuple(sorted(ranked, key=lambda r: (not r.offered, -round(r.score, 9), r.cautioned)))


def _schedule(
    opening: Opening, earliest: date, after_lead: date | None, sessions: int, interval_weeks: int
) -> tuple[date, ...]:
    """The session dates, each on a day the clinic is open, or none when the course
    would end after 31 December 9999 (the plan then leaves the dates to be agreed,
    as it does while waiting).

    A session that would fall on a closed day moves to the next open day, and
    the next session counts its interval from the day actually proposed: the
    spacing never shrinks below the treatment's interval (the skin needs it to
    heal) and grows only by the days the clinic is closed.
    """
    if after_lead is None:
        return ()
    wanted: date | None = max(earliest, after_lead)
    dates: list[date] = []
    for _ in range(sessions):
        day = None if wanted is None else next_open_day(opening, wanted)
        if day is None:
            return ()
        dates.append(day)
        wanted = days_after(day, 7 * interval_weeks)
    return tuple(dates)


def _concerns(answers: Answers) -> tuple[str, ...]:
    chosen = answers.get(CONCERNS_ITEM)
    return tuple(str(code) for code in chosen) if isinstance(chosen, tuple) else ()


def _preparation_steps(
    content: Content, treatment: Treatment, standing: TreatmentStanding
) -> list[PreparationStep]:
    steps = list(content.care.preparation[treatment.preparation])
    for flag in standing.flags:
        steps.extend(step for step in flag.preparation if step not in steps)
    return sorted(steps, key=lambda step: -step.days_before)


def _depth(
    content: Content, treatment: Treatment, concerns: tuple[str, ...]
) -> tuple[float, float] | None:
    """The needle depth for the client's concerns, always within the treatment's own range
    (a concern's usual depth beyond it is clamped to the treatment's limit)."""
    limits = treatment.needle_depth_mm
    if limits is None:
        return None
    ranges: list[Range] = [
        depth
        for code in concerns
        if (depth := content.catalogue.concern[code].needle_depth_mm) is not None
    ]
    if not ranges:
        return (limits.min, limits.max)
    low = min(max(limits.min, min(r.min for r in ranges)), limits.max)
    high = max(min(limits.max, max(r.max for r in ranges)), low)
    return (low, high)
