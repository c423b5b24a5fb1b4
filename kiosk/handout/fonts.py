"""The handout's fonts, embedded from resources/fonts: Latin, Greek, Cyrillic and Arabic print."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.setup.resources import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
# Arabic, which Noto Sans does not carry.
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"


@cache
def register_fonts() -> str:
    """Register Noto Sans once (TrueType: reportlab cannot embed .otf); returns its name."""
    for name, file in (
        (REGULAR, "NotoSans-Regular.ttf"),
        (BOLD, "NotoSans-Bold.ttf"),
        (ITALIC, "NotoSans-Italic.ttf"),
        (ARABIC, "NotoNaskhArabic-Regular.ttf"),
        (ARABIC_BOLD, "NotoNaskhArabic-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    for italic in (0, 1):
        addMapping(ARABIC, 0, italic, ARABIC)
        addMapping(ARABIC, 1, italic, ARABIC_BOLD)
    # Canvases and drawings start in this font: the default, Helvetica, is one
    # of the PDF base fonts that are never embedded.
    rl_config.canvas_basefontname = REGULAR
    rl_config.defaultGraphicsFontName = REGULAR
    return REGULAR
