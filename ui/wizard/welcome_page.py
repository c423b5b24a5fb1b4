"""The first screen: what the kiosk is for, how long it takes, and the privacy reset.

It is painted before the rest of the kiosk is loaded (see ui.launch), so it
imports nothing but Qt and the widgets it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

from kiosk.consultation.front_page import FrontPage
from ui.theme import TOUCH_PX
from ui.widgets.basics import TouchButton, label, restyle
from ui.widgets.language_choice import LanguageButtons
from ui.wizard.page import WizardPage


def returning_button(returning: SignalInstance) -> TouchButton:
    """The "I have been here before" button."""
    button = TouchButton(
        QCoreApplication.translate("ReturningPage", "I have been here before"),
        role="quiet",
        name="returningButton",
    )
    button.setMinimumWidth(420)
    button.clicked.connect(returning)
    return button


class WelcomePage(WizardPage):
    """Welcome, Start, and (when the clinic offers several) the language.

    Signals:
        start(): the client tapped Start.
        returning(): the client has been here before (offered when the
            kiosk can look clients up).
        language_chosen(str): the client chose a language.
    """

    counts_as_step = False
    watches_idle = False
    shows_navigation = False

    start = Signal()
    returning = Signal()
    language_chosen = Signal(str)

    def __init__(self, front: FrontPage, language: str, *, touch: bool = True) -> None:
        """The welcome page of `front`, in `language` (the one ticked among several).

        `touch`: False for the page painted before the kiosk opens, which
        then calls `enable_touch` (see ui.widgets.touch_scroll).
        """
        languages = front.languages
        super().__init__(
            self.tr("Welcome to {0}").format(front.clinic_name), name="page_welcome", touch=touch
        )
        self.front = front
        self.title_label.setProperty("role", "hero")
        self.body.insertStretch(0, 2)
        several = len(languages) > 1
        if several:
            # First of all, above words the client may not read.
            self.choice = LanguageButtons(languages, language, height=TOUCH_PX + 16)
            self.choice.chosen.connect(self.language_chosen)
            line = QHBoxLayout()
            line.addStretch(1)
            line.addWidget(self.choice)
            line.addStretch(1)
            self.body.insertLayout(0, line)
        self.body.addWidget(
            label(
                self.tr(
                    "Find out which skin treatments suit you, and take home your own plan. "
                    "It takes about 10 minutes."
                ),
                "subtitle",
            )
        )
        self.body.addWidget(
            label(
                self.tr(
                    "Answer at your own pace: you can go back at any time. If you need "
                    "reading glasses or help, please ask at the front desk."
                ),
                "help",
            )
        )
        # Room to breathe, unless the languages take it.
        self._breathing = QWidget()
        self._breathing.setFixedHeight(0 if several else 30)
        self.body.addWidget(self._breathing)
        start = TouchButton(self.tr("Start"), role="primary", name="startButton")
        start.setMinimumWidth(420)
        start.setProperty("scale", "large")
        start.clicked.connect(self.start)
        self.start_button = start
        # Start above "I have been here before"; side by side on a short screen.
        # Only as wide as the buttons, in the middle.
        buttons = QWidget()
        self.buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom, buttons)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(start)
        if front.offers_lookup:
            self.buttons.addWidget(returning_button(self.returning))
        self.body.addWidget(buttons, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(3)
        self.body.addWidget(
            label(
                self.tr(
                    "For your privacy: if nobody touches the screen for %n second(s), we ask "
                    "whether you are still there, and then clear your answers.",
                    "",
                    front.idle_seconds,
                ),
                "muted",
                name="idleNotice",
            )
        )
        self.compact: bool | None = None
        self._lay_out(compact=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Everything on screen without scrolling, the privacy notice too: the
        # roomy layout where it fits, else the compact one (a landscape
        # screen of 800 lines, a longer translation).
        self._lay_out(compact=False)
        if self._needed_height(event.size().width()) > event.size().height():
            self._lay_out(compact=True)
        super().resizeEvent(event)

    def _needed_height(self, width: int) -> int:
        """The height the scroll area will give the page's contents at `width`."""
        holder = self.scroll_area.widget()
        if holder is None:
            return 0
        # The scroll area keeps the contents at least their least size, which
        # for wrapped text can be more than their height for this width.
        least = holder.minimumSizeHint().height()
        return max(least, holder.heightForWidth(width)) if holder.hasHeightForWidth() else least

    def _lay_out(self, *, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        several = len(self.front.languages) > 1
        self.body.setSpacing(10 if compact else 16 if several else 22)
        self.body.setContentsMargins(56, 12 if compact else 36, 56, 12 if compact else 36)
        self._breathing.setVisible(not compact)
        # Compact: as tall as its words need (the style sheet's least), never squeezed.
        self.start_button.setMinimumHeight(0 if compact else 110)
        self.buttons.setDirection(
            QBoxLayout.Direction.LeftToRight if compact else QBoxLayout.Direction.TopToBottom
        )
        self.buttons.setSpacing(32 if compact else 22)
        if several:
            self.choice.set_compact(compact)
        self.title_label.setProperty("compact", compact)
        restyle(self.title_label)

    def showEvent(self, event: object) -> None:
        for child in self.findChildren(QLabel):
            child.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        super().showEvent(event)  # type: ignore[arg-type]
