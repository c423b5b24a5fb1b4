"""The printed handout's own wording, from handout.yaml (editable and translatable)."""

from __future__ import annotations

import string

from pydantic import Field, model_validator

from kiosk.content.questionnaire import Frozen
from kiosk.content.text import LocalText


class HandoutWords(Frozen):
    """Every fixed phrase on the plan and aftercare pages.

    Phrases with {placeholders} are filled in per client.
    """

    title: LocalText
    prepared_for: LocalText
    your_concerns: LocalText
    suggestion: LocalText
    why: LocalText
    fit_levels: dict[int, LocalText] = Field(min_length=1)
    on_the_day: LocalText
    schedule: LocalText
    sessions_line: LocalText
    one_session_line: LocalText
    session: LocalText
    date: LocalText
    dates_to_confirm: LocalText
    dates_later: LocalText
    getting_ready: LocalText
    on_the_day_itself: LocalText
    days_before: LocalText
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
    no_plan: LocalText
    aftercare_title: LocalText
    aftercare_intro: LocalText
    timeline: LocalText
    do: LocalText
    avoid: LocalText
    call_us_if: LocalText
    call_line: LocalText
    website: LocalText
    date_format: LocalText
    months: tuple[LocalText, ...] = Field(min_length=12, max_length=12)
    weekdays: tuple[LocalText, ...] = Field(min_length=7, max_length=7)

    @model_validator(mode="after")
    def _placeholders_known(self) -> HandoutWords:
        for name, allowed in PLACEHOLDERS.items():
            text: LocalText = getattr(self, name)
            for words in text.values.values():
                used = {field for _, field, _, _ in string.Formatter().parse(words) if field}
                unknown = used - allowed
                if unknown:
                    raise ValueError(
                        f"{name}: unknown {{{sorted(unknown)[0]}}}; "
                        f"it can use {', '.join('{' + a + '}' for a in sorted(allowed)) or 'none'}"
                    )
        return self


PLACEHOLDERS: dict[str, set[str]] = {
    "prepared_for": {"name", "date"},
    "suggestion": {"treatment"},
    "why": {"reasons"},
    "sessions_line": {"sessions", "weeks"},
    "days_before": {"days"},
    "cost_line": {"low", "high", "per_low", "per_high"},
    "call_line": {"phone"},
    "reason_from": {"date"},
    "date_format": {"weekday", "day", "month", "year"},
}
