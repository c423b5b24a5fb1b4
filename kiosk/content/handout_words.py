"""The printed handout's own wording, from handout.yaml (editable and translatable)."""

from __future__ import annotations

import string

from pydantic import Field, ValidationInfo, field_validator

from kiosk.content.questionnaire import Frozen
from kiosk.content.text import LocalText, PluralText

# The phrases filled in per client, and the {placeholders} each may use.
PLACEHOLDERS: dict[str, set[str]] = {
    "prepared_for": {"name", "date"},
    "suggestion": {"treatment"},
    "why": {"reasons"},
    "sessions_line": {"sessions", "weeks", "weeks_apart"},
    "weeks_apart": {"weeks"},
    "days_before": {"days"},
    "cost_line": {"low", "high", "per_low", "per_high"},
    "call_line": {"phone"},
    "reason_from": {"date"},
    "deferred_from": {"date"},
    "page_of": {"page", "pages"},
    "email_subject": {"clinic"},
    "email_body": {"clinic"},
}


class HandoutWords(Frozen):
    """Every fixed phrase on the plan and aftercare pages.

    Phrases with {placeholders} are filled in per client. Those that count
    something (sessions_line, weeks_apart, days_before) have a form per CLDR
    plural category. Dates and money are written by the client's language's
    own rules (Babel); month and weekday names are no longer given here.
    """

    title: LocalText
    prepared_for: LocalText
    your_concerns: LocalText
    suggestion: LocalText
    why: LocalText
    fit_levels: dict[int, LocalText] = Field(min_length=1)
    on_the_day: LocalText
    schedule: LocalText
    # Counts {sessions}; {weeks_apart} is the interval in words.
    sessions_line: PluralText
    # Optional, so content written before it still loads.
    weeks_apart: PluralText = PluralText.model_validate(
        {"one": "{weeks} week apart", "other": "{weeks} weeks apart"}
    )
    one_session_line: LocalText
    session: LocalText
    date: LocalText
    dates_to_confirm: LocalText
    dates_later: LocalText
    getting_ready: LocalText
    on_the_day_itself: LocalText
    days_before: PluralText
    # Optional, so content written before it still loads.
    day_before: LocalText = LocalText.model_validate("The day before")
    cost: LocalText
    cost_line: LocalText
    compare_title: LocalText
    compare_note: LocalText
    talk_title: LocalText
    talk_intro: LocalText
    # Optional, so content written before it still loads.
    reason_from: LocalText = LocalText.model_validate("(from {date})")
    # The paper's headline for a deferral with a date (its reasons then leave it out).
    deferred_from: LocalText = LocalText.model_validate(
        "Not today: your treatment can start from {date}."
    )
    no_plan: LocalText
    aftercare_title: LocalText
    aftercare_intro: LocalText
    timeline: LocalText
    do: LocalText
    avoid: LocalText
    call_us_if: LocalText
    call_line: LocalText
    website: LocalText
    # Optional, so content written before it still loads.
    page_of: LocalText = LocalText.model_validate("Page {page} of {pages}")
    # The email that carries the plan (optional, so content written before loads).
    email_subject: LocalText = LocalText.model_validate("Your plan from {clinic}")
    email_greeting: LocalText = LocalText.model_validate("Hello,")
    email_body: LocalText = LocalText.model_validate(
        "Your plan from {clinic} is attached, with the proposed dates as a calendar file. "
        "We will confirm each appointment with you."
    )
    email_password: LocalText = LocalText.model_validate(
        "The plan opens with your date of birth as DDMMYYYY (such as 14031988)."
    )
    # No longer used (dates follow the language's rules); still accepted so
    # content written before loads.
    date_format: str | dict[str, str] | None = None
    months: tuple[str | dict[str, str], ...] | None = None
    weekdays: tuple[str | dict[str, str], ...] | None = None

    @field_validator(*PLACEHOLDERS, mode="after")
    @classmethod
    def _placeholders_known(
        cls, text: LocalText | PluralText, info: ValidationInfo
    ) -> LocalText | PluralText:
        # A field validator, so a mistake is reported on the phrase's own line.
        allowed = PLACEHOLDERS[info.field_name or ""]
        texts = text.texts() if isinstance(text, PluralText) else tuple(text.values.values())
        for words in texts:
            _check_placeholders(words, allowed)
        return text


def _check_placeholders(words: str, allowed: set[str]) -> None:
    try:
        parts = list(string.Formatter().parse(words))
    except ValueError:
        raise ValueError(
            "a { or } is not closed; write {{ or }} for the character itself"
        ) from None
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in allowed:
            raise ValueError(
                f"unknown {{{field}}}; "
                f"it can use {', '.join('{' + a + '}' for a in sorted(allowed)) or 'none'}"
            )
        if spec or conversion:
            # Formatting codes could ask for a page-wide padding or another
            # representation; the kiosk fills the words in as they are.
            raise ValueError(f"write {{{field}}} without formatting codes (: or !)")
