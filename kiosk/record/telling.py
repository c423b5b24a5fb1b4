"""Works out what a client is told about their plan: one PlanInWords for screen and paper."""

from __future__ import annotations

from kiosk.content.model import CONCERNS_ITEM, FIRST_NAME_ITEM, LAST_NAME_ITEM, Content
from kiosk.content.rules import Outcome
from kiosk.content.text import LocalText
from kiosk.engine.assessment import Assessment
from kiosk.engine.plan import Plan
from kiosk.engine.screening import Flag, Suitability
from kiosk.record.phrasebook import Phrasebook, listing
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
from kiosk.record.specific_words import in_their_terms


def plan_in_words(
    content: Content, assessment: Assessment, language: str | None = None
) -> PlanInWords:
    """What the client is told about `assessment`, in `language` (the content's by default)."""

    def text(value: LocalText) -> str:
        return content.text(value, language)

    words = content.handout
    book = Phrasebook.of(content, language)
    plan = assessment.plan
    answers = assessment.answers
    clinic = content.clinic.clinic
    first, last = answers.get(FIRST_NAME_ITEM), answers.get(LAST_NAME_ITEM)
    client_name = " ".join(part for part in (first, last) if isinstance(part, str))
    chosen = answers.get(CONCERNS_ITEM)
    concerns = tuple(
        text(content.catalogue.concern[str(code)].label)
        for code in (chosen if isinstance(chosen, tuple) else ())
    )
    # The flags that matter for the suggestion (all of them when there is none).
    relevant = [
        flag
        for flag in assessment.screening.flags
        if plan.treatment is None or plan.treatment in flag.treatments
    ]

    from_date = None if plan.earliest_date is None else book.long_date(plan.earliest_date)
    # The headline of a deferral says its date: a reason ending that day
    # does not say it again, on the screen or on paper.
    said = from_date if assessment.status is Suitability.DEFER else None

    def reason(flag: Flag) -> Reason:
        until = None if flag.until is None else book.long_date(flag.until)
        if until == said:
            until = None
        return Reason(
            rule=flag.rule,
            outcome=flag.outcome,
            text=in_their_terms(content, flag.client_text, answers, language),
            until=until,
            until_line="" if until is None else text(words.reason_from).format(date=until),
        )

    treatment_name = (
        None if plan.treatment is None else text(content.catalogue.treatment[plan.treatment].name)
    )
    return PlanInWords(
        language=language or content.clinic.language,
        clinic=ClinicCard(
            name=clinic.name,
            address=tuple(clinic.address),
            phone=clinic.phone,
            email=clinic.email or "",
            website=str(clinic.website) if clinic.website else "",
            logo=str(content.directory / clinic.logo) if clinic.logo else "",
        ),
        client_name=client_name,
        issued_on=assessment.today,
        prepared_for=text(words.prepared_for).format(
            name=client_name, date=book.long_date(assessment.today)
        ),
        concerns=concerns,
        headline=Headline(
            status=assessment.status,
            treatment=treatment_name,
            from_date=from_date,
            line="" if said is None else text(words.deferred_from).format(date=said),
        ),
        suggestion=_suggestion(content, plan, book, language),
        reasons=tuple(reason(flag) for flag in relevant if flag.outcome is not Outcome.PREP),
        getting_ready=tuple(reason(flag) for flag in relevant if flag.outcome is Outcome.PREP),
        comparison=tuple(
            ComparisonBar(
                name=text(content.catalogue.treatment[ranked.code].name),
                fit=round(ranked.average_fit, 2),
                recommended=ranked.code == plan.treatment,
            )
            for ranked in plan.ranking
            if ranked.offered and plan.treatment is not None
        ),
        aftercare=None
        if plan.aftercare is None or plan.treatment is None
        else AftercareInWords(
            title=text(plan.aftercare[1].title),
            timeline=tuple(
                Stage(when=text(stage.label), text=text(stage.text))
                for stage in plan.aftercare[1].timeline
            ),
            do=tuple(text(line) for line in plan.aftercare[1].do),
            avoid=tuple(text(line) for line in plan.aftercare[1].avoid),
            call_us_if=tuple(text(line) for line in plan.aftercare[1].call_us_if),
        ),
        closing_note=text(content.clinic.closing_note) if content.clinic.closing_note else "",
        call_line=text(words.call_line).format(phone=clinic.phone),
        words=PaperWords(**{name: text(getattr(words, name)) for name in PaperWords.model_fields}),
    )


def _suggestion(
    content: Content, plan: Plan, book: Phrasebook, language: str | None
) -> Suggestion | None:
    if plan.treatment is None:
        return None

    def text(value: LocalText) -> str:
        return content.text(value, language)

    words = content.handout
    treatment = content.catalogue.treatment[plan.treatment]
    ranked = next(r for r in plan.ranking if r.code == plan.treatment)
    levels = {level: text(value) for level, value in words.fit_levels.items()}
    # One rule for the screen and the paper: only the concerns it helps are
    # listed as reasons for it.
    helps_with = tuple(
        f"{text(content.catalogue.concern[code].label)} ({levels.get(score, '')})"
        for code, score in ranked.fit.items()
        if score > 0
    )
    cost = None
    if plan.cost is not None:
        code, symbol = content.clinic.currency.code, plan.cost.symbol
        low, high = (book.money(amount, code, symbol) for amount in plan.cost.course)
        per_low, per_high = (book.money(amount, code, symbol) for amount in plan.cost.per_session)
        cost = CostInWords(
            low=low,
            high=high,
            per_low=per_low,
            per_high=per_high,
            line=text(words.cost_line).format(
                low=low, high=high, per_low=per_low, per_high=per_high
            ),
        )
    return Suggestion(
        treatment=text(treatment.name),
        heading=text(words.suggestion).format(treatment=text(treatment.name)),
        summary=text(treatment.summary),
        helps_with=helps_with,
        why=(
            text(words.why).format(reasons=listing(helps_with, book.language)) if helps_with else ""
        ),
        on_the_day=text(treatment.on_the_day),
        sessions=plan.sessions,
        interval_weeks=plan.interval_weeks,
        sessions_line=text(words.one_session_line)
        if plan.sessions == 1
        else sessions_line(content, plan.sessions, plan.interval_weeks, book),
        dates=tuple(book.long_date(day) for day in plan.dates),
        preparation=tuple(
            PreparationStep(
                when=preparation_when(
                    step.days_before,
                    None if step.on is None else book.long_date(step.on),
                    text(words.on_the_day_itself),
                    text(words.day_before),
                    content.plural(words.days_before, step.days_before, book.language).format(
                        days=book.number(step.days_before)
                    ),
                ),
                text=text(step.text),
            )
            for step in plan.preparation
        ),
        cost=cost,
    )


def sessions_line(content: Content, sessions: int, weeks: int, book: Phrasebook) -> str:
    """The course in words, each number in its plural form: "3 sessions, 4 weeks apart"."""
    words = content.handout
    language = book.language
    apart = content.plural(words.weeks_apart, weeks, language).format(weeks=book.number(weeks))
    return content.plural(words.sessions_line, sessions, language).format(
        sessions=book.number(sessions), weeks=book.number(weeks), weeks_apart=apart
    )


def preparation_when(
    days_before: int, on: str | None, on_the_day: str, day_before: str, days_words: str
) -> str:
    """When a step is due: the day itself, its date when known, else so many days before.

    `days_words` is already worded for the number (its plural form, filled in).
    """
    if days_before == 0:
        return on_the_day
    if on is not None:
        return on
    return day_before if days_before == 1 else days_words
