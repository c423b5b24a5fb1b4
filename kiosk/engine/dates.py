"""Calendar arithmetic for waiting periods."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from kiosk.content.rules import Period


def add_period(start: date, period: Period) -> date:
    """`start` plus `period`; calendar months end on the month's last day when
    the day does not exist (31 August + 6 months is 28 February)."""
    return start + relativedelta(
        days=period.days or 0, weeks=period.weeks or 0, months=period.months or 0
    )
