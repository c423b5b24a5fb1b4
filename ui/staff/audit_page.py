"""The audit trail for admins: every event, newest first, and whether the chain is whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kiosk.consultation.desk import Desk
from kiosk.store.audit import AuditLine
from kiosk.store.staff import StaffMember
from ui.dates import date_and_time
from ui.staff.paged_model import PagedTableModel
from ui.staff.words import AUDIT_COLUMNS, action_words, detail_words
from ui.widgets.basics import TouchButton, label

PAGE = 200


class AuditModel(PagedTableModel[AuditLine]):
    """Audit events, newest first, read a page at a time through the desk (admins only).

    Attributes:
        member: who reads; None shows nothing.
    """

    captions = tuple(AUDIT_COLUMNS.values())

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.member: StaffMember | None = None

    def count(self) -> int:
        return 0 if self.member is None else self.desk.audit_count(self.member)

    def page_after(self, loaded: list[AuditLine]) -> list[AuditLine]:
        if self.member is None:
            return []
        return self.desk.audit_lines(self.member, loaded[-1].id if loaded else None, PAGE)

    def cell(self, event: AuditLine, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            date_and_time(event.at, seconds=True),
            event.staff,
            action_words(event.action),
            event.consultation,
            detail_words(event.detail),
        )
        return values[column]


class AuditPage(QWidget):
    """The trail and its check.

    Signals:
        back_requested()
    """

    back_requested = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.setObjectName("auditPage")
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        back = TouchButton(self.tr("‹  Queue"), role="quiet", name="auditBack")
        back.clicked.connect(self.back_requested)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(self.tr("Audit trail"), "title"))
        self.check = label("", "question", name="auditCheck")
        layout.addWidget(self.check)
        self.model = AuditModel(desk)
        table = QTableView()
        table.setObjectName("auditTable")
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        # Whole dates and actions in any language; the detail takes what is left.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)

    def refresh(self, member: StaffMember) -> None:
        """Read the trail again, as `member` (NotAllowed unless they may read it)."""
        self.model.member = member
        self.model.reload()
        problem = self.desk.audit_problem(member)
        self.check.setText(
            self.tr("The chain is unbroken ({0} events).").format(self.model.total)
            if problem is None
            else self.tr("Warning: {0}. Someone changed the records outside the kiosk.").format(
                problem
            )
        )
