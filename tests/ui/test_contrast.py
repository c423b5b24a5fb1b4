"""What a client must read or find, drawn with enough contrast (WCAG 1.4.3 and 1.4.11)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.setup.resources import resource_path
from tests.ui.conftest import find, tap_named
from tests.ui.test_screen_sizes import with_every_follow_up
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


# --- high contrast: every text at least 7:1 ---------------------------------------------

HIGH = 7.0
PAPER = "#000000"  # what the high-contrast theme draws every surface on
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def declared_pairs(sheet: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background) for every text colour the sheet declares.

    A rule without a background of its own is drawn on what its container
    draws (`QPushButton:checked QLabel` on the chosen button), else on the paper.
    """
    rules = [
        (selector.strip(), dict(_properties(body)))
        for selector, body in RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
    ]
    backgrounds = {
        one.strip(): props["background"]
        for selectors, props in rules
        if "background" in props
        for one in selectors.split(",")
    }
    pairs = []
    for selectors, props in rules:
        for selector in (one.strip() for one in selectors.split(",")):
            container = selector.rsplit(" ", 1)[0] if " " in selector else selector
            ground = props.get("background") or backgrounds.get(container, PAPER)
            if "color" in props:
                pairs.append((selector, props["color"], ground))
            if "placeholder-text-color" in props:
                pairs.append((f"{selector} placeholder", props["placeholder-text-color"], ground))
            if "selection-color" in props:
                pairs.append(
                    (
                        f"{selector} selection",
                        props["selection-color"],
                        props["selection-background-color"],
                    )
                )
    return pairs


def _properties(body: str) -> list[tuple[str, str]]:
    found = []
    for declaration in body.split(";"):
        name, _, value = declaration.partition(":")
        if value.strip():
            found.append((name.strip(), value.strip().split()[0]))
    return found


def test_every_text_colour_of_high_contrast_is_at_least_7_to_1() -> None:
    pairs = declared_pairs(resource_path("style", "high_contrast.qss").read_text("utf-8"))
    assert len(pairs) >= 20  # the reading found the rules

    weak = [
        (selector, text, ground, round(contrast(QColor(text), QColor(ground)), 1))
        for selector, text, ground in pairs
        if contrast(QColor(text), QColor(ground)) < HIGH
    ]

    assert not weak, "\n".join(map(str, weak))


def test_the_declared_pairs_are_read_as_drawn() -> None:
    sheet = "* { color: #FFFFFF; } QPushButton:checked { background: #FFE14D; color: #000000; }"
    sheet += " QPushButton:checked QLabel { color: #777777; }"

    assert declared_pairs(sheet) == [
        ("*", "#FFFFFF", PAPER),
        ("QPushButton:checked", "#000000", "#FFE14D"),
        ("QPushButton:checked QLabel", "#777777", "#FFE14D"),
    ]


def text_widgets(window: QWidget) -> list[QWidget]:
    """What shows words: labels with text, buttons with a caption, boxes with text."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible() and widget.width() >= 24 and widget.height() >= 16 and words(widget)
    ]


def words(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QPushButton):
        return widget.text().strip()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def colour_counts(image: QImage) -> Counter[int]:
    """How many pixels of each colour (0xAARRGGBB), counted without a Python loop per pixel."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return Counter(memoryview(bytes(image.constBits())).cast("I"))


def weakest_text(window: KioskWindow, measured: set[int]) -> list[str]:
    """Each text wholly on screen drawn weaker than 7:1 against its own background."""
    image = window.grab().toImage()
    weak = []
    for widget in text_widgets(window):
        if id(widget) in measured or widget.visibleRegion().boundingRect() != widget.rect():
            continue  # measured already, or partly scrolled away
        measured.add(id(widget))
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(4, 4, -4, -4)
        counts = colour_counts(image.copy(where))
        background = QColor.fromRgb(counts.most_common(1)[0][0])
        strongest = max(contrast(background, QColor.fromRgb(rgb)) for rgb in counts)
        if strongest < HIGH:
            weak.append(
                f"{widget.objectName() or type(widget).__name__} {widget.text()[:20]!r}"  # type: ignore[attr-defined]
                f" at {where.getCoords()}: {strongest:.1f}"
            )
    return weak


def test_every_text_on_every_page_stands_out_7_to_1_in_high_contrast(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    tap_named(qtbot, kiosk, "highContrast")
    # Chosen answers everywhere, so chosen buttons and tiles are measured too.
    with_every_follow_up(kiosk)
    for item in kiosk.content.questionnaire.items():
        options = kiosk.content.options_of(item.link_id)
        if item.type.value == "choice" and options:
            kiosk.intake.set(item.link_id, options[0].code)
        elif item.type.value == "multi-choice" and options:
            kiosk.intake.set(item.link_id, (options[0].code,))
    weak: list[str] = []
    measured: set[int] = set()
    for index in range(len(kiosk.pages)):
        kiosk.show_page(index)
        bar = kiosk.page.scroll_area.verticalScrollBar()
        # Down the page a screenful at a time: every text is measured whole once.
        for value in range(0, bar.maximum() + bar.pageStep(), max(1, bar.pageStep() // 2)):
            bar.setValue(value)
            weak += [f"{kiosk.page.objectName()}: {w}" for w in weakest_text(kiosk, measured)]
    kiosk.show_page(kiosk.page_named("page_consent"))
    assert not kiosk.next_button.isEnabled()
    assert strongest_against_background(kiosk.next_button, margin=8) >= HIGH

    assert len(measured) >= 150, len(measured)  # every page's words, not a few
    assert not weak, "\n".join(map(str, weak))
