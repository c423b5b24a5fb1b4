"""The staff queue as a table model, filled a page at a time from the database."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kiosk.intake import age_on
from kiosk.store.fields import utc_now
from kiosk.store.queue import QueueFilter, QueueRow, queue_count, queue_page

PAGE = 100

COLUMNS = (
    ("started_at", "Time"),
    ("last_name", "Name"),
    ("date_of_birth", "Age"),
    ("status", "Status"),
    ("flag_level", "Flags"),
    ("recommended_treatment", "Treatment"),
    ("needs_print", "Print"),
)

STATUS_WORDS = {
    "in_progress": "In progress",
    "abandoned": "Abandoned",
    "submitted": "Awaiting review",
    "approved": "Approved",
    "follow_up": "Follow up",
    "deferred": "Deferred",
    "declined": "Declined",
}

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # "no parent": the table's rows hang from it


class QueueModel(QAbstractTableModel):
    """Consultations matching a filter; more rows are fetched as the view scrolls.

    Attributes:
        where: the current filter.
        total: how many consultations match it.
    """

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.where = QueueFilter()
        self.total = 0
        self.today = today or utc_now().date()
        self._rows: list[QueueRow] = []
        self._sort = "started_at"
        self._descending = True

    # --- loading ----------------------------------------------------------------

    def set_filter(self, where: QueueFilter) -> None:
        """Show the consultations `where` lets through, from the first page."""
        self.where = where
        self.reload()

    def reload(self) -> None:
        """Read the first page again (new submissions appear)."""
        self.beginResetModel()
        self.total = queue_count(self.where)
        self._rows = queue_page(self.where, 0, PAGE, self._sort, self._descending)
        self.endResetModel()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        more = queue_page(self.where, len(self._rows), PAGE, self._sort, self._descending)
        if not more:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> QueueRow:
        """The consultation on `row`."""
        return self._rows[row]

    # --- the table --------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "flag_level":
            return ", ".join(row.flag_outcomes) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.public_id
        return None

    def _text(self, row: QueueRow, key: str) -> str:
        if key == "started_at":
            return row.started_at.strftime("%d %b %Y %H:%M")
        if key == "last_name":
            name = f"{row.first_name or ''} {row.last_name or ''}".strip()
            return name or self.tr("(no name yet)")
        if key == "date_of_birth":
            return str(age_on(row.date_of_birth, self.today)) if row.date_of_birth else ""
        if key == "status":
            return self.tr(STATUS_WORDS.get(row.status, row.status))
        if key == "flag_level":
            return " ".join(outcome.upper() for outcome in row.flag_outcomes)
        if key == "recommended_treatment":
            return (row.recommended_treatment or "").replace("_", " ")
        if key == "needs_print":
            return self.tr("needs print") if row.needs_print else ""
        return ""
