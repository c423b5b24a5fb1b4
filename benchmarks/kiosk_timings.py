"""Measures what a client and the staff feel: start-up, a page change, the handout.

Run: .venv/bin/python benchmarks/kiosk_timings.py
Prints the median and worst of repeated runs, offscreen. (The staff queue at
100,000 consultations is measured by benchmarks/queue_100k.py.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.content.loader import load_content
from kiosk.demo import typical_client
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.pdf_pages import page_images
from ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 21)

# Python start, imports, content, database, theme and the whole window, shown.
START_UP = """
import os, sys, time
began = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from kiosk.setup.settings import Settings
from kiosk.content.loader import load_content
from kiosk.demo import typical_client
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.theme import apply_theme
app = QApplication([])
apply_theme(app)
open_database(Settings(database_url="sqlite:///" + sys.argv[1]))
window = build_kiosk(Settings(kiosk_id="bench"), load_content())
window.resize(1920, 1080)
window.show()
app.processEvents()
print(time.perf_counter() - began + float(sys.argv[2]))
window.services.work.shut_down()
"""


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"{name:44} median {statistics.median(times):8.1f} ms   worst {max(times):8.1f} ms")


def start_up(folder: str, repeats: int = 5) -> list[float]:
    """Wall time from launching Python to the welcome page on screen."""
    times = []
    for number in range(repeats):
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", START_UP, f"{folder}/start{number}.sqlite3", "0"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        times.append((time.perf_counter() - began) * 1000)
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        report("start-up to the welcome page (new process)", start_up(folder))
        app = QApplication([])
        apply_theme(app)
        db = open_database(Settings(database_url=f"sqlite:///{folder}/bench.sqlite3"))
        content = load_content()
        window = build_kiosk(
            Settings(kiosk_id="bench"),
            content,
            today=lambda: TODAY,
            now=lambda: datetime(2026, 11, 21, 10),
        )
        window.resize(1920, 1080)
        window.show()
        answers = typical_client(content)
        for link_id, value in answers.items():
            window.intake.set(link_id, value)

        pages = ("page_results", "page_compare", "page_plan", "page_health")
        for name in pages:  # each page is built the first time it is shown
            window.show_page(window.page_named(name))
            app.processEvents()

        def page_change(name: str) -> Callable[[], None]:
            def change() -> None:
                window.show_page(window.page_named(name))
                app.processEvents()

            return change

        changes = [t for _ in range(10) for name in pages for t in timed(page_change(name), 1)]
        report("page change (results, compare, plan, health)", changes)

        def reset() -> None:
            # A client who reached the plan: every page built, then the reset.
            window.show_page(window.page_named("page_plan"))
            app.processEvents()
            began = time.perf_counter()
            window.reset()
            app.processEvents()  # the old pages are deleted here
            resets.append((time.perf_counter() - began) * 1000)
            for link_id, value in answers.items():
                window.intake.set(link_id, value)
            for name in pages:
                window.show_page(window.page_named(name))

        resets: list[float] = []
        for _ in range(10):
            reset()
        report("reset to the welcome page (after a whole client)", resets)
        assessment = assess(content, answers, TODAY)
        data = plan_in_words(content, assessment)
        report("handout PDF (typical plan, 3 pages)", timed(lambda: render_handout(data), 20))
        pdf = render_handout(data)
        report("handout pages rendered at 300 dpi (print)", timed(lambda: page_images(pdf, 300), 5))
        report(
            "screening and plan for one client", timed(lambda: assess(content, answers, TODAY), 50)
        )
        window.services.work.shut_down()
        window.may_close = True
        window.close()
        db.close()


if __name__ == "__main__":
    main()
