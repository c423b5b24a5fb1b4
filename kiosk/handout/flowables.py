"""Small drawings the handout needs: a tick box, the comparison chart, the QR code."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kiosk.handout.fonts import BOLD, REGULAR
from kiosk.handout.style import BAR, INK, SMALL_PT, TEAL
from kiosk.record.plan_words import ComparisonBar


class TickBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = size
        self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


def comparison_chart(bars: Sequence[ComparisonBar], width: float) -> Drawing:
    """Horizontal bars of fit (0-3), each with its value written after it ("2.5 of 3").

    It must read on a greyscale printer: the suggestion is a dark solid bar,
    the others a mid grey-teal, all outlined in ink inside an outlined track,
    and the value is written, so nothing depends on telling two colours apart.
    """
    row = 8 * mm
    label_width = 52 * mm
    value_width = 18 * mm
    drawing = Drawing(width, row * len(bars) + 1 * mm)
    scale = (width - label_width - value_width) / 3
    for index, bar in enumerate(bars):
        y = drawing.height - (index + 1) * row
        weight = BOLD if bar.recommended else REGULAR
        drawing.add(_words(0, y + 2.2 * mm, bar.name, weight))
        drawing.add(_box(label_width, y + 1.2 * mm, 3 * scale, None, stroke=INK, line=0.4))
        drawing.add(
            _box(
                label_width,
                y + 1.2 * mm,
                max(bar.fit, 0.05) * scale,
                TEAL if bar.recommended else BAR,
                stroke=INK,
                line=1.0,
            )
        )
        value = f"{bar.fit:.1f}".removesuffix(".0")
        drawing.add(_words(label_width + 3 * scale + 2 * mm, y + 2.2 * mm, f"{value} / 3", weight))
    return drawing


def _words(x: float, y: float, words: str, font: str) -> String:
    shown = String(x, y, words)
    shown.fontName = font
    shown.fontSize = SMALL_PT
    shown.fillColor = INK
    return shown


def _box(
    x: float, y: float, width: float, fill: Color | None, *, stroke: Color, line: float
) -> Rect:
    box = Rect(x, y, width, 5 * mm)
    box.fillColor = fill
    box.strokeColor = stroke
    box.strokeWidth = line
    return box


def qr_code(url: str, size: float = 28 * mm) -> Drawing:
    """A QR code of `url` (reportlab's own widget)."""
    widget = QrCodeWidget(url)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing
