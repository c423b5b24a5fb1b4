"""Keeps a client inside the kiosk: shortcuts that close, switch or quit do nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

# Escape, the function keys and anything held with Ctrl, Alt or the system key
# (Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab where the window system lets us see it).
SWALLOWED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Back}
SWALLOWED_KEYS |= {Qt.Key(Qt.Key.Key_F1 + n) for n in range(24)}
MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class Lockdown(QObject):
    """An application-wide event filter that swallows leaving shortcuts.

    Typing letters on a physical keyboard, where one is attached, still works.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap test first.
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            leaving = event.key() in SWALLOWED_KEYS or bool(event.modifiers() & MODIFIERS)
            if leaving:
                event.accept()
            return leaving
        return False
