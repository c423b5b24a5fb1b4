"""The first screen: what the kiosk is for, how long it takes, and the privacy reset.

It is painted before the rest of the kiosk is loaded (see ui.launch), so it
imports nothing but Qt and the widgets it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel

from kiosk.consultation.front_page import FrontPage
from ui.theme import TOUCH_PX
from ui.widgets.basics import TouchButton, label
from ui.widgets.language_choice import LanguageButtons
from ui.wizard.page import WizardPage


def returning_row(returning: SignalInstance) -> QHBoxLayout:
    """The "I have been here before" button, centred."""
    button = TouchButton(
        QCoreApplication.translate("ReturningPage", "I have been here before"),
        role="quiet",
        name="returningButton",
    )
    button.setMinimumWidth(420)
    button.clicked.connect(returning)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(button)
    row.addStretch(1)
    return row


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
        if len(languages) > 1:
            # First of all, above words the client may not read.
            self.body.setSpacing(16)
            choice = LanguageButtons(languages, language, height=TOUCH_PX + 16)
            choice.chosen.connect(self.language_chosen)
            line = QHBoxLayout()
            line.addStretch(1)
            line.addWidget(choice)
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
        self.body.addSpacing(30 if len(languages) <= 1 else 0)
        start = TouchButton(self.tr("Start"), role="primary", name="startButton")
        start.setMinimumHeight(110)
        start.setMinimumWidth(420)
        start.setProperty("scale", "large")
        start.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(start)
        row.addStretch(1)
        self.body.addLayout(row)
        if front.offers_lookup:
            self.body.addLayout(returning_row(self.returning))
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

    def showEvent(self, event: object) -> None:
        for child in self.findChildren(QLabel):
            child.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        super().showEvent(event)  # type: ignore[arg-type]
