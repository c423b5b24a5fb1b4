"""The plan page's "Email me my plan" tick: nothing is emailed without it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.content.model import EMAIL_ITEM
from ui.widgets.basics import label
from ui.widgets.choice_fields import ChoiceOption, TileButton


class EmailChoice(QWidget):
    """A tile the client ticks to have their plan emailed; shown only when the clinic has a
    mail server and the client gave an email address."""

    def __init__(self, intake: Intake, offered: bool) -> None:
        super().__init__()
        self.intake = intake
        self.offered = offered
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 12, 0, 0)
        self.tile = TileButton(ChoiceOption(code="email", label=self.tr("Email me my plan")))
        self.tile.setObjectName("emailPlan")
        self.tile.toggled.connect(self._toggled)
        column.addWidget(self.tile)
        self.note = label("", "help", name="emailPlanNote")
        column.addWidget(self.note)
        self.setVisible(False)

    def refresh(self) -> None:
        """Show the tick for the address the client gave (hidden without one)."""
        address = self.intake.get(EMAIL_ITEM)
        shown = self.offered and isinstance(address, str) and bool(address)
        self.setVisible(shown)
        if not shown:
            self.intake.email_plan = False
            return
        self.tile.blockSignals(True)
        self.tile.setChecked(self.intake.email_plan)
        self.tile.blockSignals(False)
        self._show(self.intake.email_plan)
        self.note.setText(
            self.tr("To {0}. The email only says that your plan is attached.").format(address)
        )

    @Slot(bool)
    def _toggled(self, ticked: bool) -> None:
        self.intake.email_plan = ticked
        self._show(ticked)

    def _show(self, ticked: bool) -> None:
        self.tile.title.setText(("☑  " if ticked else "☐  ") + self.tr("Email me my plan"))
