"""The clinic's calendar: the days and hours it opens, and the days it is closed."""

from __future__ import annotations

import re
from datetime import date, time
from enum import StrEnum
from typing import Annotated

from pydantic import BeforeValidator, Field, model_validator

from kiosk.content.questionnaire import Frozen

# A closure longer than this is a typing mistake (a year typed wrongly): a
# plan must always find an open day within reach of the one it wanted.
LONGEST_CLOSURE_DAYS = 92

_HOURS = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


class Weekday(StrEnum):
    """A day of the week, in the order of date.weekday() (Monday is 0)."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @classmethod
    def of(cls, day: date) -> Weekday:
        """The weekday `day` falls on."""
        return tuple(cls)[day.weekday()]


class Hours(Frozen):
    """When the clinic opens on a day: `opens` to `closes`."""

    opens: time
    closes: time

    def __str__(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"


def parse_hours(value: object) -> Hours | None:
    """`closed` (or null) as None, or "09:00-18:00" as Hours; anything else is a mistake."""
    if value is None or value == "closed":
        return None
    if not isinstance(value, str) or not (found := _HOURS.match(value.strip())):
        raise ValueError('write the hours as "09:00-18:00", or closed')
    opens_h, opens_m, closes_h, closes_m = (int(part) for part in found.groups())
    try:
        opens, closes = time(opens_h, opens_m), time(closes_h, closes_m)
    except ValueError:
        raise ValueError(f"{value} is not a time of day") from None
    if opens >= closes:
        raise ValueError(f"the clinic closes ({closes:%H:%M}) before it opens ({opens:%H:%M})")
    return Hours(opens=opens, closes=closes)


def _day_hours(value: object) -> object:
    return value if isinstance(value, Hours) else parse_hours(value)


# Checked one by one, so a mistake is reported on the day's own line.
DayHours = Annotated[Hours | None, BeforeValidator(_day_hours)]


class Closure(Frozen):
    """Days the clinic is closed whatever the weekday (a holiday, a refit).

    Attributes:
        first: the first closed day.
        last: the last closed day (the first, for a single day).
        reason: a note for staff, such as "Christmas Day".
    """

    first: date
    last: date | None = None
    reason: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Closure:
        last = self.last or self.first
        if last < self.first:
            raise ValueError(f"the last day ({last}) is before the first ({self.first})")
        if (last - self.first).days >= LONGEST_CLOSURE_DAYS:
            raise ValueError(f"a closure lasts at most {LONGEST_CLOSURE_DAYS} days")
        return self

    def covers(self, day: date) -> bool:
        """Whether the clinic is closed on `day` for this closure."""
        return self.first <= day <= (self.last or self.first)


class Opening(Frozen):
    """The clinic's week and its closures.

    Attributes:
        hours: each weekday's hours, or None when closed that day; every
            weekday is open all day unless the clinic says otherwise.
        closures: single days or spans when it is closed.
    """

    hours: dict[Weekday, DayHours] = Field(default_factory=dict)
    closures: tuple[Closure, ...] = ()

    @model_validator(mode="after")
    def _whole_week(self) -> Opening:
        if not self.hours:
            return self
        missing = [day.value for day in Weekday if day not in self.hours]
        if missing:
            raise ValueError(
                f"give the hours of every day of the week; missing: {', '.join(missing)}"
            )
        if all(hours is None for hours in self.hours.values()):
            raise ValueError("the clinic must open on at least one day of the week")
        return self

    def open_on(self, day: date) -> bool:
        """Whether a session can be booked on `day`."""
        if self.hours and self.hours.get(Weekday.of(day)) is None:
            return False
        return not any(closure.covers(day) for closure in self.closures)
