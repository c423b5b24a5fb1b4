"""Preparation and aftercare sheets, shared by treatments that heal alike."""

from __future__ import annotations

from pydantic import Field

from kiosk.content.questionnaire import Frozen
from kiosk.content.rules import PreparationStep
from kiosk.content.text import LocalText


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
    timeline: tuple[TimelineStage, ...] = Field(min_length=1)
    do: tuple[LocalText, ...] = Field(min_length=1)
    avoid: tuple[LocalText, ...] = Field(min_length=1)
    call_us_if: tuple[LocalText, ...] = Field(min_length=1)


class Care(Frozen):
    """Named preparation lists and aftercare sheets; treatments refer to them by name."""

    preparation: dict[str, tuple[PreparationStep, ...]] = Field(min_length=1)
    aftercare: dict[str, AftercareSheet] = Field(min_length=1)
