"""Thank you: the last screen, before the kiosk clears itself for the next client."""

from __future__ import annotations

from kiosk.intake_session import Intake
from ui.widgets.basics import label
from ui.wizard.page import WizardPage


class ThankYouPage(WizardPage):
    """A warm goodbye; the idle countdown rests here."""

    counts_as_step = False
    watches_idle = False
    shows_navigation = False

    def __init__(self, intake: Intake) -> None:
        super().__init__(intake, self.tr("Thank you"), name="page_thank_you")
        self.body.addSpacing(20)
        self.body.addWidget(
            label(
                self.tr(
                    "Please take a seat. A practitioner will see you soon and go through "
                    "your plan with you."
                ),
                "subtitle",
            )
        )
        self.body.addStretch(1)

    def initialize_page(self) -> None:
        first = self.intake.get("first_name")
        if isinstance(first, str) and first:
            self.title_label.setText(self.tr("Thank you, {0}").format(first))
