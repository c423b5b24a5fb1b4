"""Arabic on the printed handout: letters joined, lines in reading order, set from the right.

reportlab orders right-to-left text only through `rlbidi`, which is not on
PyPI; so the letters are joined here (arabic-reshaper: the contextual forms
an Arabic font draws) and each line is put in the order it is seen
(python-bidi, the Unicode bidirectional algorithm), after breaking the
paragraph into lines in its logical order, so the first line holds the
first words.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from arabic_reshaper import reshape
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Paragraph

from kiosk.handout.fonts import ARABIC, ARABIC_BOLD, BOLD, REGULAR, register_fonts
from kiosk.handout.style import Styles

# Arabic script, its supplements and its presentation forms (what reshaping gives).
ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)

# Languages written right to left (the kiosk's own, and those a clinic may add).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})


def reads_right_to_left(language: str) -> bool:
    """Whether `language` (a code such as ar) is written right to left."""
    return language.replace("_", "-").split("-", maxsplit=1)[0] in RIGHT_TO_LEFT


def is_right_to_left(style: ParagraphStyle) -> bool:
    """Whether `style` is one of the right-to-left styles (set in the Arabic font)."""
    return style.fontName in (ARABIC, ARABIC_BOLD)


@cache
def _arabic_glyphs(font: str) -> frozenset[int]:
    register_fonts()
    face = getFont(font).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


def _is_arabic(char: str) -> bool:
    code = ord(char)
    return any(start <= code <= end for start, end in ARABIC_BLOCKS)


def _runs(shown: str, font: str) -> list[tuple[str, str]]:
    """`shown` in runs of one font: Arabic letters in the Arabic font, other letters in Noto Sans,
    and digits, spaces and punctuation in the font of the words they stand by."""
    glyphs = _arabic_glyphs(font)
    latin = BOLD if font == ARABIC_BOLD else REGULAR
    runs: list[tuple[str, str]] = []
    for char in shown:
        if _is_arabic(char):
            wanted = font
        elif char.isalpha() or not runs:
            wanted = latin
        else:
            wanted = runs[-1][0]
        if wanted == font and ord(char) not in glyphs:
            wanted = latin
        if runs and runs[-1][0] == wanted:
            runs[-1] = (wanted, runs[-1][1] + char)
        else:
            runs.append((wanted, char))
    return runs


def _width(logical: str, font: str, size: float) -> float:
    return sum(stringWidth(run, name, size) for name, run in _runs(reshape(logical), font))


# Marks that only steer the ordering; once a line is in the order it is seen
# they have done their work, and a PDF font would draw them as bars or boxes.
_DIRECTION_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def _seen(logical: str) -> str:
    # python-bidi's reference implementation (bidi.algorithm) also mirrors
    # brackets, so "(" and ")" face the right way in a right-to-left line.
    # A line of Arabic reads from the right even when it starts with a number
    # or a name; a line with no Arabic at all (an address, a phone number)
    # keeps its own order.
    if not any(_is_arabic(char) for char in logical):
        return logical.translate(_DIRECTION_MARKS)
    return str(get_display(reshape(logical), base_dir="R")).translate(_DIRECTION_MARKS)


def visual_markup(logical: str, font: str) -> str:
    """One line of `logical` text as paragraph markup, joined and in the order it is seen."""
    shown = _seen(logical)
    return "".join(
        escape(run) if name == font else f'<font name="{name}">{escape(run)}</font>'
        for name, run in _runs(shown, font)
    )


def logical_lines(logical: str, font: str, size: float, width: float) -> list[str]:
    """`logical` broken into lines no wider than `width`, first words first."""
    lines: list[str] = []
    for paragraph in logical.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and _width(candidate, font, size) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class RightToLeftParagraph(Paragraph):
    """A paragraph of right-to-left text, set from the right margin.

    It breaks its lines itself (in logical order) when it learns its width,
    then hands reportlab lines already in the order they are seen.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: Any = None,  # noqa: N803 - reportlab's name, used by its split()
        frags: Any = None,
        **kwargs: Any,
    ) -> None:
        self._logical = text
        self._laid_for: float | None = None
        shown = None if text is None else visual_markup(text, style.fontName)
        super().__init__(shown, style, bulletText, frags, **kwargs)  # type: ignore[arg-type]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._logical is not None and self._laid_for != availWidth:
            style = self.style
            room = availWidth - style.leftIndent - style.rightIndent
            lines = logical_lines(self._logical, style.fontName, style.fontSize, room * 0.98)
            markup = "<br/>".join(visual_markup(line, style.fontName) for line in lines)
            Paragraph.__init__(self, markup, style)
            self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)


def right_to_left_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` set in the Arabic font, aligned to the right."""
    bold = style.fontName == BOLD
    return ParagraphStyle(
        f"{style.name}-rtl",
        parent=style,
        fontName=ARABIC_BOLD if bold else ARABIC,
        bulletFontName=ARABIC,
        alignment=TA_RIGHT,
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
    )


def right_to_left_styles(look: Styles) -> Styles:
    """Every style of `look` set in the Arabic font and aligned to the right."""
    return Styles(
        **{part.name: right_to_left_style(getattr(look, part.name)) for part in fields(look)}
    )


def seen_order(logical: str) -> str:
    """One line of text joined and in the order it is seen (for a canvas's drawString)."""
    return _seen(logical)
