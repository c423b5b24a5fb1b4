"""Actions that cannot be undone: a red button that opens a confirmation naming what is lost."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.basics import TouchButton, label

# Long enough that a tap, a double tap or a brushing sleeve never confirms;
# short enough not to annoy someone who means it.
HOLD_MS = 2000


class HoldButton(TouchButton):
    """A button that acts only when held down for `hold_ms`; a tap does nothing.

    It fills from the left while held, so the person holding it sees it work.

    Signals:
        held(): it was held long enough.
    """

    held = Signal()

    def __init__(self, text: str, *, name: str = "", hold_ms: int = HOLD_MS) -> None:
        super().__init__(text, role="danger", name=name)
        self.hold_ms = hold_ms
        self.progress = 0.0
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(40)
        self._tick.timeout.connect(self._advance)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._clock.start()
        self._tick.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._stop()

    @Slot()
    def _advance(self) -> None:
        self.progress = min(1.0, self._clock.elapsed() / self.hold_ms)
        self.update()
        if self.progress >= 1.0:
            self._stop()
            self.held.emit()

    def _stop(self) -> None:
        self._tick.stop()
        self.progress = 0.0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.progress > 0:
            painter = QPainter(self)
            painter.fillRect(
                0, 0, int(self.width() * self.progress), self.height(), QColor(0, 0, 0, 70)
            )


class DangerConfirmation(QFrame):
    """An inline warning that says what will be lost and asks for a held confirmation.

    Hidden until `ask()`; Cancel hides it again.

    Signals:
        confirmed(): the red button was held; do the action now.
    """

    confirmed = Signal()

    def __init__(self, heading: str, losses: list[str], action: str, *, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "danger")
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(6)
        column.addWidget(label(heading, "dangerTitle", name=f"{name}Heading"))
        for line in losses:
            column.addWidget(label(f"•  {line}", name=f"{name}Loss"))
        column.addWidget(
            label(
                self.tr("This cannot be undone. Hold the red button for 2 seconds to confirm."),
                "help",
            )
        )
        row = QHBoxLayout()
        self.hold = HoldButton(action, name=f"{name}Hold")
        self.hold.held.connect(self._held)
        cancel = TouchButton(self.tr("Cancel"), role="quiet", name=f"{name}Cancel")
        cancel.clicked.connect(self.hide)
        row.addWidget(self.hold)
        row.addWidget(cancel)
        row.addStretch(1)
        column.addLayout(row)
        self.hide()

    @Slot()
    def ask(self) -> None:
        self.show()

    @Slot()
    def _held(self) -> None:
        self.hide()
        self.confirmed.emit()


def danger_button(text: str, name: str, parent: QWidget | None = None) -> TouchButton:
    """The button that opens a DangerConfirmation: red-outlined, unlike every safe action."""
    button = TouchButton(text, parent, role="dangerOpen", name=name)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
