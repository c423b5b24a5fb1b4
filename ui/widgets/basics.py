"""Small building blocks: touch buttons, styled labels and cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QSizePolicy, QWidget

from ui.theme import TOUCH_PX


class TouchButton(QPushButton):
    """A button sized for a finger that never takes the keyboard focus.

    Keeping the focus where it is lets the on-screen keyboard keep typing into
    the field the client chose. `role` picks its look in the style sheet
    (primary, quiet, tile, key).
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        role: str = "",
        name: str = "",
        checkable: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(TOUCH_PX)
        self.setCheckable(checkable)
        self.setAccessibleName(text.replace("\n", " "))
        if role:
            self.setProperty("role", role)
        if name:
            self.setObjectName(name)


def label(text: str = "", role: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A label with a style role (title, subtitle, question, help, problem, muted)."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def card(name: str = "") -> QFrame:
    """A white rounded panel."""
    frame = QFrame()
    frame.setProperty("role", "card")
    if name:
        frame.setObjectName(name)
    return frame


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property it depends on changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` and delete it (hidden at once, deleted soon)."""
    while layout.count():
        item = layout.takeAt(0)
        old = item.widget() if item is not None else None
        if old is not None:
            old.hide()
            old.deleteLater()
