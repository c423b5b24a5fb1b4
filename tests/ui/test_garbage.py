"""Garbage is collected on the screen's thread, never on a worker, and still collected."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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
    qtbot: QtBot, qapp: QApplication
) -> None:
    collect_on_the_screens_thread(qapp)
    assert not gc.isenabled()
    Cycle.freed_on.clear()
    probes = []
    for _ in range(200):
        cycle = Cycle()
        probes.append(weakref.ref(cycle))
        del cycle
    work = BackgroundWork()
    # A worker that allocates a great deal would have triggered the automatic
    # collector on its own thread.
    for _ in range(5):
        work.run(lambda: [object() for _ in range(200_000)])
    assert work.wait()

    qtbot.waitUntil(lambda: all(probe() is None for probe in probes), timeout=10_000)
    assert set(Cycle.freed_on) == {threading.main_thread().name}
    work.shut_down()


def test_the_screens_collector_is_made_once(qapp: QApplication) -> None:
    first = collect_on_the_screens_thread(qapp)
    assert collect_on_the_screens_thread(qapp) is first
    assert isinstance(first, QObject)
