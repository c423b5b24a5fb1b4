"""Your results in kind, plain words: suitable, a talk with a practitioner, or not today."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.content.rules import Outcome
from kiosk.engine.screening import Suitability
from ui.dates import long_date
from ui.widgets.basics import card, label
from ui.wizard.page import WizardPage


class ResultsPage(WizardPage):
    """The outcome for the recommended treatment, with the reasons that matter to the client."""

    def __init__(self, intake: Intake) -> None:
        super().__init__(intake, self.tr("Your results"), name="page_results")
        self.holder = QWidget()
        self.column = QVBoxLayout(self.holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(20)
        self.body.addWidget(self.holder)
        self.body.addStretch(1)

    def initialize_page(self) -> None:
        """Rebuild from the answers as they are now (the client may have gone back)."""
        new = QWidget()
        self.column = QVBoxLayout(new)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(20)
        self.body.replaceWidget(self.holder, new)
        self.holder.deleteLater()
        self.holder = new
        self._fill()

    def _fill(self) -> None:
        assessment = self.intake.assessment()
        plan = assessment.plan
        language = self.intake.language
        catalogue = self.intake.content.catalogue
        name = self.intake.text(catalogue.treatment[plan.treatment].name) if plan.treatment else ""
        status = assessment.status
        if status is Suitability.SUITABLE:
            headline = self.tr("Good news: {0} suits you.").format(name)
            line = self.tr("Your personal plan is on the next screens.")
        elif status is Suitability.REVIEW:
            headline = self.tr(
                "{0} may suit you. A practitioner will talk it through with you first."
            ).format(name)
            line = self.tr("This is usual, and it keeps your treatment safe.")
        elif status is Suitability.DEFER and plan.earliest_date is not None:
            headline = self.tr("Not today, but from {0}.").format(
                long_date(plan.earliest_date, language)
            )
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

        relevant = [
            flag
            for flag in assessment.screening.flags
            if plan.treatment is None or plan.treatment in flag.treatments
        ]
        reasons = [f for f in relevant if f.outcome is not Outcome.PREP]
        preparations = [f for f in relevant if f.outcome is Outcome.PREP]
        if reasons:
            self.column.addWidget(label(self.tr("Why"), "question"))
            for flag in reasons:
                when = ""
                if flag.until is not None:
                    when = "  " + self.tr("(from {0})").format(long_date(flag.until, language))
                self.column.addWidget(
                    label(
                        "•  " + self.intake.text(flag.client_text) + when,
                        name=f"reason_{flag.rule}",
                    )
                )
        if preparations:
            self.column.addWidget(label(self.tr("Before your treatment"), "question"))
            for flag in preparations:
                self.column.addWidget(
                    label("•  " + self.intake.text(flag.client_text), name=f"reason_{flag.rule}")
                )
        self.column.addWidget(
            label(
                self.tr(
                    "Nothing here is a diagnosis. A practitioner reviews every answer "
                    "before any treatment."
                ),
                "muted",
            )
        )
