"""Your results in kind, plain words: suitable, a talk with a practitioner, or not today."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.engine.screening import Suitability
from kiosk.record.telling import plan_in_words
from ui.widgets.basics import card, label
from ui.wizard.page import WizardPage


class ResultsPage(WizardPage):
    """The outcome for the recommended treatment, with the reasons that matter to the client."""

    def __init__(self, intake: Intake) -> None:
        super().__init__(self.tr("Your results"), name="page_results")
        self.intake = intake
        self._shown_for: object = None
        self.holder = QWidget()
        self.column = QVBoxLayout(self.holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(20)
        self.body.addWidget(self.holder)
        self.body.addStretch(1)

    def initialize_page(self) -> None:
        """Rebuild from the answers as they are now (the client may have gone back)."""
        assessment = self.intake.assessment()
        if assessment is self._shown_for:
            return  # the same answers: the page already says what they mean
        self._shown_for = assessment
        new = QWidget()
        self.column = QVBoxLayout(new)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(20)
        self.body.replaceWidget(self.holder, new)
        self.holder.deleteLater()
        self.holder = new
        self._fill()

    def _fill(self) -> None:
        told = plan_in_words(self.intake.content, self.intake.assessment(), self.intake.language)
        headline_facts = told.headline
        name = headline_facts.treatment or ""
        status = headline_facts.status
        if status is Suitability.SUITABLE:
            headline = self.tr("Good news: {0} suits you.").format(name)
            line = self.tr("Your personal plan is on the next screens.")
        elif status is Suitability.REVIEW:
            headline = self.tr(
                "{0} may suit you. A practitioner will talk it through with you first."
            ).format(name)
            line = self.tr("This is usual, and it keeps your treatment safe.")
        elif status is Suitability.DEFER and headline_facts.from_date is not None:
            headline = self.tr("Not today, but from {0}.").format(headline_facts.from_date)
            line = self.tr("{0} can start then. Your plan is on the next screens.").format(name)
        elif status is Suitability.DEFER:
            headline = self.tr("Not today, but soon.")
            line = self.tr("{0} can start once the reasons below have passed.").format(name)
        else:
            headline = self.tr("These treatments are not right for you at the moment.")
            line = self.tr("Please talk to us at the front desk: we are happy to help.")
        outcome = card("outcomeCard")
        outcome.setProperty("status", status.value)
        box = QVBoxLayout(outcome)
        box.setContentsMargins(36, 30, 36, 30)
        box.addWidget(label(headline, "question", name="outcomeHeadline"))
        box.addWidget(label(line, "subtitle", name="outcomeLine"))
        self.column.addWidget(outcome)

        if told.reasons:
            self.column.addWidget(label(self.tr("Why"), "question"))
            for reason in told.reasons:
                when = ""
                if reason.until is not None:
                    when = "  " + self.tr("(from {0})").format(reason.until)
                self.column.addWidget(
                    label("•  " + reason.text + when, name=f"reason_{reason.rule}")
                )
        if told.getting_ready:
            self.column.addWidget(label(self.tr("Before your treatment"), "question"))
            for reason in told.getting_ready:
                self.column.addWidget(label("•  " + reason.text, name=f"reason_{reason.rule}"))
        self.column.addWidget(
            label(
                self.tr(
                    "Nothing here is a diagnosis. A practitioner reviews every answer "
                    "before any treatment."
                ),
                "muted",
            )
        )
