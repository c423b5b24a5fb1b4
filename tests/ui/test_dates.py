"""Dates on screen: in the current language's words, day first, the same for wizard and staff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from ui.dates import brief_date, date_and_time, long_date, numeric_date, short_date

DAY = date(2027, 3, 1)
MOMENT = datetime(2026, 11, 21, 9, 5, 7)


@pytest.fixture
def default_locale() -> Iterator[None]:
    """Put back the default locale a test changes (ui.i18n.use_language sets it)."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_dates_in_english_are_day_first(default_locale: None) -> None:
    # "en" alone is en_US in Qt, whose own short formats put the month first.
    QLocale.setDefault(QLocale("en"))

    assert brief_date(DAY) == "1 Mar 2027"
    assert numeric_date(DAY) == "01/03/2027"
    assert date_and_time(MOMENT) == "21 Nov 2026 09:05"
    assert date_and_time(MOMENT, seconds=True) == "21 Nov 2026 09:05:07"
    assert short_date(DAY) == "1 March 2027"
    assert long_date(date(2026, 11, 28)) == "Saturday 28 November 2026"


def test_dates_follow_the_current_language(default_locale: None) -> None:
    QLocale.setDefault(QLocale("de"))

    assert brief_date(DAY) == "1 März 2027"
    assert date_and_time(MOMENT) == "21 Nov. 2026 09:05"
    assert long_date(date(2026, 11, 28)) == "Samstag 28 November 2026"


def test_a_client_s_language_wins_over_the_current_one(default_locale: None) -> None:
    QLocale.setDefault(QLocale("en"))

    assert long_date(date(2026, 11, 28), "fr") == "samedi 28 novembre 2026"
    assert short_date(DAY, "es") == "1 marzo 2027"
