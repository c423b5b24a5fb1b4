"""Python's garbage collection, run on the screen's thread only.

Qt objects must be freed on the thread they belong to. Python's automatic
collector runs on whichever thread happens to allocate when a threshold is
crossed, so with worker threads (printing, the delivery of consultations) a
cycle holding a widget could be freed on a worker and crash the kiosk. The
automatic collector is switched off and this timer collects instead, on the
screen's thread, with the same thresholds (the approach of PyQt's own
advice, and of Anki).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage from the screen's thread, generation by generation, as Python would."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("mainThreadCollector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            gc.collect(0)
            if second > self.thresholds[1]:
                gc.collect(1)
                if third > self.thresholds[2]:
                    gc.collect(2)


def set_aside_what_stays() -> None:
    """Leave out of every later collection what exists now (call once, with no client yet).

    The modules, classes and content loaded at start stay for the kiosk's
    life; a full collection would walk them all each time, long enough to
    delay a frame. Frozen, they are never walked again (gc.freeze).
    """
    gc.collect()
    gc.freeze()


def collect_on_the_screens_thread(app: QCoreApplication) -> MainThreadCollector:
    """Switch collection to the screen's thread for `app` (once; later calls return the same)."""
    existing = app.findChild(MainThreadCollector, "mainThreadCollector")
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)
