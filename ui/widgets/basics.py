"""Small building blocks: touch buttons, styled labels and cards."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
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
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    # Wrapped text is as tall as its width makes it: the layouts must ask (large text).
    policy.setHeightForWidth(wrap)
    widget.setSizePolicy(policy)
    return widget


class FittedLabel(QLabel):
    """Wrapped text that is never shorter than its lines, in any layout.

    A row beside fixed-height buttons does not ask a label's height for its
    width; this one says it as its least height, so the row grows instead
    of cutting a long message at the largest text size.
    """

    def __init__(self, text: str = "", name: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if name:
            self.setObjectName(name)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.text():
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def onward(text: str) -> str:
    """`text` with an arrow pointing the way the page reads on.

    Qt draws the angle quotes as they are in a right-to-left line (the kiosk's
    fonts do not mirror them), so the arrow is chosen by the direction.
    """
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"{text}  {'‹' if right_to_left else '›'}"


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
