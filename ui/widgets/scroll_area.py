"""The kiosk's scroll areas: no frame, and a viewport that leaves nothing behind when deleted.

Under an application style sheet, Qt keeps what it worked out for each
widget it paints in a cache, and drops a widget's entry when the widget is
destroyed. A scroll area's viewport is the exception: Qt styles it as part
of its area, so it never watches the viewport, and the entry made when the
viewport paints its background outlives it (about 250 bytes). A kiosk that
makes and deletes scroll areas for each client grew by that much each time,
for as long as it ran.

The viewport here paints no background of its own: the scroll area's
background, painted under it by the style sheet, shows through, and Qt has
nothing to remember of it. An area kept for the window's whole life (the
pages' reused ones) keeps Qt's own opaque viewport: nothing of it is ever
deleted, and Qt paints it faster (the welcome page's first frame is about
10 ms sooner).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea


def plain_scroll_area(name: str = "", *, kept: bool = False) -> QScrollArea:
    """A frameless scroll area whose contents follow its size, called `name`.

    `kept`: the area lives as long as the window (see above).
    """
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not kept:
        see_through_viewport(area)
    return area


def see_through_viewport(area: QAbstractScrollArea) -> None:
    """Let `area`'s own background show through its viewport (see above)."""
    area.viewport().setAutoFillBackground(False)
