"""One unit of work: what is written inside a transaction is stored together or not at all."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from kiosk.store.models import database
from kiosk.store.server import is_server

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
    # On a clinic server, a thread that had no connection takes one from the
    # pool for this unit of work and gives it back at the end, so no thread
    # holds a connection between units. (A SQLite connection is the file's
    # own: it stays open, an in-memory database would be lost with it.)
    opened_here = database.is_closed() and is_server(database)
    try:
        with database.atomic() as atomic:
            yield atomic
        if database.transaction_depth() == 0:
            run_committed_work()
    finally:
        if opened_here and not database.is_closed():
            database.close()


def unit_of_work() -> AbstractContextManager[Any]:
    """One piece of work on one pooled connection, given back when it ends.

    Reads as well as writes: what it reads is read together (a savepoint
    inside work already under way).
    """
    return _transaction()
