"""Your plan: the treatment, dates, preparation, aftercare and cost; Print and Finish."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.record.telling import plan_in_words
from ui.widgets.basics import TouchButton, card, label
from ui.wizard.email_choice import EmailChoice
from ui.wizard.page import WizardPage


class PlanPage(WizardPage):
    """The personal plan, and the Print button.

    Signals:
        print_requested(): the client tapped Print.
        preview_requested(): the client wants to see the printout first.
    """

    print_requested = Signal()
    preview_requested = Signal()

    def __init__(self, intake: Intake, can_print: bool, offers_email: bool = False) -> None:
        super().__init__(self.tr("Your plan"), name="page_plan")
        self.intake = intake
        self._shown_for: object = None
        self.can_print = can_print
        # Print first, right under the title: the client should not have to
        # scroll past the whole plan to find it.
        self.print_button = TouchButton(
            self.tr("Print my plan"), role="primary", name="printButton"
        )
        self.print_button.setMinimumHeight(80)
        self.print_button.clicked.connect(self.print_requested)
        self.preview_button = TouchButton(
            self.tr("See my printout"), role="quiet", name="previewButton"
        )
        self.preview_button.setMinimumHeight(80)
        self.preview_button.clicked.connect(self.preview_requested)
        row = QHBoxLayout()
        row.setSpacing(20)
        # Aligned, so each keeps its own height: a row of fixed-height buttons
        # is only as tall as its shortest, and the larger text would be cut.
        row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.body.addLayout(row)
        self.print_status = label("", "printStatus", name="printStatus")
        self.print_status.hide()
        self.body.addWidget(self.print_status)
        self.print_button.setVisible(can_print)
        self.preview_button.setVisible(can_print)
        self.holder = QWidget()
        self.body.addWidget(self.holder)
        self.email_choice = EmailChoice(intake, offers_email)
        self.body.addWidget(self.email_choice)
        self.body.addStretch(1)

    def next_text(self) -> str:
        return self.tr("Finish")

    def set_print_status(self, text: str, busy: bool = False, problem: bool = False) -> None:
        """Say how printing goes, in large type; the button rests while it runs."""
        self.print_status.setText(text)
        self.print_status.setVisible(bool(text))
        self.print_status.setProperty("role", "printProblem" if problem else "printStatus")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        self.print_button.setEnabled(not busy)

    def initialize_page(self) -> None:
        self.email_choice.refresh()
        self.prepare()

    def prepare(self) -> None:
        assessment = self.intake.assessment()
        if assessment is self._shown_for:
            return  # the same answers: the page already says what they mean
        self._shown_for = assessment
        new = QWidget()
        column = QVBoxLayout(new)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(20)
        self._fill(column)
        self.body.replaceWidget(self.holder, new)
        self.holder.deleteLater()
        self.holder = new

    def _fill(self, column: QVBoxLayout) -> None:
        intake = self.intake
        told = plan_in_words(intake.content, intake.assessment(), intake.language)
        suggestion = told.suggestion
        if suggestion is None:
            column.addWidget(
                label(
                    self.tr(
                        "We could not suggest a treatment from your answers today. A "
                        "practitioner will talk with you about what else could help."
                    ),
                    "subtitle",
                    name="noPlan",
                )
            )
            return
        top = card("planTreatment")
        box = QVBoxLayout(top)
        box.setContentsMargins(36, 28, 36, 28)
        box.addWidget(label(suggestion.treatment, "title", name="planTreatmentName"))
        box.addWidget(label(suggestion.summary, "subtitle"))
        if suggestion.helps_with:
            why = ", ".join(suggestion.helps_with)
            box.addWidget(label(self.tr("Why: it helps with {0}.").format(why), name="planWhy"))
        column.addWidget(top)

        schedule = card("planSchedule")
        box = QVBoxLayout(schedule)
        box.setContentsMargins(36, 24, 36, 24)
        box.addWidget(label(suggestion.sessions_line, "question", name="planSessions"))
        if suggestion.dates:
            for number, day in enumerate(suggestion.dates, start=1):
                box.addWidget(
                    label(self.tr("Session {0}: {1}").format(number, day), name=f"session_{number}")
                )
            box.addWidget(label(self.tr("The clinic will confirm the dates with you."), "muted"))
        else:
            box.addWidget(
                label(self.tr("We will set the dates with you once your skin is ready."), "muted")
            )
        if suggestion.cost is not None:
            box.addWidget(
                label(
                    self.tr("Cost: {0} to {1} for the course").format(
                        suggestion.cost.low, suggestion.cost.high
                    ),
                    "question",
                    name="planCost",
                )
            )
        column.addWidget(schedule)

        if suggestion.preparation:
            prep = card("planPreparation")
            box = QVBoxLayout(prep)
            box.setContentsMargins(36, 24, 36, 24)
            box.addWidget(label(self.tr("Getting ready"), "question"))
            for number, step in enumerate(suggestion.preparation, start=1):
                box.addWidget(label(f"☐  {step.when}: {step.text}", name=f"preparation_{number}"))
            column.addWidget(prep)

        if told.aftercare is not None:
            after = card("planAftercare")
            box = QVBoxLayout(after)
            box.setContentsMargins(36, 24, 36, 24)
            box.addWidget(label(told.aftercare.title, "question"))
            for stage in told.aftercare.timeline:
                box.addWidget(label(f"{stage.when}: {stage.text}"))
            column.addWidget(after)
        if told.closing_note:
            column.addWidget(label(told.closing_note, "muted"))
