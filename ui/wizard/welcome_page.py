"""The first screen: what the kiosk is for, how long it takes, and the privacy reset."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel

from kiosk.consultation.intake import Intake
from kiosk.content.languages import Language
from ui.theme import TOUCH_PX
from ui.widgets.basics import TouchButton, label
from ui.widgets.language_choice import LanguageButtons
from ui.wizard.page import WizardPage
from ui.wizard.returning_page import returning_row


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

    def __init__(
        self,
        intake: Intake,
        idle_seconds: int,
        offers_lookup: bool = False,
        languages: Sequence[Language] = (),
    ) -> None:
        clinic = intake.content.clinic.clinic.name
        super().__init__(intake, self.tr("Welcome to {0}").format(clinic), name="page_welcome")
        self.title_label.setProperty("role", "hero")
        self.body.insertStretch(0, 2)
        if len(languages) > 1:
            # First of all, above words the client may not read.
            self.body.setSpacing(16)
            choice = LanguageButtons(languages, intake.language, height=TOUCH_PX + 16)
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
        if offers_lookup:
            self.body.addLayout(returning_row(self.returning))
        self.body.addStretch(3)
        self.body.addWidget(
            label(
                self.tr(
                    "For your privacy: if nobody touches the screen for %n second(s), we ask "
                    "whether you are still there, and then clear your answers.",
                    "",
                    idle_seconds,
                ),
                "muted",
                name="idleNotice",
            )
        )

    def showEvent(self, event: object) -> None:
        for child in self.findChildren(QLabel):
            child.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        super().showEvent(event)  # type: ignore[arg-type]
