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
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class _Outcome(QObject):
    """Carries a job's result or error back to the thread that asked."""

    succeeded = Signal(object)
    failed = Signal(object)


class BackgroundWork(QObject):
    """Runs callables one after another on a single worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-work")
        self._waiting: dict[_Outcome, Any] = {}

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Do `work` on the worker thread; then call back on this thread."""
        outcome = _Outcome()
        if on_success is not None:
            outcome.succeeded.connect(on_success)
        if on_failure is not None:
            outcome.failed.connect(on_failure)
        outcome.succeeded.connect(self._finished)
        outcome.failed.connect(self._finished)

        def job() -> None:
            try:
                result = work()
            except Exception as error:
                log.exception("background work failed")
                outcome.failed.emit(error)
            else:
                outcome.succeeded.emit(result)

        self._waiting[outcome] = self._executor.submit(job)

    @Slot(object)
    def _finished(self, _result: object) -> None:
        outcome = self.sender()
        if isinstance(outcome, _Outcome):
            self._waiting.pop(outcome, None)
            outcome.deleteLater()

    def wait(self, seconds: float = 30.0) -> bool:
        """Block until every job asked for so far has run (for shutdown and tests)."""
        _done, pending = wait(list(self._waiting.values()), timeout=seconds)
        return not pending

    def shut_down(self) -> None:
        """Finish what is queued, then stop the worker thread."""
        self._executor.shutdown(wait=True)
