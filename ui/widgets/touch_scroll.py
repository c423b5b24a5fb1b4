"""Scroll areas a finger drags, reused from client to client.

Each QScroller.grabGesture registers a new gesture recognizer with Qt, and
Qt never frees it, nor the bookkeeping of its gesture type, even after the
widget is gone (about 2.6 KB each, and every later event passes a longer
list). A page per step per client made the kiosk grow by tens of KB a
client. So a page's scroll area, grabbed once, is given back when the page
is destroyed, emptied of everything the client saw, and the next page takes
it again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QScroller, QWidget
from shiboken6 import delete, isValid

from ui.widgets.scroll_area import plain_scroll_area

_idle: list[QScrollArea] = []
_GRABBED = "touchGrabbed"


def touch_scroll_area(*, grab: bool = True) -> QScrollArea:
    """An empty scroll area that a finger drags: a reused one, or a new one.

    `grab`: False leaves the dragging to `enable_touch` later. The first grab
    of all costs more than a frame, which the welcome page, painted before
    anything else, does not wait for.
    """
    while _idle:
        area = _idle.pop()
        if isValid(area):  # its keeper (a window) may have been destroyed since
            area.verticalScrollBar().setValue(0)
            area.show()
            if grab:
                enable_touch(area)
            return area
    area = plain_scroll_area(kept=True)  # given back, never deleted
    if grab:
        enable_touch(area)
    return area


def enable_touch(area: QScrollArea) -> None:
    """Let a finger drag `area`; only once, as every grab is kept by Qt for good."""
    if not area.property(_GRABBED):
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        area.setProperty(_GRABBED, True)


def give_back(area: QScrollArea, keeper: QWidget, *, at_once: bool) -> None:
    """Keep `area` for the next page, hidden under `keeper`; whatever it showed is deleted.

    `at_once`: delete it now, which the caller may only ask when no widget in
    it is handling an event (a reset from a timer or an overlay). Otherwise
    it is deleted later, and moving the area first restyles it all (slower).
    """
    QScroller.scroller(area.viewport()).stop()
    shown = area.takeWidget() if not at_once else area.widget()
    if shown is not None:
        if at_once:
            delete(shown)
        else:
            shown.deleteLater()
    area.hide()
    area.setParent(keeper)
    _idle.append(area)
