"""Hears of new submissions and decisions at once, so a staff queue can update within a second.

On a clinic server a thread of its own listens for the news the store sends
with each submission and decision (kiosk/store/queue_news.py), on a
connection of its own, and listens again once a lost server answers. The
staff queue's polling stays as the fallback, and is the only way on SQLite.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.store.queue_news import can_listen, listen

log = logging.getLogger(__name__)

# How long to wait before listening again after the server went away.
RETRY_SECONDS = 2.0


class QueueWatch:
    """Calls `changed` (on its own thread) when a consultation changes on any machine.

    Also called once each time listening (re)starts, since news sent while
    the server was away is lost. Callers hand the call over to their own
    thread (a queued Qt signal on the staff screen).

    Attributes:
        listening: whether the news is heard now (False: only polling works).
    """

    def __init__(self, changed: Callable[[], None], retry_seconds: float = RETRY_SECONDS) -> None:
        self._changed = changed
        self._retry = retry_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = False

    def start(self) -> bool:
        """Start listening; False (and nothing started) where there is no news (SQLite)."""
        if not can_listen():
            return False
        if self._thread is None:
            # Each run has its own stop: a run still winding down never hears the next start.
            self._stop = threading.Event()
            self._thread = threading.Thread(
                target=self._run, args=(self._stop,), name="queue-watch", daemon=True
            )
            self._thread.start()
        return True

    def stop(self, seconds: float = 0.0) -> None:
        """Stop listening; wait up to `seconds` for the thread to end (it ends within a second)."""
        self._stop.set()
        self.listening = False
        if self._thread is not None:
            self._thread.join(seconds)
            self._thread = None

    def _run(self, stop: threading.Event) -> None:
        def heard(public_id: str) -> None:
            del public_id  # the queue is read again as a whole: the id only says "something"
            if not stop.is_set():
                self.listening = True
                self._changed()

        while not stop.is_set():
            try:
                listen(heard, lambda: not stop.is_set())
            except Exception as error:  # the driver's own types: the server is away
                if self.listening:
                    log.info(
                        "the queue's news stopped (%s); polling until the server is back",
                        type(error).__name__,
                    )
            self.listening = False
            stop.wait(self._retry)
