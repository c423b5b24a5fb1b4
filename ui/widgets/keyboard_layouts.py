"""The letters of the on-screen keyboard, per language, and the accented letters of names."""

from __future__ import annotations

from dataclasses import dataclass

LETTERS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# The accented letters of names from other languages, on every Latin
# keyboard's second page: Romanian, Polish, Spanish, French, German,
# Portuguese, Czech, Hungarian, Turkish, Nordic...
ACCENTS = (
    "àáâãäåæăąçć",
    "čďèéêëęěğìí",
    "îïłńñňòóôõö",
    "øőřśșšťțùúû",
    "üűýÿźżžßœ",
)


@dataclass(frozen=True)
class LetterLayout:
    """The letters one language types with.

    Attributes:
        rows: the letter rows, top first (Shift and Delete go on the last).
        extras: the keys beside the space bar.
        capitals: the language has capital letters (a Shift key).
        more: the second page (the accent key): accented letters, or the
            Latin letters for a language written in another script.
        more_label: what the key to the second page shows.
        own_label: what the key back to the letters shows.
    """

    rows: tuple[str, ...]
    extras: tuple[str, ...] = ("-", "'")
    capitals: bool = True
    more: tuple[str, ...] = ACCENTS
    more_label: str = "àéü"
    own_label: str = "abc"


LATIN = LetterLayout(rows=LETTERS)

TEXT_LAYOUTS = {
    "en": LATIN,
    "es": LetterLayout(
        rows=("áéíóúü", "qwertyuiop", "asdfghjklñ", "zxcvbnm"), extras=("-", "'", "¿", "¡")
    ),
    "pl": LetterLayout(rows=("ąćęłńóśźż", "qwertyuiop", "asdfghjkl", "zxcvbnm")),
    # The standard Arabic keyboard (as printed on Arabic PC keyboards), with
    # ذ and the hamza forms that sit on its other levels brought forward.
    "ar": LetterLayout(
        rows=("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظذ"),
        extras=("أ", "إ", "آ", "،", "؟"),
        capitals=False,
        more=LETTERS,
        more_label="abc",
        own_label="أبت",
    ),
}


def text_layout(language: str) -> LetterLayout:
    """The letters for typing names and words in `language` (Latin with accents by default)."""
    return TEXT_LAYOUTS.get(language, LATIN)
