"""What clients come for (concerns) and what the clinic offers (treatments)."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator, model_validator

from kiosk.content.questionnaire import CODE, Frozen
from kiosk.content.text import LocalText


class Range(Frozen):
    """A span of numbers, with the value a plan uses when it needs one."""

    min: float = Field(ge=0, allow_inf_nan=False)
    max: float = Field(ge=0, allow_inf_nan=False)
    typical: float | None = Field(default=None, allow_inf_nan=False)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is more than max ({self.max:g})")
        if self.typical is not None and not self.min <= self.typical <= self.max:
            raise ValueError(f"typical ({self.typical:g}) is outside {self.min:g}-{self.max:g}")
        return self

    @property
    def planned(self) -> float:
        """The value a plan uses: the typical one, else the lower end."""
        return self.min if self.typical is None else self.typical


# Limits on a treatment's numbers, far beyond any real course (3-6 sessions
# 2-6 weeks apart; ablative laser's month of recovery), that catch typing
# mistakes before a plan schedules them.
MOST_SESSIONS = 20
LONGEST_INTERVAL_WEEKS = 52
LONGEST_DOWNTIME_DAYS = 90
# Professional microneedling reaches 2.5 mm and RF microneedling about 3.5 mm
# (clinical reference); a deeper figure is a typing mistake.
DEEPEST_NEEDLE_MM = 4.0


def _needle_depth(depth: Range) -> Range:
    if depth.max > DEEPEST_NEEDLE_MM:
        raise ValueError(f"a needle depth is at most {DEEPEST_NEEDLE_MM:g} mm")
    return depth


NeedleDepth = Annotated[Range, AfterValidator(_needle_depth)]


class Concern(Frozen):
    """Something about their skin a client wants to improve.

    Attributes:
        code: the stored value of the `concerns` answer.
        label: the tile's caption.
        description: one plain sentence under it.
        icon: an icon name from resources/icons.
        needle_depth_mm: the usual needle depth for this concern.
    """

    code: str = Field(pattern=CODE)
    label: LocalText
    description: LocalText
    icon: str | None = None
    needle_depth_mm: NeedleDepth | None = None


def _fit_score(score: int) -> int:
    if not 0 <= score <= 3:
        raise ValueError("fit scores must be 0 to 3")
    return score


# Checked one by one, so a mistake is reported on the score's own line.
FitScore = Annotated[int, AfterValidator(_fit_score)]


class Treatment(Frozen):
    """A treatment the clinic offers, with what a client needs to compare it.

    Attributes:
        code: the treatment's stable name.
        name: what clients call it.
        summary: one line for a tile.
        how_it_works, best_for, downtime, course, skin_tones, risks, on_the_day:
            the comparison, in plain words.
        downtime_days: how long the visible recovery usually takes.
        sessions: how many sessions a course has.
        interval_weeks: the weeks between sessions.
        needle_depth_mm: the depth range, for needling treatments.
        fit: how well it serves each concern, 0 (not at all) to 3 (very well).
        preparation, aftercare: the names of sheets in care.yaml.
        icon: an icon name from resources/icons.
    """

    code: str = Field(pattern=CODE)
    name: LocalText
    summary: LocalText
    how_it_works: LocalText
    best_for: LocalText
    downtime: LocalText
    course: LocalText
    skin_tones: LocalText
    risks: LocalText
    on_the_day: LocalText
    downtime_days: Range
    sessions: Range
    interval_weeks: Range
    needle_depth_mm: NeedleDepth | None = None
    fit: dict[str, FitScore]
    preparation: str
    aftercare: str
    icon: str | None = None

    @field_validator("sessions", mode="after")
    @classmethod
    def _sessions(cls, sessions: Range) -> Range:
        if sessions.min < 1:
            raise ValueError("a course has at least one session")
        if sessions.max > MOST_SESSIONS:
            raise ValueError(f"a course has at most {MOST_SESSIONS} sessions")
        return sessions

    @field_validator("interval_weeks", mode="after")
    @classmethod
    def _interval(cls, weeks: Range) -> Range:
        if weeks.max > LONGEST_INTERVAL_WEEKS:
            raise ValueError(f"sessions are at most {LONGEST_INTERVAL_WEEKS} weeks apart")
        return weeks

    @field_validator("downtime_days", mode="after")
    @classmethod
    def _downtime(cls, days: Range) -> Range:
        if days.max > LONGEST_DOWNTIME_DAYS:
            raise ValueError(f"the downtime is at most {LONGEST_DOWNTIME_DAYS} days")
        return days


class Catalogue(Frozen):
    """The clinic's concerns and treatments.

    Attributes:
        concerns: in the order the tiles appear.
        treatments: in the clinic's order of preference when fit is equal.
        groups: names for sets of treatments that rules can use (`needling`).
    """

    concerns: tuple[Concern, ...] = Field(min_length=1)
    treatments: tuple[Treatment, ...] = Field(min_length=1)
    groups: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @cached_property
    def concern(self) -> dict[str, Concern]:
        """Concerns by code."""
        return {concern.code: concern for concern in self.concerns}

    @cached_property
    def treatment(self) -> dict[str, Treatment]:
        """Treatments by code."""
        return {treatment.code: treatment for treatment in self.treatments}

    def expand(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """Treatment codes for a list of codes, group names and `all`."""
        codes: list[str] = []
        for name in names:
            if name == "all":
                found: tuple[str, ...] = tuple(self.treatment)
            else:
                found = self.groups.get(name, (name,))
            codes.extend(code for code in found if code not in codes)
        return tuple(code for code in self.treatment if code in codes)
