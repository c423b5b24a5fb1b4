"""The kiosk's look: the shipped fonts, the style sheet, and sizes for touch."""

from __future__ import annotations

import logging

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
    app.setStyleSheet(resource_path("style", "kiosk.qss").read_text(encoding="utf-8"))
