"""The audit trail for admins: every event, newest first, and whether the chain is whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kiosk.store.audit import AuditTrail
from kiosk.store.models import AuditEvent
from ui.dates import date_and_time
from ui.staff.paged_model import PagedTableModel
from ui.staff.words import AUDIT_COLUMNS, action_words, detail_words
from ui.widgets.basics import TouchButton, label

PAGE = 200


class AuditModel(PagedTableModel[AuditEvent]):
    """Audit events, newest first, read a page at a time."""

    captions = tuple(AUDIT_COLUMNS.values())

    def count(self) -> int:
        return int(AuditEvent.select().count())

    def page_after(self, loaded: list[AuditEvent]) -> list[AuditEvent]:
        query = AuditEvent.select().order_by(AuditEvent.id.desc()).limit(PAGE)
        if loaded:
            query = query.where(AuditEvent.id < loaded[-1].id)
        return list(query)

    def cell(self, event: AuditEvent, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            date_and_time(event.at, seconds=True),
            event.staff_username or "",
            action_words(event.action),
            event.consultation_public_id or "",
            detail_words(event.detail),
        )
        return values[column]


class AuditPage(QWidget):
    """The trail and its check.

    Signals:
        back_requested()
    """

    back_requested = Signal()

    def __init__(self, trail: AuditTrail) -> None:
        super().__init__()
        self.setObjectName("auditPage")
        self.trail = trail
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        back = TouchButton(self.tr("‹  Queue"), role="quiet", name="auditBack")
        back.clicked.connect(self.back_requested)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label(self.tr("Audit trail"), "title"))
        self.check = label("", "question", name="auditCheck")
        layout.addWidget(self.check)
        self.model = AuditModel()
        table = QTableView()
        table.setObjectName("auditTable")
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        # Whole dates and actions in any language; the detail takes what is left.
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)

    def refresh(self) -> None:
        self.model.reload()
        problem = self.trail.verify()
        self.check.setText(
            self.tr("The chain is unbroken ({0} events).").format(self.model.total)
            if problem is None
            else self.tr("Warning: {0}. Someone changed the records outside the kiosk.").format(
                problem
            )
        )
