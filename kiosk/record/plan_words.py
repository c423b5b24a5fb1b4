"""The plan in the client's words: everything the screen and the paper tell them, decided once.

The results page, the plan page and the printed handout all render one
PlanInWords, so the screen and the paper cannot disagree. Every date is
already written out in the client's language, from the content's own words.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from kiosk.content.rules import Outcome
from kiosk.engine.screening import Suitability


class Words(BaseModel):
    """A part of the plan in words: immutable."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class PaperWords(Words):
    """The handout's fixed headings and notes (handout.yaml), in the client's language."""

    title: str
    your_concerns: str
    on_the_day: str
    schedule: str
    session: str
    date: str
    dates_to_confirm: str
    dates_later: str
    getting_ready: str
    cost: str
    compare_title: str
    compare_note: str
    talk_title: str
    talk_intro: str
    no_plan: str
    aftercare_title: str
    aftercare_intro: str
    timeline: str
    do: str
    avoid: str
    call_us_if: str
    website: str
    # Records kept before pages were numbered have none: English, as then.
    page_of: str = "Page {page} of {pages}"


class ClinicCard(Words):
    """The clinic as the letterhead shows it (`logo`: a file path, or empty)."""

    name: str
    address: tuple[str, ...]
    phone: str
    email: str = ""
    website: str = ""
    logo: str = ""


class Headline(Words):
    """The outcome in one line's worth of facts: the screen words it with its own phrases.

    Attributes:
        status: suitable, review (a practitioner will discuss), defer (not
            today) or not_suitable.
        treatment: the suggested treatment's name, if any.
        from_date: for a deferral with a date, the first day, in words.
        line: the paper's sentence for a deferral with a date, saying that day
            (its reasons leave it out); empty otherwise.
    """

    status: Suitability
    treatment: str | None
    from_date: str | None
    line: str = ""


class Reason(Words):
    """A flag as the client reads it.

    Attributes:
        rule: the rule behind it (screens name their lines by it).
        outcome: stop, defer, review or prep.
        text: what it means for the client.
        until: the day it lifts, in words; None when it has no date, or when
            the headline already says that day (a deferral's "from ...").
        until_line: the paper's phrase for that day ("(from ...)"), or empty.
    """

    rule: str
    outcome: Outcome
    text: str
    until: str | None = None
    until_line: str = ""


class PreparationStep(Words):
    """A getting-ready step: when ("The day itself", "3 days before", or the date) and what."""

    when: str
    text: str


class CostInWords(Words):
    """The course's cost in the client's money words.

    Attributes:
        low, high: the course's range, like "£540".
        per_low, per_high: one session's range.
        line: the handout's whole cost sentence.
    """

    low: str
    high: str
    per_low: str
    per_high: str
    line: str


class ComparisonBar(Words):
    """One treatment in the comparison chart: its name, fit 0 to 3, and whether it is suggested."""

    name: str
    fit: float
    recommended: bool


class Stage(Words):
    """A stage of the aftercare timeline: when, and what to expect."""

    when: str
    text: str


class AftercareInWords(Words):
    """The aftercare sheet: a title, what to expect when, what to do and avoid, when to call."""

    title: str
    timeline: tuple[Stage, ...]
    do: tuple[str, ...]
    avoid: tuple[str, ...]
    call_us_if: tuple[str, ...]


class Suggestion(Words):
    """The suggested treatment, why, when, and how to get ready.

    Attributes:
        treatment: its name.
        heading: the paper's heading ("Our suggestion: ...").
        summary: what it is, in a line.
        helps_with: the chosen concerns it helps, each with how well (concerns
            it does not help are left out).
        why: the paper's sentence saying so (empty when it helps none).
        on_the_day: what happens at a session.
        sessions, interval_weeks: the course.
        sessions_line: the course in words.
        dates: each session's date, in words (empty until the skin is ready).
        preparation: the steps before the first session.
        cost: the course's cost, when the clinic prices it.
    """

    treatment: str
    heading: str
    summary: str
    helps_with: tuple[str, ...]
    why: str
    on_the_day: str
    sessions: int
    interval_weeks: int
    sessions_line: str
    dates: tuple[str, ...]
    preparation: tuple[PreparationStep, ...]
    cost: CostInWords | None


class PlanInWords(Words):
    """Everything a client is told about their plan, in their language.

    Attributes:
        language: the client's language.
        clinic: the letterhead.
        client_name: as the client typed it (shown literally, never as markup).
        issued_on: the consultation's day.
        prepared_for: the paper's "Prepared for ... on ..." line.
        concerns: the client's concerns, in words.
        headline: the outcome.
        suggestion: the suggested treatment; None when nothing suits today.
        reasons: what a practitioner will talk through, or why not today,
            each with its date.
        getting_ready: the flags that only add preparation, as the client reads them.
        comparison: the chart's bars, best first.
        aftercare: the aftercare sheet, when there is a treatment.
        closing_note: the clinic's closing line (may be empty).
        call_line: the paper's "Call us on ..." line.
        words: the paper's fixed headings.
    """

    language: str
    clinic: ClinicCard
    client_name: str
    issued_on: date
    prepared_for: str
    concerns: tuple[str, ...]
    headline: Headline
    suggestion: Suggestion | None
    reasons: tuple[Reason, ...]
    getting_ready: tuple[Reason, ...]
    comparison: tuple[ComparisonBar, ...]
    aftercare: AftercareInWords | None
    closing_note: str
    call_line: str
    words: PaperWords
