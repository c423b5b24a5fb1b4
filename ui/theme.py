"""The kiosk's look: the shipped fonts, the style sheet, and sizes for touch."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.setup.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "Noto Sans"
# For Arabic, which Noto Sans does not carry (Polish and Spanish letters it does).
ARABIC = "Noto Naskh Arabic"
# For the symbols Noto Sans lacks (☐ ● ⌫ ⇧), whatever fonts the machine has.
SYMBOLS = "DejaVu Sans"
BODY_PX = 22  # body text: readable from a step away, without glasses
TOUCH_PX = 64  # the height of anything a finger taps

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "DejaVuSans.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)


# The text sizes a client can choose ("A", "A+", "A++"): the style sheet's sizes times these.
TEXT_SCALES = (1.0, 1.2, 1.4)
_FONT_SIZE = re.compile(r"font-size:\s*(\d+)px")


@dataclass(frozen=True)
class Reading:
    """How the client chose to read the wizard: the text size and the contrast.

    Attributes:
        text_step: an index into TEXT_SCALES (0: the clinic's normal size).
        high_contrast: yellow and white on black, every text at least 7:1.
    """

    text_step: int = 0
    high_contrast: bool = False

    @property
    def scale(self) -> float:
        return TEXT_SCALES[self.text_step]

    @property
    def is_normal(self) -> bool:
        return self == Reading()


def load_fonts() -> None:
    """Register the shipped fonts, so every machine shows the same letters."""
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
            log.warning("could not load the font %s", name)


def apply_theme(app: QApplication) -> None:
    """Fonts and the style sheet for the whole application."""
    load_fonts()
    font = QFont()
    font.setFamilies([FAMILY, ARABIC, SYMBOLS])
    font.setPixelSize(BODY_PX)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(style_sheet())


@cache
def _sheet(name: str) -> str:
    return resource_path("style", name).read_text(encoding="utf-8")


def style_sheet(reading: Reading = Reading()) -> str:
    """The kiosk's style sheet for `reading`: every text size scaled, high contrast laid over."""
    sheet = _sheet("kiosk.qss")
    if reading.high_contrast:
        sheet += "\n" + _sheet("high_contrast.qss")
    if reading.scale == 1.0:
        return sheet
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(int(m[1]) * reading.scale)}px", sheet)
