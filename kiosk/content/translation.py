"""One language's translation of the content, as read and checked from its PO file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from kiosk.content.errors import Problem


@dataclass(frozen=True)
class Translation:
    """A language's translation of the clinic content.

    Attributes:
        language: its code, such as `pl`.
        file: the PO file, relative to the content folder (`translations/pl.po`).
        reviewed_by: who reviewed it (X-Reviewed-By; empty: nobody yet).
        reviewed_on: when (X-Reviewed-On), if given as a date.
        texts: the usable translations by msgctxt.
        problems: every missing, stale, extra or unusable translation, each
            with its file and line.
        missing: how many texts the language lacks (missing, stale or
            unusable); 0 means it is complete.
    """

    language: str
    file: str
    reviewed_by: str = ""
    reviewed_on: date | None = None
    texts: Mapping[str, str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    missing: int = 0

    @property
    def complete(self) -> bool:
        """Whether every text has a usable translation."""
        return self.missing == 0

    @property
    def reviewed(self) -> bool:
        """Whether a qualified person has signed it off (a name and a date)."""
        return bool(self.reviewed_by) and self.reviewed_on is not None
