"""Thank you: the last screen, before the kiosk clears itself for the next client."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.consultation.intake import Intake
from ui.widgets.basics import label
from ui.wizard.page import WizardPage


class ThankYouPage(WizardPage):
    """A warm goodbye; the idle countdown rests here."""

    counts_as_step = False
    watches_idle = False
    shows_navigation = False

    def __init__(self, intake: Intake) -> None:
        super().__init__(self.tr("Thank you"), name="page_thank_you")
        self.intake = intake
        self.title_label.setProperty("role", "hero")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.insertStretch(0, 2)
        message = label(
            self.tr(
                "Please take a seat. A practitioner will see you soon and go through "
                "your plan with you."
            ),
            "subtitle",
        )
        message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(message)
        self.warning = label("", "problem", name="thankYouWarning")
        self.warning.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.print_problem = label("", "printProblem", name="thankYouPrintProblem")
        self.print_problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.print_problem.hide()
        self.body.addWidget(self.print_problem)
        self.body.addStretch(3)

    def initialize_page(self) -> None:
        first = self.intake.get("first_name")
        if isinstance(first, str) and first:
            self.title_label.setText(self.tr("Thank you, {0}").format(first))

    def set_warning(self, text: str) -> None:
        """Something the client must tell the front desk (a save that failed)."""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def set_print_problem(self, text: str) -> None:
        """Say again, before the client leaves, that their printout did not come."""
        self.print_problem.setText(text)
        self.print_problem.setVisible(bool(text))
