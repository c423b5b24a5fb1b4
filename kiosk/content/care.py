"""Preparation and aftercare sheets, shared by treatments that heal alike."""

from __future__ import annotations

from pydantic import Field, field_validator

from kiosk.content.questionnaire import Frozen
from kiosk.content.rules import PreparationStep
from kiosk.content.text import LocalText

# Characters of a "do" or "avoid" list that fit its half-page column.
LONGEST_COLUMN = 1500


class TimelineStage(Frozen):
    """A stretch of the recovery, such as "the first 48 hours"."""

    label: LocalText
    text: LocalText


class AftercareSheet(Frozen):
    """What a client does after a treatment, useful on its own on the fridge door.

    Attributes:
        title: the sheet's heading.
        timeline: what to expect and do, stage by stage.
        do: good habits.
        avoid: what to stay away from, and for how long.
        call_us_if: warning signs that need the clinic.
    """

    title: LocalText
    timeline: tuple[TimelineStage, ...] = Field(min_length=1, max_length=12)
    do: tuple[LocalText, ...] = Field(min_length=1, max_length=12)
    avoid: tuple[LocalText, ...] = Field(min_length=1, max_length=12)
    call_us_if: tuple[LocalText, ...] = Field(min_length=1, max_length=12)

    @field_validator("do", "avoid", mode="after")
    @classmethod
    def _fits_its_column(cls, lines: tuple[LocalText, ...]) -> tuple[LocalText, ...]:
        # "Do" and "avoid" are printed side by side in one row of the sheet,
        # which cannot continue on another page.
        for language in {key for text in lines for key in text.values}:
            length = sum(len(text.get(language)) for text in lines)
            if length > LONGEST_COLUMN:
                raise ValueError(
                    f"the list is {length} characters long; at most {LONGEST_COLUMN} fit its "
                    "column of the printed sheet"
                )
        return lines


class Care(Frozen):
    """Named preparation lists and aftercare sheets; treatments refer to them by name."""

    preparation: dict[str, tuple[PreparationStep, ...]] = Field(min_length=1)
    aftercare: dict[str, AftercareSheet] = Field(min_length=1)
