"""One unit of work: what is written inside a transaction is stored together or not at all."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from kiosk.store.models import database

# Work to do once the outermost transaction of this thread has committed
# (the audit trail's anchor, which must never get ahead of the database).
_after_commit = threading.local()


def after_commit(work: Callable[[], None]) -> None:
    """Run `work` once this thread's transaction commits (now, when none is open)."""
    if database.transaction_depth() == 0:
        work()
        return
    pending: list[Callable[[], None]] = getattr(_after_commit, "work", [])
    pending.append(work)
    _after_commit.work = pending


def run_committed_work() -> None:
    """Run the work waiting for a commit; each checks for itself that what it follows is stored."""
    pending: list[Callable[[], None]] = getattr(_after_commit, "work", [])
    _after_commit.work = []
    for work in pending:
        work()


def transaction() -> AbstractContextManager[Any]:
    """A write transaction (a savepoint when one is already open).

    The core's staff actions put their change and its audit event in one of
    these, so neither is ever stored without the other.
    """
    return _transaction()


@contextmanager
def _transaction() -> Iterator[Any]:
    with database.atomic() as atomic:
        yield atomic
    if database.transaction_depth() == 0:
        run_committed_work()


@contextmanager
def unit_of_work() -> Iterator[Any]:
    """One piece of work on one pooled connection, given back when it ends.

    A thread that had no connection open takes one (on a clinic server, from
    the pool) and returns it at the end, so a worker thread never holds a
    connection between jobs; inside work already under way, this is a savepoint.
    """
    opened_here = database.is_closed()
    try:
        with _transaction() as atomic:
            yield atomic
    finally:
        if opened_here and not database.is_closed():
            database.close()
