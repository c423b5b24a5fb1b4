"""Dates and times in the current language's words, for the wizard and the staff screen alike."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Day first on every screen: the clinic's language is a bare language code
# ("en"), whose Qt locale (en_US) would otherwise put the month first.
LONG = "dddd d MMMM yyyy"
SHORT = "d MMMM yyyy"
BRIEF = "d MMM yyyy"
# What staff type in the search box and see in the date boxes.
NUMERIC = "dd/MM/yyyy"


def long_date(day: date, language: str | None = None) -> str:
    """Like "Saturday 28 November 2026" (in the current language unless one is given)."""
    return _locale(language).toString(_qdate(day), LONG)


def short_date(day: date, language: str | None = None) -> str:
    """Like "28 November 2026"."""
    return _locale(language).toString(_qdate(day), SHORT)


def brief_date(day: date) -> str:
    """Like "28 Nov 2026": a date in a list or a table."""
    return _locale(None).toString(_qdate(day), BRIEF)


def numeric_date(day: date) -> str:
    """Like "28/11/2026": a date of birth, as staff type it."""
    return _locale(None).toString(_qdate(day), NUMERIC)


def date_and_time(moment: datetime, seconds: bool = False) -> str:
    """Like "28 Nov 2026 15:30" (to the second for the audit trail), as stored: no time zones."""
    clock = "HH:mm:ss" if seconds else "HH:mm"
    when = QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))
    return _locale(None).toString(when, f"{BRIEF} {clock}")


def _locale(language: str | None) -> QLocale:
    # QLocale() is the default locale, which ui.i18n.use_language sets.
    return QLocale(language) if language else QLocale()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
