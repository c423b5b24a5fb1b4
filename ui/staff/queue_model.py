"""The staff queue as a table model, filled a page at a time from the database."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from kiosk.consultation.staff_queue import PAGE, QueueView
from kiosk.engine.visibility import age_on
from kiosk.store.fields import utc_now
from kiosk.store.help_requests import OpenHelpRequest
from kiosk.store.queue import QueueFilter, QueueRow, queue_count, queue_page
from ui.dates import date_and_time
from ui.staff.help_banner import help_words
from ui.staff.paged_model import PagedTableModel
from ui.staff.words import QUEUE_COLUMNS, outcome_words, status_words

COLUMNS = tuple(QUEUE_COLUMNS.items())

FLAG_TINTS = {
    "stop": QColor("#F2D7CC"),
    "defer": QColor("#F6EEE2"),
    "review": QColor("#EEEAF4"),
}
# A consultation whose client asked for help: the whole row, so no one misses it.
HELP_TINT = QColor("#FFE9A8")


class QueueModel(PagedTableModel[QueueRow]):
    """Consultations matching a filter; more rows are fetched as the view scrolls.

    Attributes:
        where: the current filter.
    """

    captions = tuple(caption for _, caption in COLUMNS)

    def __init__(
        self, today: date | None = None, treatment_names: dict[str, str] | None = None
    ) -> None:
        super().__init__()
        self.treatment_names = treatment_names or {}
        self.where = QueueFilter()
        self.today = today or utc_now().date()
        self._sort = "started_at"
        self._descending = True
        # Open help requests by consultation id: their words on that row.
        self._help: dict[str, str] = {}

    def set_help(self, waiting: list[OpenHelpRequest], now: datetime) -> None:
        """Mark the rows of consultations whose client asked for help (shown at the next reload)."""
        self._help = {
            one.request.public_id: help_words(one, now)
            for one in reversed(waiting)  # the oldest request of a consultation wins
            if one.request.public_id is not None
        }

    def set_filter(self, where: QueueFilter) -> None:
        """Show the consultations `where` lets through, from the first page."""
        self.where = where
        self.reload()

    def show(self, view: QueueView) -> None:
        """Show a queue read off the screen's thread (kiosk.consultation.staff_queue)."""
        self.where = view.where
        self.replace(view.total, list(view.rows))

    @property
    def sort_key(self) -> str:
        """The column the queue is sorted by."""
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def count(self) -> int:
        return queue_count(self.where)

    def page_after(self, loaded: list[QueueRow]) -> list[QueueRow]:
        return queue_page(self.where, len(loaded), PAGE, self._sort, self._descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def cell(self, row: QueueRow, column: int, role: int) -> Any:
        key = COLUMNS[column][0]
        help_asked = self._help.get(row.public_id)
        if help_asked is not None:
            # The name first (the help words may be cut; the banner says them whole).
            if role == Qt.ItemDataRole.DisplayRole and key == "last_name":
                return f"⚑ {self._text(row, key)}: {help_asked}"
            if role == Qt.ItemDataRole.ToolTipRole and key == "last_name":
                return help_asked
            if role == Qt.ItemDataRole.BackgroundRole:
                return HELP_TINT
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "flag_level":
            return ", ".join(outcome_words(outcome) for outcome in row.flag_outcomes) or None
        if role == Qt.ItemDataRole.BackgroundRole and key == "flag_level" and row.flag_outcomes:
            # The most serious flag tints the cell, so the eye finds it in a long list.
            return FLAG_TINTS.get(row.flag_outcomes[0])
        if role == Qt.ItemDataRole.UserRole:
            return row.public_id
        return None

    def _text(self, row: QueueRow, key: str) -> str:
        if key == "started_at":
            return date_and_time(row.started_at)
        if key == "last_name":
            name = f"{row.first_name or ''} {row.last_name or ''}".strip()
            return name or self.tr("(no name yet)")
        if key == "date_of_birth":
            return str(age_on(row.date_of_birth, self.today)) if row.date_of_birth else ""
        if key == "status":
            return status_words(row.status)
        if key == "flag_level":
            return ", ".join(outcome_words(outcome) for outcome in row.flag_outcomes)
        if key == "recommended_treatment":
            code = row.recommended_treatment or ""
            return self.treatment_names.get(code, code)
        if key == "needs_print":
            return self.tr("needs print") if row.needs_print else ""
        return ""
