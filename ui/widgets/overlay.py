"""A panel that covers the whole window (not a separate dialog, so a reset removes it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

# The card's width at most, and the dimmed edge left around it at least.
CARD_PX = 960
EDGE_PX = 48


class Overlay(QWidget):
    """Dims the window and shows a card in its middle; follows the window's size."""

    def __init__(self, window: QWidget, name: str) -> None:
        super().__init__(window)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.card = QFrame(self)
        self.card.setObjectName(name)
        self.card.setProperty("role", "card")
        self.body = QVBoxLayout(self.card)
        self.body.setContentsMargins(56, 48, 56, 48)
        self.body.setSpacing(24)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        """Cover the window and come to the front."""
        self._fit()
        self.raise_()
        self.show()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        # A card of a known width, so its wrapped lines get the height they
        # need (a card sized by its hint cuts the last line in half).
        self.card.setFixedWidth(max(480, min(CARD_PX, parent.width() - 2 * EDGE_PX)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self._fit()
        return False
