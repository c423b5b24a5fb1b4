"""What the staff queue shows: one consistent read of the list, its count and who awaits review."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.store.queue import (
    QueueFilter,
    QueueRow,
    awaiting_review_count,
    queue_count,
    queue_page,
)
from kiosk.store.transaction import unit_of_work

PAGE = 100
# Counting stops here: past it the screen says "more than" (a million rows take too long).
MOST_COUNTED = 1000


@dataclass(frozen=True)
class QueueView:
    """The queue as read at one moment.

    Attributes:
        where: the filter it was read for.
        rows: its first page.
        total: how many consultations the filter lets through (at most MOST_COUNTED + 1).
        more: whether there are more than MOST_COUNTED (then `total` is not all of them).
        waiting: how many of them (ignoring the filter's statuses) await review.
    """

    where: QueueFilter
    rows: tuple[QueueRow, ...]
    total: int
    waiting: int
    more: bool = False


class StaffQueue:
    """Reads the staff queue, each read one unit of work (one pooled connection, given back).

    Safe to call from a worker thread: the staff screen never waits on the
    database on its own thread for a refresh.
    """

    def __init__(self, page: int = PAGE) -> None:
        self.page = page

    def load(
        self, where: QueueFilter, sort: str = "started_at", descending: bool = True
    ) -> QueueView:
        """The first page of `where`, sorted by `sort`, with its counts."""
        with unit_of_work():
            rows = queue_page(where, 0, self.page, sort, descending)
            # A first page shorter than a page is the whole list: no count needed.
            total = len(rows) if len(rows) < self.page else queue_count(where, MOST_COUNTED)
            waiting = awaiting_review_count(where)
        return QueueView(where, tuple(rows), total, waiting, total > MOST_COUNTED)

    def more(
        self, where: QueueFilter, loaded: int, sort: str = "started_at", descending: bool = True
    ) -> list[QueueRow]:
        """The page after the first `loaded` rows."""
        with unit_of_work():
            return queue_page(where, loaded, self.page, sort, descending)
