"""What a client would see as broken on a page: text cut off, or one control drawn over another."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from ui.widgets.signature_pad import SignaturePad

# Rounding in font metrics and layouts: a pixel either way is not a fault.
SLACK = 2


def drawn(widget: QWidget) -> bool:
    """Whether `widget` shows something a client reads or taps."""
    if isinstance(widget, QLabel):
        return bool(widget.text()) and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return widget.objectName() != "staffCorner"
    return isinstance(widget, QLineEdit | SignaturePad)


def clipped(widget: QWidget) -> str | None:
    """Why `widget`'s text does not fit inside it, or None."""
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if widget.width() + SLACK < hint.width() or widget.height() + SLACK < hint.height():
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    if isinstance(widget, QLineEdit):
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
        shown = widget.text() or widget.placeholderText()
        metrics = widget.fontMetrics()
        # A long typed text scrolls inside its box; a box too narrow for a short one is a fault.
        if len(shown) <= 6 and metrics.horizontalAdvance(shown) > room.width() + SLACK:
            return f"{shown!r} wider than its box ({room.width()} px)"
        if metrics.height() > room.height() + SLACK:
            return f"text {metrics.height()} px tall in a box {room.height()} px tall"
    return None


def _label_clipped(widget: QLabel) -> str | None:
    room = widget.contentsRect().adjusted(
        widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
    )
    metrics = widget.fontMetrics()
    if widget.wordWrap():
        needed = metrics.boundingRect(
            QRect(0, 0, room.width(), 100_000), int(Qt.TextFlag.TextWordWrap), widget.text()
        )
    else:
        needed = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, widget.text())
    if needed.width() > room.width() + SLACK or needed.height() > room.height() + SLACK:
        return (
            f"needs {needed.width()}x{needed.height()}, has {room.width()}x{room.height()}: "
            f"{widget.text()[:40]!r}"
        )
    return None


def surface(widget: QWidget) -> QWidget:
    """What `widget` scrolls with: the content of its scroll area, else the window."""
    parent = widget.parentWidget()
    while parent is not None:
        grand = parent.parentWidget()
        if grand is not None and isinstance(grand.parentWidget(), QAbstractScrollArea):
            scroller = grand.parentWidget()
            if isinstance(scroller, QAbstractScrollArea) and grand is scroller.viewport():
                return parent
        parent = grand
    return widget.window()


def where(widget: QWidget, on: QWidget) -> QRect:
    return QRect(widget.mapTo(on, widget.rect().topLeft()), widget.size())


def out_of_reach(widget: QWidget) -> str | None:
    """Why `widget` cannot be seen whole, even by scrolling, or None."""
    on = surface(widget)
    inside = where(widget, on)
    if not on.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(inside):
        area = on.objectName() or type(on).__name__
        return f"at {inside.getCoords()} outside {area} {on.rect().getCoords()}"
    return None


def overlaps(widgets: list[QWidget], keyboard: QWidget | None = None) -> list[str]:
    """Controls drawn over each other on one surface (the keyboard covers the page by design)."""
    found = []
    for one, other in combinations(widgets, 2):
        if one.isAncestorOf(other) or other.isAncestorOf(one):
            continue
        on = surface(one)
        if surface(other) is not on:
            continue
        if keyboard is not None and keyboard.isAncestorOf(one) != keyboard.isAncestorOf(other):
            continue
        shared = where(one, on).intersected(where(other, on))
        if shared.width() > SLACK and shared.height() > SLACK:
            found.append(
                f"{name(one)} and {name(other)} overlap by {shared.width()}x{shared.height()}"
            )
    return found


def name(widget: QWidget) -> str:
    text = widget.text()[:30] if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def faults(window: QWidget, keyboard: QWidget | None = None) -> list[str]:
    """Everything clipped, out of reach or overlapping in `window` as it is on screen."""
    shown = [w for w in window.findChildren(QWidget) if w.isVisible() and drawn(w)]
    found = []
    for widget in shown:
        for problem in (clipped(widget), out_of_reach(widget)):
            if problem is not None:
                found.append(f"{name(widget)}: {problem}")
    return found + overlaps(shown, keyboard)
