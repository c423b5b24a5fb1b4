"""Dates and money in the client's words, from the content's own month and weekday names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.content.model import Content


@dataclass(frozen=True)
class Phrasebook:
    """How dates are written for one client: the screen and the paper use the same one.

    Attributes:
        months: January to December.
        weekdays: Monday to Sunday.
        date_format: like "{weekday} {day} {month} {year}".
    """

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    date_format: str

    @classmethod
    def of(cls, content: Content, language: str | None = None) -> Phrasebook:
        """The content's date words (handout.yaml) in `language`."""
        words = content.handout
        return cls(
            months=tuple(content.text(month, language) for month in words.months),
            weekdays=tuple(content.text(day, language) for day in words.weekdays),
            date_format=content.text(words.date_format, language),
        )

    def long_date(self, day: date) -> str:
        """Like "Saturday 28 November 2026"."""
        return self.date_format.format(
            weekday=self.weekdays[day.weekday()],
            day=day.day,
            month=self.months[day.month - 1],
            year=day.year,
        )


def money(amount: float, symbol: str) -> str:
    """Like "£540" (pence only when there are any)."""
    return f"{symbol}{amount:,.0f}" if float(amount).is_integer() else f"{symbol}{amount:,.2f}"
