"""Screening rules: which answers matter for which treatments, and what follows."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from kiosk.content.questionnaire import LINK_ID, Behavior, Condition, Frozen
from kiosk.content.text import LocalText


class Outcome(StrEnum):
    """What a fired rule means for the treatments it touches."""

    STOP = "stop"  # not suitable: refer, or choose another treatment
    DEFER = "defer"  # not now; from a date, or once something has healed
    REVIEW = "review"  # a practitioner must look before treatment
    PREP = "prep"  # suitable, with something to do beforehand


# The longest wait any rule needs is months (isotretinoin: up to a year);
# ten years is far beyond it, and a longer wait is a typing mistake that
# would push a client's dates past anything a plan can show.
LONGEST_WAIT_YEARS = 10


class Period(Frozen):
    """A length of time in one unit, at most ten years. Months are calendar months."""

    days: int | None = Field(default=None, ge=0, le=LONGEST_WAIT_YEARS * 366)
    weeks: int | None = Field(default=None, ge=0, le=LONGEST_WAIT_YEARS * 53)
    months: int | None = Field(default=None, ge=0, le=LONGEST_WAIT_YEARS * 12)

    @model_validator(mode="after")
    def _one_unit(self) -> Period:
        if sum(value is not None for value in (self.days, self.weeks, self.months)) != 1:
            raise ValueError("give exactly one of days, weeks or months")
        return self

    def __str__(self) -> str:
        for unit in ("months", "weeks", "days"):
            value = getattr(self, unit)
            if value is not None:
                return f"{value} {unit[:-1] if value == 1 else unit}"
        return ""


class Window(Frozen):
    """How long a defer rule lasts.

    Attributes:
        after: the date item it counts from, or `today` for an estimate.
        period: the length, or
        setting: the name of a waiting period in clinic.yaml.
    """

    after: str = Field(pattern=LINK_ID)
    period: Period | None = None
    setting: str | None = None

    @model_validator(mode="after")
    def _one_length(self) -> Window:
        if (self.period is None) == (self.setting is None):
            raise ValueError("give either period or setting")
        return self


class PreparationStep(Frozen):
    """Something the client does before the first session.

    Attributes:
        days_before: how many days before the session (0: on the day).
        text: the instruction.
    """

    # Preparation runs over days or weeks (stop retinoids 3-5 days before);
    # past 90 days a step is a typing mistake.
    days_before: int = Field(ge=0, le=90)
    text: LocalText


class Rule(Frozen):
    """One screening rule.

    Attributes:
        id: the rule's stable name, kept with each consultation.
        title: what staff read as the flag's heading, in a few words.
        when: the conditions on the answers.
        behavior: whether all or any condition must hold.
        treatments: codes, group names or `all`.
        outcome: stop, defer, review or prep.
        window: for date-based defer rules, how long from which date.
        preparation: steps this rule adds to the client's preparation.
        client_text: what the client reads, kindly and plainly.
        staff_text: what the practitioner reads.
        source: the ids, in references.yaml, of what the rule is based on.
    """

    id: str = Field(pattern=LINK_ID)
    title: LocalText
    when: tuple[Condition, ...] = Field(min_length=1)
    behavior: Behavior = Behavior.ALL
    treatments: tuple[str, ...] = Field(min_length=1)
    outcome: Outcome
    window: Window | None = None
    preparation: tuple[PreparationStep, ...] = ()
    client_text: LocalText
    staff_text: LocalText
    source: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _window_only_for_defer(self) -> Rule:
        if self.window is not None and self.outcome is not Outcome.DEFER:
            raise ValueError("only a defer rule has a window")
        return self


class Rules(Frozen):
    """All screening rules, in the order staff see their flags."""

    rules: tuple[Rule, ...] = Field(min_length=1)
