"""The review queue: filters, search, and the table of consultations."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.consultation.delivery import Verdict, verdict
from kiosk.consultation.queue_watch import QueueWatch
from kiosk.consultation.staff_queue import MOST_COUNTED, QueueView, StaffQueue
from kiosk.store.fields import utc_now
from kiosk.store.help_requests import OpenHelpRequest
from kiosk.store.queue import QueueFilter
from ui.background import BackgroundWork
from ui.dates import NUMERIC
from ui.staff.help_banner import HelpBanner
from ui.staff.queue_model import QueueModel
from ui.staff.words import QUEUE_FILTERS, filter_caption
from ui.widgets.basics import TouchButton, label

log = logging.getLogger(__name__)

# Polling: the fallback when the clinic server's news is not heard, the only way on SQLite.
REFRESH_MS = 15_000
# While the clinic server cannot be reached, the queue asks again this often.
RETRY_MS = 5_000

FILTERS = tuple(QUEUE_FILTERS.items())


class _News(QObject):
    """Carries the queue watch's news (from its own thread) to the screen's thread.

    Signals:
        arrived(): something changed in the queue on some machine.
    """

    arrived = Signal()


class QueuePage(QWidget):
    """Finds consultations; opening one emits `opened`.

    Attributes:
        help_source: reads the help requests still open (None: not shown, as when locked).
        now: the current time (UTC), for how long a client has waited for help.

    Signals:
        opened(str): the public id of the consultation to open.
        help_answered(str): staff went to the client of this help request.
    """

    opened = Signal(str)
    help_answered = Signal(str)

    def __init__(
        self,
        today: date,
        treatment_names: dict[str, str] | None = None,
        now: Callable[[], datetime] = utc_now,
        work: BackgroundWork | None = None,
        staff_queue: StaffQueue | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("queuePage")
        self.today = today
        self.now = now
        self.help_source: Callable[[], list[OpenHelpRequest]] | None = None
        self.model = QueueModel(today, treatment_names)
        # The queue is read on a worker thread: a busy database never freezes this screen.
        self.work = work or BackgroundWork(self)
        self.staff_queue = staff_queue or StaffQueue()
        self._reading = False
        self._read_again = False
        self._news = _News(self)
        self._news.arrived.connect(self.refresh)
        self.watch = QueueWatch(self._news.arrived.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Consultations"), "title"))
        self.server_away = label(
            self.tr(
                "The clinic server cannot be reached just now. Consultations stay safe on "
                "the kiosks; this list updates by itself when the server is back."
            ),
            "help",
            name="serverAway",
        )
        self.server_away.hide()
        layout.addWidget(self.server_away)
        self.help_banner = HelpBanner()
        self.help_banner.answered.connect(self.help_answered)
        layout.addWidget(self.help_banner)
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_search(today))
        self.counts = label("", "muted", name="queueCounts")
        layout.addWidget(self.counts)
        layout.addWidget(self._build_table(), 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.apply)
        self.refresher = QTimer(self)
        self.refresher.setInterval(REFRESH_MS)
        self.refresher.timeout.connect(self.refresh)

    def _build_filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        for key, caption in FILTERS:
            button = TouchButton(filter_caption(caption), checkable=True, name=f"filter_{key}")
            button.setProperty("filter", key)
            self.filter_group.addButton(button)
            # Room for the bold text of the chosen filter.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 64)
            filters.addWidget(button)
        self.filter_group.buttons()[1].setChecked(True)
        self.filter_group.buttonClicked.connect(self._filter_changed)
        filters.addStretch(1)
        return filters

    def _build_search(self, today: date) -> QHBoxLayout:
        search_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Name, or date of birth (14/03/1988)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        search_row.addWidget(self.search, 3)
        self.use_dates = QCheckBox(self.tr("From"))
        self.use_dates.setObjectName("useDates")
        self.since = QDateEdit(QDate(today.year, today.month, 1))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name, words in (
            (self.since, "since", self.tr("From date")),
            (self.until, "until", self.tr("To date")),
        ):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(NUMERIC)
            edit.setAccessibleName(words)
            edit.dateChanged.connect(self.apply)
        self.use_dates.toggled.connect(self.apply)
        search_row.addWidget(self.use_dates)
        search_row.addWidget(self.since)
        search_row.addWidget(label(self.tr("to"), wrap=False))
        search_row.addWidget(self.until)
        return search_row

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        return self.table

    def current_filter(self) -> QueueFilter:
        """The filter the controls describe."""
        checked = self.filter_group.checkedButton()
        key = str(checked.property("filter")) if checked is not None else "all"
        since = until = None
        if key == "today":
            since = until = self.today
        elif self.use_dates.isChecked():
            since = as_date(self.since.date())
            until = as_date(self.until.date())
        return QueueFilter(
            statuses={"waiting": ("submitted",), "deferred": ("deferred",)}.get(key, ()),
            since=since,
            until=until,
            flagged_only=key == "flagged",
            needs_print=key == "print",
            search=self.search.text(),
        )

    @Slot()
    def apply(self) -> None:
        """Show what the controls ask for (the queue read on the worker thread, shown
        when it arrives; the help requests at once)."""
        asking = self.help_source() if self.help_source is not None else []
        now = self.now()
        self.model.set_help(asking, now)
        self.help_banner.show_requests(asking, now)
        if self._reading:
            self._read_again = True  # one read at a time; the latest wish wins
            return
        self._reading = True
        self._read_again = False
        read = partial(
            self.staff_queue.load,
            self.current_filter(),
            self.model.sort_key,
            self.model.descending,
        )
        self.work.run(read, self._read, self._not_read)

    @Slot()
    def refresh(self) -> None:
        """Pick up new submissions, keeping the filter and the selected row.

        While the clinic server cannot be reached, say so calmly and try again soon.
        """
        self.apply()

    def _read(self, view: QueueView) -> None:
        self._reading = False
        if self._read_again or view.where != self.current_filter():
            self.apply()  # the controls changed while it was read
            return
        selected = self.selected_id()
        self.model.show(view)
        if view.more:
            shown = self.tr("More than {0} shown, {1} awaiting review")
            self.counts.setText(shown.format(MOST_COUNTED, view.waiting))
        else:
            shown = self.tr("{0} shown, {1} awaiting review")
            self.counts.setText(shown.format(view.total, view.waiting))
        self.server_away.hide()
        self.refresher.setInterval(REFRESH_MS)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).public_id == selected:
                    self.table.selectRow(row)
                    break

    def _not_read(self, error: Exception) -> None:
        self._reading = False
        if self._read_again:
            self.apply()
            return
        if verdict(error) is Verdict.NOT_NOW:
            self.server_away.show()
            self.refresher.setInterval(RETRY_MS)
        else:
            log.error("the queue cannot be read: %s", type(error).__name__)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).public_id if rows else None

    @Slot()
    def _filter_changed(self) -> None:
        self.apply()

    @Slot()
    def _search_later(self) -> None:
        self._typing.start()

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row_at(index.row()).public_id)

    def showEvent(self, event: object) -> None:
        self.refresh()
        self.refresher.start()
        self.watch.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self.refresher.stop()
        self.watch.stop()
        super().hideEvent(event)  # type: ignore[arg-type]


def as_date(value: QDate) -> date:
    """A Qt date as a Python one."""
    return date(value.year(), value.month(), value.day())
