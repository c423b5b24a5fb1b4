"""How far along the client is: a thin bar drawn in two strokes (cheap on every page change)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

TRACK = QColor("#E4DED4")
DONE = QColor("#2C6E6A")


class StepBar(QWidget):
    """The wizard's progress: `value` of `maximum` steps.

    A QProgressBar repaints itself at once on every change, through the
    style sheet, which cost more than the rest of a page change; this one
    paints with the page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._maximum = 1
        self.setFixedHeight(12)
        self.setAccessibleName(self.tr("Progress"))

    def set_steps(self, value: int, maximum: int) -> None:
        """Step `value` of `maximum`."""
        if (value, maximum) != (self._value, self._maximum):
            self._value, self._maximum = value, max(1, maximum)
            self.setAccessibleDescription(f"{value} / {maximum}")
            self.update()

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        whole = QRectF(self.rect())
        radius = whole.height() / 2
        painter.setBrush(TRACK)
        painter.drawRoundedRect(whole, radius, radius)
        done = QRectF(whole)
        done.setWidth(whole.width() * min(self._value, self._maximum) / self._maximum)
        if self.isRightToLeft():
            done.moveRight(whole.right())  # right to left, progress starts at the right
        painter.setBrush(DONE)
        painter.drawRoundedRect(done, radius, radius)
        painter.end()
