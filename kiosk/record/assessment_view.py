"""What the kiosk concluded, as staff and the `screen` command read it: flags, standings, plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pydantic import BaseModel, ConfigDict

from kiosk.content.model import Content
from kiosk.content.references import Reference
from kiosk.content.rules import Outcome
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment
from kiosk.engine.plan import Plan
from kiosk.engine.screening import Flag, Suitability
from kiosk.record.asked import JsonAnswer, json_answer
from kiosk.record.specific_words import in_their_terms

# A content text in the record's language.
TextOf = Callable[[LocalText], str]


class Frozen(BaseModel):
    """A record part: immutable, and refusing fields it does not know."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class FlagView(Frozen):
    """A rule that fired, with the answers that raised it and its texts in the client's language.

    Attributes:
        rule, outcome, treatments: the rule, what it means, the treatments it touches.
        title: the rule's title as staff read it ("" in records kept before rules had one).
        until: for a dated deferral, the first day treatment is possible.
        answers: the answers that raised it, by linkId.
        client_text, staff_text: what the client read, what staff read.
        source: the references in one line of words (how records kept before the
            reference list named them).
        references: what the rule is based on, as the reference list gave them.
    """

    rule: str
    title: str = ""
    outcome: Outcome
    treatments: tuple[str, ...]
    until: date | None
    answers: dict[str, JsonAnswer]
    client_text: str
    staff_text: str
    source: str
    references: tuple[Reference, ...] = ()


class StandingView(Frozen):
    """One treatment's standing for the client, with the reasons (client_text of its flags)."""

    code: str
    suitability: Suitability
    reasons: tuple[str, ...]
    not_before: date | None
    awaiting_healing: bool


class RankedView(Frozen):
    """How one treatment scored: fit per concern (0-3), score, standing, whether it was offered."""

    code: str
    fit: dict[str, int]
    score: float
    suitability: Suitability
    offered: bool


class PreparationView(Frozen):
    """A preparation step: days before the first session, its date when known, the instruction."""

    days_before: int
    date: date | None
    text: str


class StageView(Frozen):
    """A stage of the aftercare timeline."""

    when: str
    text: str


class AftercareView(Frozen):
    """The aftercare sheet chosen for the treatment (`sheet` is its code)."""

    sheet: str
    title: str
    timeline: tuple[StageView, ...]
    do: tuple[str, ...]
    avoid: tuple[str, ...]
    call_us_if: tuple[str, ...]


class CostView(Frozen):
    """The course's price range (`min`, `max`) and one session's, in `currency`."""

    currency: str
    per_session: tuple[float, float]
    min: float
    max: float


class PlanView(Frozen):
    """The plan: the treatment, the ranking, the sessions and their dates, preparation, cost."""

    treatment: str | None
    alternatives: tuple[str, ...]
    ranking: tuple[RankedView, ...]
    sessions: int
    interval_weeks: int
    dates: tuple[date, ...]
    depth_mm: tuple[float, float] | None
    preparation: tuple[PreparationView, ...]
    aftercare: AftercareView | None
    cost: CostView | None


class AssessmentView(Frozen):
    """An assessment as it is kept and shown to staff.

    Its JSON is the `screen` command's output, whose shape the README documents.

    Attributes:
        status: the recommended treatment's standing (not_suitable when none).
        earliest_date: the first day the plan can start, when known.
        flags: the rules that fired, most relevant first as the engine ordered them.
        treatments: each treatment's standing.
        plan: the ranked, scheduled, priced plan.
        today, content_version: the day and the content it was worked out for.
    """

    status: Suitability
    earliest_date: date | None
    flags: tuple[FlagView, ...]
    treatments: tuple[StandingView, ...]
    plan: PlanView
    today: date
    content_version: str


def assessment_view(
    content: Content, assessment: Assessment, language: str | None = None
) -> AssessmentView:
    """The assessment as kept, texts in `language` (the content's by default)."""

    def text(value: LocalText) -> str:
        return content.text(value, language)

    def told(value: LocalText) -> str:
        return in_their_terms(content, value, assessment.answers, language)

    return AssessmentView(
        status=assessment.status,
        earliest_date=assessment.plan.earliest_date,
        flags=tuple(_flag(flag, text, told) for flag in assessment.screening.flags),
        treatments=tuple(
            StandingView(
                code=standing.code,
                suitability=standing.suitability,
                reasons=tuple(told(reason) for reason in standing.reasons),
                not_before=standing.not_before,
                awaiting_healing=standing.awaiting_healing,
            )
            for standing in assessment.screening.treatments.values()
        ),
        plan=_plan(assessment.plan, text),
        today=assessment.today,
        content_version=assessment.content_version,
    )


def _flag(flag: Flag, text: TextOf, told: TextOf) -> FlagView:
    return FlagView(
        rule=flag.rule,
        title=text(flag.title),
        outcome=flag.outcome,
        treatments=flag.treatments,
        until=flag.until,
        answers={link_id: json_answer(value) for link_id, value in flag.answers.items()},
        client_text=told(flag.client_text),
        staff_text=text(flag.staff_text),
        source="; ".join(reference.citation() for reference in flag.references),
        references=flag.references,
    )


def _plan(plan: Plan, text: TextOf) -> PlanView:
    aftercare = None
    if plan.aftercare is not None:
        code, sheet = plan.aftercare
        aftercare = AftercareView(
            sheet=code,
            title=text(sheet.title),
            timeline=tuple(
                StageView(when=text(stage.label), text=text(stage.text)) for stage in sheet.timeline
            ),
            do=tuple(text(line) for line in sheet.do),
            avoid=tuple(text(line) for line in sheet.avoid),
            call_us_if=tuple(text(line) for line in sheet.call_us_if),
        )
    return PlanView(
        treatment=plan.treatment,
        alternatives=plan.alternatives,
        ranking=tuple(
            RankedView(
                code=ranked.code,
                fit=dict(ranked.fit),
                score=round(ranked.score, 2),
                suitability=ranked.suitability,
                offered=ranked.offered,
            )
            for ranked in plan.ranking
        ),
        sessions=plan.sessions,
        interval_weeks=plan.interval_weeks,
        dates=plan.dates,
        depth_mm=plan.depth_mm or None,
        preparation=tuple(
            PreparationView(days_before=step.days_before, date=step.on, text=text(step.text))
            for step in plan.preparation
        ),
        aftercare=aftercare,
        cost=None
        if plan.cost is None
        else CostView(
            currency=plan.cost.currency,
            per_session=plan.cost.per_session,
            min=plan.cost.course[0],
            max=plan.cost.course[1],
        ),
    )
