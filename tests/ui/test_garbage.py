"""Garbage is collected on the screen's thread, never on a worker, and still collected."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ui.background import BackgroundWork
from ui.garbage import collect_on_the_screens_thread


class Cycle:
    """Garbage that only the cycle collector can free, noting the thread that frees it."""

    freed_on: list[str] = []  # noqa: RUF012 - shared on purpose: written by __del__

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.freed_on.append(threading.current_thread().name)


def test_cycles_are_freed_by_the_screens_thread_while_workers_allocate(
    qapp: QApplication,
) -> None:
    collector = collect_on_the_screens_thread(qapp)
    assert not gc.isenabled()
    assert collector.timer.isActive()
    Cycle.freed_on.clear()
    probes = []
    # More cycles than the first generation's threshold, so a collection is due.
    for _ in range(3 * gc.get_threshold()[0]):
        cycle = Cycle()
        probes.append(weakref.ref(cycle))
        del cycle
    work = BackgroundWork()
    # A worker that allocates a great deal would have triggered the automatic
    # collector on its own thread.
    for _ in range(5):
        work.run(lambda: [[] for _ in range(200_000)])
    assert work.wait()
    assert all(probe() is not None for probe in probes)  # the worker collected nothing

    collector.check()  # what the timer does on the screen's thread
    assert all(probe() is None for probe in probes)
    assert set(Cycle.freed_on) == {threading.main_thread().name}
    work.shut_down()


def test_the_screens_collector_is_made_once(qapp: QApplication) -> None:
    first = collect_on_the_screens_thread(qapp)
    assert collect_on_the_screens_thread(qapp) is first
    assert isinstance(first, QObject)
