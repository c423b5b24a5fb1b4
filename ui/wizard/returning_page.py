"""Been here before? The client gives their date of birth and initials; no name is ever listed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.consultation.intake import Intake
from kiosk.consultation.returning import PHONE_END_DIGITS, Found, Lookup
from ui.widgets.basics import TouchButton, card, label
from ui.widgets.text_fields import DateField, entry
from ui.wizard.page import WizardPage


class ReturningPage(WizardPage):
    """Finds a client who has been here before.

    The client types their date of birth and initials and taps Find me; when
    two clients match, the page asks for the last digits of their mobile
    number. Whatever is found, the client goes on: found, their details are
    waiting pre-filled on the next pages; not found, they fill them in.

    Attributes:
        used: the client came this way (a client who tapped Start skips it,
            going forward and back).

    Signals:
        find_requested(object, str, str): date of birth, initials and the end of
            the mobile number (empty until asked), for the window to look up.
    """

    counts_as_step = False
    disables_next = True
    find_requested = Signal(object, str, str)

    def __init__(self, intake: Intake) -> None:
        super().__init__(
            self.tr("Welcome back"),
            self.tr(
                "To find your details, please give your date of birth and the first "
                "letters of your first and last names."
            ),
            name="page_returning",
        )
        self.intake = intake
        self.used = False
        self.lookup: Lookup | None = None
        form = card()
        column = QVBoxLayout(form)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        column.addWidget(label(self.tr("Date of birth"), "question"))
        self.born = DateField("returning_birth")
        self.born.changed.connect(self._edited)
        column.addWidget(self.born)
        column.addWidget(label(self.tr("Your initials (for example AS)"), "question"))
        self.initials = entry("text", "returningInitials", 2)
        self.initials.setFixedWidth(160)
        self.initials.setAccessibleName(self.tr("Your initials"))
        self.initials.textChanged.connect(self._edited)
        column.addWidget(self.initials)
        self.more_label = label(
            self.tr("Please also give the last {0} digits of your mobile number.").format(
                PHONE_END_DIGITS
            ),
            "question",
            name="returningMoreLabel",
        )
        self.phone_end = entry("digits", "returningPhoneEnd", PHONE_END_DIGITS)
        self.phone_end.setFixedWidth(160)
        self.phone_end.setAccessibleName(self.tr("The last digits of your mobile number"))
        self.phone_end.textChanged.connect(self._edited)
        for widget in (self.more_label, self.phone_end):
            widget.hide()
            column.addWidget(widget)
        self.find_button = TouchButton(self.tr("Find me"), role="primary", name="findMeButton")
        self.find_button.setEnabled(False)
        self.find_button.clicked.connect(self._find)
        row = QHBoxLayout()
        row.addWidget(self.find_button)
        row.addStretch(1)
        column.addLayout(row)
        self.body.addWidget(form)
        self.result = label("", "subtitle", name="returningResult")
        self.body.addWidget(self.result)
        self.body.addStretch(1)

    def _born(self) -> date | None:
        value = self.born.value()
        return value if isinstance(value, date) else None

    @Slot()
    def _edited(self) -> None:
        asking_more = self.phone_end.isVisibleTo(self)
        ready = self._born() is not None and len(self.initials.text().strip()) == 2
        if asking_more:
            ready = ready and len(self.phone_end.text()) == PHONE_END_DIGITS
        self.find_button.setEnabled(ready and self.intake.returning is None)

    @Slot()
    def _find(self) -> None:
        born = self._born()
        if born is None:
            return
        self.find_button.setEnabled(False)
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # the keyboard steps aside so the answer shows
        self.result.setText(self.tr("Looking for your details..."))
        phone_end = self.phone_end.text() if self.phone_end.isVisibleTo(self) else ""
        self.find_requested.emit(born, self.initials.text(), phone_end)

    def show_lookup(self, lookup: Lookup | None) -> None:
        """Say what the lookup found (None: the records could not be reached)."""
        self.lookup = lookup
        if lookup is None:
            self.result.setText(
                self.tr("We cannot look up your details just now. Please tap Next to fill them in.")
            )
        elif lookup.found is Found.ONE:
            self.result.setText(
                self.tr(
                    "We found your details. Tap Next: please check them, and change "
                    "anything that is no longer right."
                )
            )
        elif lookup.found is Found.SEVERAL:
            self.lookup = None  # one more detail is needed before going on
            self.more_label.show()
            self.phone_end.show()
            self.result.setText(self.tr("We need one more detail to find you."))
        else:
            self.result.setText(
                self.tr(
                    "We could not find you. Please tap Next and fill in your details: "
                    "the front desk can link your visits."
                )
            )
        self._edited()
        self.scroll_to(self.phone_end if self.phone_end.isVisibleTo(self) else self.result)
        self.complete_changed.emit()

    def draft(self) -> object:
        typed = (self.born.draft(), self.initials.text(), self.phone_end.text())
        return (self.used, self.lookup, typed)

    def restore_draft(self, draft: object) -> None:
        if not isinstance(draft, tuple):
            return
        self.used, lookup, (born, initials, phone_end) = draft
        self.born.restore_draft(born)
        self.initials.setText(initials)
        self.phone_end.setText(phone_end)
        if self.used and lookup is not None:
            self.show_lookup(lookup)

    def is_complete(self) -> bool:
        return self.lookup is not None

    def missing(self) -> str:
        return self.tr("Please tap Find me, or go back and tap Start.")

    def fields(self) -> tuple[QLineEdit, ...]:
        """The boxes the client types into (for the keyboard)."""
        return (self.born.day, self.born.month, self.born.year, self.initials, self.phone_end)
