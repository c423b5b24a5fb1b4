"""The handout's paragraph styles and colours: calm, large enough to read without glasses.

Nothing on the plan is smaller than BODY_PT, nothing on the aftercare sheet
smaller than AFTERCARE_PT: clients who read it are often older, and it is
read again at home, without the practitioner.
"""

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
# A bar of the chart that is not the suggestion: dark enough to print on a
# greyscale printer (about 45 % grey), outlined in INK so its end is sharp.
BAR = colors.HexColor("#7A9E9B")

BODY_PT = 12
SMALL_PT = 11  # notes under a table, the letterhead's address, the footer
AFTERCARE_PT = 12


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


def styles(body_pt: float = BODY_PT, small_pt: float = SMALL_PT, spacing: float = 1.35) -> Styles:
    """The handout's styles (fonts registered on first use); nothing smaller than `small_pt`.

    `spacing` is the line height as a multiple of the type size.
    """
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        bulletFontSize=body_pt,
        fontSize=body_pt,
        leading=body_pt * spacing,
        textColor=INK,
    )
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=small_pt, leading=small_pt * spacing, textColor=MUTED
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=22, leading=27, spaceAfter=4
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=body_pt + 2.5,
            leading=(body_pt + 2.5) * 1.3,
            textColor=TEAL,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=1,  # a heading never ends a page without its section
        ),
        clinic=ParagraphStyle("clinic", parent=body, fontName=BOLD, fontSize=15, textColor=TEAL),
        big=ParagraphStyle("big", parent=body, fontName=BOLD, fontSize=17, leading=22),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=0, spaceAfter=2),
    )
