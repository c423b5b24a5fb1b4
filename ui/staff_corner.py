"""The staff corner: an invisible patch of the kiosk's header that staff press and hold.

Painted with the welcome page, before the rest of the kiosk is loaded, so
it imports nothing but Qt; what a press opens is in ui.staff_access.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

LONG_PRESS_MS = 3000


class StaffCorner(QWidget):
    """An invisible patch in a corner; holding it for three seconds asks for staff.

    Signals:
        requested(): the patch was held long enough.
    """

    requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setAccessibleName(self.tr("Staff access (press and hold)"))
        self.setFixedSize(96, 88)
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(LONG_PRESS_MS)
        self.hold_timer.timeout.connect(self.requested)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hold_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.hold_timer.stop()
