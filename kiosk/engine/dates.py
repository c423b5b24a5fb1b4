"""Calendar arithmetic for waiting periods and schedules, within the calendar's last day."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from kiosk.content.rules import Period


def add_period(start: date, period: Period) -> date | None:
    """`start` plus `period`, or None when that is after 31 December 9999.

    Calendar months end on the month's last day when the day does not exist
    (31 August + 6 months is 28 February).
    """
    try:
        return start + relativedelta(
            days=period.days or 0, weeks=period.weeks or 0, months=period.months or 0
        )
    except (OverflowError, ValueError):
        # Past the last day a date can hold: the caller says it cannot be worked out.
        return None


def days_after(start: date, days: int) -> date | None:
    """`start` plus `days` (negative: before), or None outside 0001-01-01 to 9999-12-31."""
    try:
        return start + timedelta(days=days)
    except OverflowError:
        return None
