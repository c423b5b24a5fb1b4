"""What every wizard page offers the window (QWizardPage's ideas, without QWizard)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.intake_session import Intake
from ui.widgets.basics import label


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

    def __init__(self, intake: Intake, title: str, intro: str = "", name: str = "") -> None:
        super().__init__()
        self.intake = intake
        self.setObjectName(name or type(self).__name__)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Dragging with a finger scrolls, as on a phone.
        QScroller.grabGesture(
            self.scroll_area.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        outer.addWidget(self.scroll_area)
        holder = QWidget()
        holder.setObjectName("pageBody")
        self.body = QVBoxLayout(holder)
        self.body.setContentsMargins(72, 40, 72, 40)
        self.body.setSpacing(24)
        self.title_label = label(title, "title", name="pageTitle")
        self.body.addWidget(self.title_label)
        if intro:
            self.body.addWidget(label(intro, "subtitle", name="pageIntro"))
        self.scroll_area.setWidget(holder)
        # Below the scrolling part: for what a finger drags on (the signature
        # pad), which a scroll area would take for a scroll.
        self.fixed = QVBoxLayout()
        self.fixed.setContentsMargins(72, 0, 72, 16)
        outer.addLayout(self.fixed)

    def title(self) -> str:
        return self.title_label.text()

    def initialize_page(self) -> None:
        """Called each time the page is shown."""

    def is_complete(self) -> bool:
        """Whether the client may go on."""
        return True

    def missing(self) -> str:
        """In plain words, what the client still has to do here."""
        return ""

    def show_problems(self) -> None:
        """Point at what is missing (called when Next is tapped too early)."""

    def next_text(self) -> str:
        return self.tr("Next")

    def scroll_to(self, widget: QWidget) -> None:
        """Bring `widget` into view."""
        self.scroll_area.ensureWidgetVisible(widget, 40, 120)
