"""What only admins do on the staff screen: accounts, export, and the retention purge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.store.staff import StaffMember
from ui.staff.danger import DangerConfirmation, danger_button
from ui.staff.words import role_words
from ui.widgets.basics import TouchButton, card, clear_layout, label


class AdminPage(QWidget):
    """Accounts (with their locks), exports and the purge.

    Signals:
        unlock_requested(str): a username to unlock.
        export_requested(str): "fhir" or "csv".
        purge_requested(): delete what is past the retention period (once confirmed).
        back_requested()
    """

    unlock_requested = Signal(str)
    export_requested = Signal(str)
    purge_requested = Signal()
    back_requested = Signal()

    def __init__(self, retention_days: int, draft_hours: int) -> None:
        super().__init__()
        self.setObjectName("adminPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        back = TouchButton(self.tr("‹  Queue"), role="quiet", name="adminBack")
        back.clicked.connect(self.back_requested)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(self.tr("Administration"), "title"))
        self.accounts_box = card("accountsCard")
        self.accounts_grid = QGridLayout(self.accounts_box)
        layout.addWidget(self.accounts_box)
        data = card("dataCard")
        column = QVBoxLayout(data)
        column.addWidget(label(self.tr("Consultations"), "subtitle"))
        row = QHBoxLayout()
        for kind, caption in (
            ("fhir", self.tr("Export (FHIR JSON)")),
            ("csv", self.tr("Export (CSV)")),
        ):
            button = TouchButton(caption, name=f"export_{kind}")
            button.setProperty("kind", kind)
            button.clicked.connect(self._export)
            row.addWidget(button)
        purge = danger_button(self.tr("Delete past the retention period…"), "purge")
        row.addWidget(purge)
        row.addStretch(1)
        column.addLayout(row)
        confirmation = DangerConfirmation(
            self.tr("Delete every consultation older than {0} days?").format(retention_days),
            [
                self.tr(
                    "Each of them for good: the client's answers, flags, plan, signed consent "
                    "and signature, and every decision and note."
                ),
                self.tr("The answers of consultations abandoned more than {0} hours ago.").format(
                    draft_hours
                ),
                self.tr("Clients left with no consultation are erased with them."),
            ],
            self.tr("Hold to delete"),
            name="purgeConfirmation",
        )
        purge.clicked.connect(confirmation.ask)
        confirmation.confirmed.connect(self.purge_requested)
        column.addWidget(confirmation)
        self.status = label("", "muted", name="adminStatus")
        column.addWidget(self.status)
        layout.addWidget(data)
        layout.addWidget(
            label(
                self.tr(
                    "New accounts and new PINs are made with 'clinic-kiosk staff-user', where "
                    "each person types their own PIN."
                ),
                "help",
            )
        )
        layout.addStretch(1)

    def refresh(self, accounts: list[tuple[StaffMember, bool, int]]) -> None:
        """Show the accounts, each with whether it is locked and its failed sign-ins."""
        clear_layout(self.accounts_grid)
        self.accounts_grid.addWidget(label(self.tr("Staff accounts"), "subtitle"), 0, 0, 1, 3)
        for row, (member, locked, failures) in enumerate(accounts, start=1):
            self.accounts_grid.addWidget(
                label(f"{member.display_name} ({member.username})"), row, 0
            )
            state = (
                self.tr("locked")
                if locked
                else (
                    self.tr("{0} failed sign-ins").format(failures)
                    if failures
                    else role_words(member.role)
                )
            )
            self.accounts_grid.addWidget(
                label(state, "help", name=f"state_{member.username}"), row, 1
            )
            if locked or failures:
                unlock = TouchButton(self.tr("Unlock"), name=f"unlock_{member.username}")
                unlock.setProperty("username", member.username)
                unlock.clicked.connect(self._unlock)
                self.accounts_grid.addWidget(unlock, row, 2)
        for index in range(self.accounts_grid.count()):
            item = self.accounts_grid.itemAt(index)
            if item is not None and item.widget() is not None:
                item.widget().show()  # type: ignore[union-attr]

    @Slot()
    def _unlock(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.unlock_requested.emit(str(button.property("username")))

    @Slot()
    def _export(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self.export_requested.emit(str(button.property("kind")))
