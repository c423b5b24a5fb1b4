"""The on-screen keyboard docked at the bottom of a window that has no page of its own to scroll."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ui.widgets.keyboard import OnScreenKeyboard


class KeyboardDock(QObject):
    """Shows the keyboard under `root` while one of its text boxes has the focus.

    Used by the staff screen when it is opened on the kiosk (no keyboard
    there); the kiosk's wizard has its own, which also scrolls the page.

    Attributes:
        keyboard: the keys.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.keyboard = OnScreenKeyboard(root)
        self.keyboard.hide()
        root.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, QLineEdit)
            and self.root.isAncestorOf(new)
            and self.keyboard.follow_focus()
        ):
            self._place()
            self.keyboard.show()
        elif not isinstance(new, QLineEdit):
            self.keyboard.hide()

    def _place(self) -> None:
        height = self.keyboard.sizeHint().height()
        self.keyboard.setGeometry(0, self.root.height() - height, self.root.width(), height)
        self.keyboard.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.root and event.type() == QEvent.Type.Resize:
            self._place()
        return False
