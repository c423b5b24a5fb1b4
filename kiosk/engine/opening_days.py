"""Moving a wanted day to the clinic's next open day."""

from __future__ import annotations

from datetime import date

from kiosk.content.opening import LONGEST_CLOSURE_DAYS, Opening
from kiosk.engine.dates import days_after

# Closures may touch end to end and sit on closed weekdays; a week for every
# closure and one more bounds the search whatever the calendar says.
_WEEK = 7


def next_open_day(opening: Opening, wanted: date) -> date | None:
    """The first day on or after `wanted` that the clinic is open, or None when
    there is none before 31 December 9999."""
    reach = (LONGEST_CLOSURE_DAYS + _WEEK) * (len(opening.closures) + 1)
    day: date | None = wanted
    for _ in range(reach):
        if day is None:
            return None
        if opening.open_on(day):
            return day
        day = days_after(day, 1)
    return None  # pragma: no cover - validation keeps an open day within reach
