"""A read-only table model filled a page at a time (the views ask for more as they scroll)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.staff.words import column_caption

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # "no parent": a table's rows hang from it
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows read in pages; subclasses say how to count, read a page, and show a cell.

    Attributes:
        total: how many rows there are in all.
    """

    captions: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self._rows: list[Row] = []

    def count(self) -> int:
        raise NotImplementedError

    def page_after(self, loaded: list[Row]) -> list[Row]:
        """The page that follows `loaded` (the first page when it is empty)."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        """Count again and read the first page.

        Read before the reset: a database that fails the read (a clinic
        server away) leaves the table as it was, not half-reset.
        """
        total = self.count()
        rows = self.page_after([])
        self.beginResetModel()
        self.total = total
        self._rows = rows
        self.endResetModel()

    def replace(self, total: int, rows: list[Row]) -> None:
        """Show `rows` (read elsewhere, off the screen's thread) as the first page of `total`."""
        self.beginResetModel()
        self.total = total
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        more = self.page_after(self._rows)
        if not more:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.captions)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_caption(self.captions[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
