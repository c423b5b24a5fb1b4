"""The audit trail for admins: every event, newest first, and whether the chain is whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from kiosk.store.audit import AuditTrail
from kiosk.store.models import AuditEvent
from ui.widgets.basics import TouchButton, label

PAGE = 200
COLUMNS = ("When (UTC)", "Staff", "Action", "Consultation", "Detail")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class AuditModel(QAbstractTableModel):
    """Audit events, newest first, read a page at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditEvent] = []
        self.total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self.total = AuditEvent.select().count()
        self._rows = list(AuditEvent.select().order_by(AuditEvent.id.desc()).limit(PAGE))
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or not self._rows:
            return
        oldest = self._rows[-1].id
        more = list(
            AuditEvent.select()
            .where(AuditEvent.id < oldest)
            .order_by(AuditEvent.id.desc())
            .limit(PAGE)
        )
        if not more:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        values = (
            event.at.strftime("%d %b %Y %H:%M:%S"),
            event.staff_username or "",
            event.action,
            event.consultation_public_id or "",
            event.detail if event.detail != "{}" else "",
        )
        return values[index.column()]


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
