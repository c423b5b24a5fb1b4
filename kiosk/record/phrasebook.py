"""Dates, numbers and money in the client's language, by its own rules (Babel's CLDR data)."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal, get_currency_symbol, parse_pattern

from kiosk.content.model import Content

# The kiosk has always written British dates without a comma after the
# weekday ("Saturday 28 November 2026"); CLDR's full form adds one.
DATE_PATTERNS = {"en_GB": "EEEE d MMMM y"}


@lru_cache(maxsize=32)
def babel_locale(language: str, region: str | None = None) -> Locale:
    """The locale for `language` as spoken in `region` (en_GB) when Babel knows it, else the
    language alone (es), else English."""
    for identifier in (f"{language}_{region}" if region else None, language):
        if identifier is None:
            continue
        try:
            return Locale.parse(identifier)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en")


@dataclass(frozen=True)
class Phrasebook:
    """How dates, numbers and money are written for one client: screen, paper and email alike.

    Attributes:
        locale: the Babel locale, such as `en_GB`, `es` or `pl`.
    """

    locale: Locale

    @classmethod
    def of(cls, content: Content, language: str | None = None) -> Phrasebook:
        """The phrasebook for `language` (the clinic's by default) in the clinic's region."""
        return cls(babel_locale(language or content.clinic.language, content.clinic.region))

    @property
    def language(self) -> str:
        """The language's code, such as `pl`."""
        return str(self.locale.language)

    def long_date(self, day: date) -> str:
        """Like "Saturday 28 November 2026", "sábado, 28 de noviembre de 2026"."""
        pattern = DATE_PATTERNS.get(str(self.locale), "full")
        return str(format_date(day, pattern, locale=self.locale))

    def number(self, value: float) -> str:
        """A number as the language writes it ("1,540", "1 540")."""
        return str(format_decimal(value, locale=self.locale))

    def money(self, amount: float, code: str, symbol: str) -> str:
        """Like "£540", "540 £" (pence only when there are any), with the clinic's own symbol."""
        # A copy: Babel keeps one parsed pattern for everyone.
        pattern = copy.copy(parse_pattern(self.locale.currency_formats["standard"]))
        if float(amount).is_integer():
            pattern.frac_prec = (0, 0)
        text = str(pattern.apply(amount, self.locale, currency=code, currency_digits=False))
        # The locale may name a foreign currency by its code ("GBP"); the
        # clinic's own symbol is what its price list and its clients use.
        return text.replace(get_currency_symbol(code, self.locale), symbol)


def listing(items: Sequence[str], language: str) -> str:
    """`items` one after another, as `language` separates them ("a, b", "أ وب")."""
    middle = babel_locale(language).list_patterns["standard"]["middle"]  # "{0}, {1}"
    separator = middle[middle.index("{0}") + 3 : middle.index("{1}")]
    return str(separator).join(items)


def money(amount: float, symbol: str) -> str:
    """Like "£540" (pence only when there are any): the first snapshot format's way."""
    return f"{symbol}{amount:,.0f}" if float(amount).is_integer() else f"{symbol}{amount:,.2f}"
