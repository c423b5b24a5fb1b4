"""What every wizard page offers the window (QWizardPage's ideas, without QWizard)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import label
from ui.widgets.scroll_area import plain_scroll_area
from ui.widgets.touch_scroll import enable_touch, give_back, touch_scroll_area

MAX_TEXT_WIDTH = 1320
# Space kept between what is being typed and the top of the keyboard.
KEYBOARD_GAP = 24


class TextColumn(QWidget):
    """The page's column: at least as tall as its text needs at the width it has.

    A layout's least height is otherwise taken at its least width, where
    wrapped text runs to many more lines: the scroll area then keeps blank
    room below the page, and a page that fits the screen would scroll.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.width() > 0 and self.hasHeightForWidth():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint


class WizardPage(QWidget):
    """One screen of the wizard.

    Subclasses fill `self.body`. The window asks `is_complete` and
    `missing` when the client taps Next, and calls `initialize_page` each
    time the page is shown.

    Signals:
        complete_changed(): what `is_complete` says may have changed.
    """

    complete_changed = Signal()

    #: counted in the progress bar
    counts_as_step = True
    #: the idle countdown runs while this page is shown
    watches_idle = True
    #: the window shows Back and Next for it
    shows_navigation = True
    #: Next stays disabled (rather than explaining) until the page is complete
    disables_next = False

    def __init__(self, title: str, intro: str = "", name: str = "", *, touch: bool = True) -> None:
        """`touch`: False leaves finger dragging off until `enable_touch` (see touch_scroll)."""
        super().__init__()
        self.setObjectName(name or type(self).__name__)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._outer = outer
        # Dragging with a finger scrolls, as on a phone.
        self.scroll_area = touch_scroll_area(grab=touch)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 3)
        holder = QWidget()
        holder.setObjectName("pageBody")
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        column = TextColumn()
        column.setObjectName("pageBody")
        # Lines longer than this are hard to follow from a step away.
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        self.body = QVBoxLayout(column)
        self.body.setContentsMargins(56, 36, 56, 36)
        self.body.setSpacing(22)
        self.title_label = label(title, "title", name="pageTitle")
        self.body.addWidget(self.title_label)
        if intro:
            self.body.addWidget(label(intro, "subtitle", name="pageIntro"))
        self.scroll_area.setWidget(holder)
        # Room at the bottom while the keyboard covers it, so the last
        # question can still scroll up above the keys.
        # It joins the layout the first time the keyboard comes up.
        self._keyboard_room = QWidget()
        self._keyboard_room.setFixedHeight(0)
        self._pending: tuple[QWidget | None, int] = (None, 0)
        # The room under the questions may reach the scroll range only after
        # the scroll area has laid itself out again: scroll once more then.
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._range_changed)
        # Beside the scrolling part (under it on an upright screen): for what
        # a finger drags on (the signature pad), which a finger-scrolled area
        # would take for a scroll. Made by the few pages that use it. Its own
        # scroll bar (no finger scrolling) keeps it whole at the largest text
        # on a short screen.
        self.side_scroll: QScrollArea | None = None
        self.side = QVBoxLayout()

    def show_side_panel(self) -> None:
        """Show the panel beside the page (the page then fills `self.side`)."""
        if self.side_scroll is not None:
            return
        panel = QWidget()
        panel.setObjectName("pageBody")
        panel.setLayout(self.side)
        self.side.setSpacing(16)
        self._place_side_panel(self.size())
        self.side_scroll = plain_scroll_area("sidePanel")
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(panel)
        self._outer.addWidget(self.side_scroll, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_side_panel(event.size())
        super().resizeEvent(event)

    def _place_side_panel(self, size: QSize) -> None:
        # On an upright screen the side panel goes under the page, not beside it.
        upright = size.height() > size.width()
        self._outer.setDirection(
            QBoxLayout.Direction.TopToBottom if upright else QBoxLayout.Direction.LeftToRight
        )
        inner, outer = (56 if upright else 0), 56
        if self.isRightToLeft():  # the panel is at the left: its open side faces the page
            inner, outer = outer, inner
        self.side.setContentsMargins(inner, 12 if upright else 36, outer, 24)

    def enable_touch(self) -> None:
        """Let a finger drag the page (for a page made with `touch=False`)."""
        enable_touch(self.scroll_area)

    def release(self, keeper: QWidget, *, at_once: bool) -> None:
        """Before the page is destroyed: its scroll area, emptied, goes back for reuse.

        `at_once`: what the page showed is deleted now (see give_back).
        """
        self._outer.removeWidget(self.scroll_area)
        give_back(self.scroll_area, keeper, at_once=at_once)

    def title(self) -> str:
        return self.title_label.text()

    def initialize_page(self) -> None:
        """Called each time the page is shown."""

    def prepare(self) -> None:
        """Make ready what showing the page will need, while the page before it is read.

        Called by the window's read-ahead; a page whose contents follow the
        answers builds them here, and `initialize_page` then only shows them.
        """

    def is_complete(self) -> bool:
        """Whether the client may go on."""
        return True

    def missing(self) -> str:
        """In plain words, what the client still has to do here."""
        return ""

    def show_problems(self) -> None:
        """Point at what is missing (called when Next is tapped too early)."""

    def go_back_within(self) -> bool:
        """Take Back inside the page (out of a detail view); False when there is nothing to undo."""
        return False

    def draft(self) -> object:
        """What the client has put on this page that is not an answer yet (kept across a change
        of language, when the page is made again in other words)."""
        return None

    def restore_draft(self, draft: object) -> None:
        """Put back what `draft` (from this kind of page) holds."""

    def next_text(self) -> str:
        return self.tr("Next")

    def scroll_to(self, widget: QWidget) -> None:
        """Bring `widget` into view."""
        self.scroll_area.ensureWidgetVisible(widget, 40, 120)

    def make_room(self, covered: int) -> None:
        """Leave `covered` pixels of space under the questions (0 when the keyboard goes)."""
        if covered == 0:
            self._pending = (None, 0)
        self._keyboard_room.setFixedHeight(covered)
        # Always last, under whatever the page added after construction.
        self.body.removeWidget(self._keyboard_room)
        self.body.addWidget(self._keyboard_room)
        holder = self.scroll_area.widget()
        if holder is not None and holder.layout() is not None:
            holder.layout().activate()  # type: ignore[union-attr]

    def keep_above(self, widget: QWidget, covered: int) -> None:
        """Scroll so `widget` is not hidden under the bottom `covered` pixels (the keyboard)."""
        self.make_room(covered)
        self._pending = (widget, covered)
        # After the room is laid out, so the scroll range already includes it.
        QTimer.singleShot(0, self._scroll_above_keyboard)

    @Slot(int, int)
    def _range_changed(self, _low: int, _high: int) -> None:
        if self._pending[0] is not None:
            self._scroll_above_keyboard()

    @Slot()
    def _scroll_above_keyboard(self) -> None:
        widget, covered = self._pending
        viewport = self.scroll_area.viewport()
        if widget is None or not viewport.isAncestorOf(widget):
            return
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
        # The keyboard covers the navigation bar and part of the page.
        visible = viewport.height() - max(0, covered - self._below_viewport())
        bar = self.scroll_area.verticalScrollBar()
        if bottom + KEYBOARD_GAP > visible:
            # Down until the bottom clears the keys, but never past its top.
            bar.setValue(bar.value() + min(bottom + KEYBOARD_GAP - visible, top - KEYBOARD_GAP))
        elif top < 0:
            bar.setValue(bar.value() + top - KEYBOARD_GAP)

    def _below_viewport(self) -> int:
        window = self.window()
        viewport = self.scroll_area.viewport()
        bottom = viewport.mapTo(window, viewport.rect().bottomLeft()).y()
        return max(0, window.height() - bottom)
