"""The first screen: what the kiosk is for, how long it takes, and the privacy reset."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel

from kiosk.consultation.intake import Intake
from ui.widgets.basics import TouchButton, label
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
        languages: tuple[str, ...] = (),
    ) -> None:
        clinic = intake.content.clinic.clinic.name
        super().__init__(intake, self.tr("Welcome to {0}").format(clinic), name="page_welcome")
        self.title_label.setProperty("role", "hero")
        self.body.insertStretch(0, 2)
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
        self.body.addSpacing(30)
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
        if len(languages) > 1:
            choice = QHBoxLayout()
            for code in languages:
                button = TouchButton(code.upper(), name=f"language_{code}")
                button.setProperty("language", code)
                button.clicked.connect(self._language_tapped)
                choice.addWidget(button)
            choice.insertStretch(0, 1)
            choice.addStretch(1)
            self.body.addLayout(choice)
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

    @Slot()
    def _language_tapped(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.language_chosen.emit(str(button.property("language")))

    def showEvent(self, event: object) -> None:
        for child in self.findChildren(QLabel):
            child.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        super().showEvent(event)  # type: ignore[arg-type]
