"""The languages a client may choose, until the content's own list (kiosk.content.languages) lands.

Same shape as the core's `Language` and `offered_languages`: swap the import
when the core's version is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, Qt

from kiosk.content.model import Content


@dataclass(frozen=True)
class Language:
    """One language a client can choose.

    Attributes:
        code: the two-letter code (es).
        own_name: its name in itself ("Español").
        right_to_left: written right to left (Arabic).
        reviewed_by, reviewed_on: who signed the translation off, and when.
    """

    code: str
    own_name: str
    right_to_left: bool
    reviewed_by: str = ""
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by) and self.reviewed_on is not None


# Qt names a language by its main country's variant ("American English",
# "Español de España"); a client looks for the language alone.
OWN_NAMES = {"en": "English", "es": "Español", "pl": "Polski", "ar": "العربية"}


def language(code: str) -> Language:
    """`code` with its own name and direction, as the locale data has them."""
    locale = QLocale(code)
    name = OWN_NAMES.get(code) or locale.nativeLanguageName() or code
    return Language(
        code=code,
        own_name=name[:1].upper() + name[1:],
        right_to_left=locale.textDirection() == Qt.LayoutDirection.RightToLeft,
    )


def offered_languages(content: Content, *, unreviewed_too: bool) -> tuple[Language, ...]:
    """The clinic's language first, then the others in clinic.yaml's order."""
    del unreviewed_too  # the content carries no reviews yet: every listed language is offered
    first = content.clinic.language
    codes = [first, *(code for code in content.clinic.languages if code != first)]
    return tuple(language(code) for code in codes)
