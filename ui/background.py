"""Slow work (rendering, printing, PIN checks, staff saves) off the screen's thread.

One worker thread runs jobs in the order they were asked for; the results
come back to the screen's thread as queued signals. The kiosk's
consultations do not go through here: the core's delivery thread writes them
(kiosk.consultation.delivery), so a busy database never holds up a printout.

The worker is a Python thread, not one of Qt's pool threads: a Qt thread
that runs Python gets a fresh interpreter thread state for each call, which
would drop the worker's database connection (kept per thread) every time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Carries each job's outcome back to the thread that asked, as a queued signal.

    One relay lives as long as the worker and belongs to the screen's thread.
    A QObject per job would be released by whichever thread dropped it last,
    sometimes the worker, and a Qt object freed on the wrong thread can crash
    the kiosk; the worker here only ever holds a number and the work itself.
    """

    done = Signal(int, bool, object)


class BackgroundWork(QObject):
    """Runs callables one after another on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-work")
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._next = 0
        self._callbacks: dict[int, tuple[Callback | None, Callback | None, Callable[[], Any]]] = {}
        self._waiting: dict[int, Future[None]] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Do `work` on the worker thread; then call back on this thread."""
        self._next += 1
        token = self._next
        # This thread keeps the work (and what it holds, often a widget) until
        # the callback has run, and the worker lets go of it before it
        # reports: whatever it holds is never released on the worker.
        self._callbacks[token] = (on_success, on_failure, work)
        handed = [work]
        relay = self._relay

        def job() -> None:
            task = handed.pop()
            try:
                result = task()
            except Exception as error:
                del task
                log.exception("background work failed")
                relay.done.emit(token, False, error)
            else:
                del task
                relay.done.emit(token, True, result)

        self._waiting[token] = self._executor.submit(job)

    @Slot(int, bool, object)
    def _finished(self, token: int, succeeded: bool, result: object) -> None:
        self._waiting.pop(token, None)
        on_success, on_failure, _work = self._callbacks.pop(token, (None, None, None))
        callback = on_success if succeeded else on_failure
        if callback is not None:
            callback(result)

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until every job asked for so far has run (for shutdown and tests)."""
        _done, pending = wait(list(self._waiting.values()), timeout=seconds)
        return not pending

    def shut_down(self) -> None:
        """Finish what is queued, then stop the worker thread."""
        self._executor.shutdown(wait=True)
