"""The handout's paragraph styles and colours: calm, large enough to read without glasses."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from kiosk.handout.fonts import BOLD, REGULAR, register_fonts

TEAL = colors.HexColor("#2C6E6A")
TEAL_SOFT = colors.HexColor("#E6F1EF")
SAND_SOFT = colors.HexColor("#F6EEE2")
INK = colors.HexColor("#1D2830")
MUTED = colors.HexColor("#4A5862")
LINE = colors.HexColor("#C9C0B3")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a handout."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    clinic: ParagraphStyle
    big: ParagraphStyle
    bullet: ParagraphStyle


def styles() -> Styles:
    """The handout's styles (fonts registered on first use)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=11, leading=15, textColor=INK
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=13.5,
            leading=18,
            textColor=TEAL,
            spaceBefore=12,
            spaceAfter=4,
        ),
        clinic=ParagraphStyle("clinic", parent=body, fontName=BOLD, fontSize=15, textColor=TEAL),
        big=ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=16, leading=21),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=2),
    )
