"""Small drawings the handout needs: a tick box, the comparison chart, the QR code."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from kiosk.handout.fonts import BOLD, REGULAR
from kiosk.handout.style import INK, LINE, MUTED, TEAL, TEAL_SOFT
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
    """Horizontal bars of fit (0-3); the recommended treatment in teal, the others soft."""
    row = 7 * mm
    label_width = 52 * mm
    drawing = Drawing(width, row * len(bars) + 2 * mm)
    scale = (width - label_width - 8 * mm) / 3
    for index, bar in enumerate(bars):
        y = drawing.height - (index + 1) * row
        name = String(0, y + 2 * mm, bar.name)
        name.fontName = BOLD if bar.recommended else REGULAR
        name.fontSize = 9.5
        name.fillColor = INK
        drawing.add(name)
        drawing.add(_box(label_width, y + 1.2 * mm, 3 * scale, None, LINE))
        drawing.add(
            _box(
                label_width,
                y + 1.2 * mm,
                max(bar.fit, 0.05) * scale,
                TEAL if bar.recommended else TEAL_SOFT,
                TEAL,
            )
        )
    for level in range(4):
        mark = String(label_width + level * scale - 1, 0, str(level))
        mark.fontName = REGULAR
        mark.fontSize = 7
        mark.fillColor = MUTED
        drawing.add(mark)
    return drawing


def _box(x: float, y: float, width: float, fill: Color | None, stroke: Color) -> Rect:
    box = Rect(x, y, width, 4 * mm)
    box.fillColor = fill
    box.strokeColor = stroke
    box.strokeWidth = 0.5
    return box


def qr_code(url: str, size: float = 28 * mm) -> Drawing:
    """A QR code of `url` (reportlab's own widget)."""
    widget = QrCodeWidget(url)
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing
