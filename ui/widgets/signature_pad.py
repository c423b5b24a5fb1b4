"""A pad the client signs with a finger; the signature is kept as a PNG image."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#1D2830")
# A tap or a stray touch is not a signature: it needs some length of line.
MINIMUM_INK_LENGTH = 60.0


class SignaturePad(QWidget):
    """Draws what the finger draws.

    Signals:
        changed(): the drawing changed (a stroke ended, or it was cleared).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAccessibleName(self.tr("Signature pad"))
        self.setMinimumSize(QSize(380, 130))
        self.setMaximumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._image = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        self._image.fill(Qt.GlobalColor.transparent)
        self._last: QPointF | None = None
        self._ink_length = 0.0

    def has_signature(self) -> bool:
        """Whether enough has been drawn to count as a signature."""
        return self._ink_length >= MINIMUM_INK_LENGTH

    def sign_for_picture(self) -> None:
        """Draw a sample signature (for screenshots and demonstrations)."""
        width, height = max(self.width(), 400), max(self.height(), 160)
        points = [
            QPointF(width * (0.12 + 0.05 * n), height * (0.55 + (0.12 if n % 2 else -0.1)))
            for n in range(14)
        ]
        self._last = points[0]
        for point in points[1:]:
            self._draw_to(point)
        self._last = None
        self.changed.emit()

    def clear(self) -> None:
        """Wipe the pad."""
        self._image.fill(Qt.GlobalColor.transparent)
        self._ink_length = 0.0
        self._last = None
        self.update()
        self.changed.emit()

    def ink(self) -> tuple[QImage, float]:
        """What is drawn, to hand to another pad."""
        return self._image.copy(), self._ink_length

    def take_ink(self, ink: tuple[QImage, float]) -> None:
        """Show what another pad had drawn (`ink`), as if drawn here."""
        image, length = ink
        self._image = image.copy()
        self._ink_length = length
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes:
        """The signature as PNG bytes, cropped to the ink, on white."""
        framed = QImage(self._image.size(), QImage.Format.Format_RGB32)
        framed.fill(Qt.GlobalColor.white)
        painter = QPainter(framed)
        painter.drawImage(0, 0, self._image)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        framed.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt wants str
        buffer.close()
        return bytes(data.data())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._last = event.position()
        self._draw_to(event.position() + QPointF(0.1, 0.1))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._last is not None:
            self._draw_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._last is not None:
            self._draw_to(event.position())
            self._last = None
            self.changed.emit()

    def _draw_to(self, point: QPointF) -> None:
        assert self._last is not None
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(INK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.drawLine(self._last, point)
        painter.end()
        delta = point - self._last
        self._ink_length += (delta.x() ** 2 + delta.y() ** 2) ** 0.5
        self._last = point
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8F877B"), 2))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -2, -2), 14, 14)
        baseline = self.height() - 50
        painter.setPen(QPen(QColor("#C9C0B3"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(30, baseline, self.width() - 30, baseline)
        painter.drawImage(0, 0, self._image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if (
            event.size().width() > self._image.width()
            or event.size().height() > self._image.height()
        ):
            grown = QImage(
                event.size().expandedTo(self._image.size()),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            grown.fill(Qt.GlobalColor.transparent)
            painter = QPainter(grown)
            painter.drawImage(0, 0, self._image)
            painter.end()
            self._image = grown
        super().resizeEvent(event)
