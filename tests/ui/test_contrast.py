"""What a client must read or find, drawn with enough contrast (WCAG 1.4.3 and 1.4.11)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import find
from ui.wizard.window import KioskWindow

TEXT = 4.5
CONTROL = 3.0


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage, margin: int = 0) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for x in range(margin, image.width() - margin)
        for y in range(margin, image.height() - margin)
    ]


def strongest_against_background(widget: QWidget, margin: int = 0) -> float:
    """How far the drawing of `widget` (its text) stands out from its own background."""
    colours = pixels(widget.grab().toImage(), margin)
    background = Counter(c.rgb() for c in colours).most_common(1)[0][0]
    return max(contrast(QColor.fromRgb(background), c) for c in colours)


def test_a_disabled_next_is_still_readable(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.show_page(kiosk.page_named("page_consent"))
    assert not kiosk.next_button.isEnabled()

    assert strongest_against_background(kiosk.next_button, margin=8) >= TEXT


def test_answer_buttons_have_edges_a_client_can_see(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.show_page(kiosk.page_named("page_health"))
    button = find(find(kiosk, "card_pacemaker"), "no")
    image = button.grab().toImage()
    edge = image.pixelColor(image.width() // 2, 1)
    inside = image.pixelColor(image.width() // 2, image.height() // 4)

    assert contrast(edge, inside) >= CONTROL


def test_date_placeholders_are_readable(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.show_page(kiosk.page_named("page_about_you"))
    year = find(kiosk, "date_of_birth_year")
    assert year.text() == ""  # type: ignore[attr-defined]

    assert strongest_against_background(year, margin=8) >= TEXT
