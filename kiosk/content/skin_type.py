"""The Fitzpatrick skin-type quiz: which items it scores and how scores map to types."""

from __future__ import annotations

from pydantic import Field, model_validator

from kiosk.content.questionnaire import LINK_ID, Condition, Frozen


class Band(Frozen):
    """Quiz totals up to `up_to` (inclusive) give skin type `type`."""

    up_to: int = Field(ge=0)
    type: int = Field(ge=1, le=6)


class DarkestType(Frozen):
    """The type given instead of the top band's when a condition holds (V or VI)."""

    type: int = Field(ge=1, le=6)
    when: Condition


class SkinTypeQuiz(Frozen):
    """A self-assessment of Fitzpatrick skin type.

    Attributes:
        result: the linkId the derived type is stored in.
        items: the scored choice items (each option has a `score`).
        bands: totals to types, in ascending order; the last band has no upper end.
        darkest: the split of the top band, by natural skin colour.
    """

    result: str = Field(pattern=LINK_ID)
    items: tuple[str, ...] = Field(min_length=1)
    bands: tuple[Band, ...] = Field(min_length=1)
    darkest: DarkestType | None = None

    @model_validator(mode="after")
    def _ascending(self) -> SkinTypeQuiz:
        limits = [band.up_to for band in self.bands]
        if limits != sorted(set(limits)):
            raise ValueError("bands must go up, each up_to higher than the last")
        return self
