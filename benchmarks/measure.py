"""Every speed and memory figure of the kiosk, each beside its goal and an anchor from the same run.

Run: benchmarks/run [--repeats N] [--clients N] [--readme]   (offscreen; 5 to 15
minutes with the default 2,000 clients; --readme writes the output into the
README's performance section). Wall-clock times on a busy machine are noisy: each
figure with an anchor (a bare PySide6 window, a bare two-page reportlab
document, one bare SQLite commit) is judged by its ratio to that anchor,
measured alternately in the same run; the others by their median and worst.
Start-up is timed in fresh child processes, from launch to the kiosk's
"ready" log line (the first thing its event loop does once the welcome page
is shown). Between two page changes the client reads for READING_MS, as
nobody taps Next the instant a page appears.
"""

# Imports inside functions on purpose: each figure loads what it measures, no more.
# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

READY = "ready: the welcome page is on screen"
OPEN = "open: the kiosk takes clients"
TODAY = date(2026, 11, 21)
# Nobody taps Next sooner than this after a page appears; the kiosk may use the time.
READING_MS = 300

# The anchor for start-up: Python, PySide6 and one label painted on screen.
# Like the kiosk (ui.launch.FirstPaint), it says so once its first frame is painted.
BARE_WINDOW = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
def ready():
    print("ready: the welcome page is on screen", file=sys.stderr, flush=True)
class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, ready)
app = QApplication([])
window = Label("Welcome")
window.resize(1280, 800)
window.show()
app.exec()
"""


@dataclass
class Figure:
    """One line of the report: a measurement, its goal and (maybe) its anchor."""

    name: str
    times: list[float]
    goal: str
    passed: bool
    anchor: list[float] | None = None
    unit: str = "ms"
    counted: bool = True  # False: shown for the record, with no goal of its own

    def line(self) -> str:
        median, worst = statistics.median(self.times), max(self.times)
        text = f"{self.name:42} median {median:8.1f} {self.unit:2} worst {worst:8.1f} {self.unit:2}"
        if self.anchor:
            ratio = median / statistics.median(self.anchor)
            text += f"  anchor {statistics.median(self.anchor):7.1f}  ratio {ratio:5.2f}"
        return f"{text}  goal {self.goal:26} {'pass' if self.passed else 'MISS'}"


def ratio(times: list[float], anchor: list[float]) -> float:
    return statistics.median(times) / statistics.median(anchor)


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return times


# --- start-up, in fresh processes -------------------------------------------------


def private_environment(home: Path) -> dict[str, str]:
    """The environment of a kiosk with its own data, config, log and cache folders."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIC_KIOSK_", "XDG_"))}
    # An installed kiosk starts from compiled modules (pip and the bundle write them).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        CLINIC_KIOSK_DATA_DIR=str(home / "data"),
        CLINIC_KIOSK_CONFIG_DIR=str(home / "config"),
        CLINIC_KIOSK_LOG_DIR=str(home / "log"),
        CLINIC_KIOSK_CACHE_DIR=str(home / "cache"),
        PYTHONPATH=str(ROOT),
    )
    return env


def time_to_ready(command: list[str], env: dict[str, str], wanted: str = READY) -> float:
    """Milliseconds from launch to the `wanted` line on stderr; the process is stopped then."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if wanted in line:
                return (time.perf_counter() - began) * 1000
        raise SystemExit(f"{command} exited without reaching the welcome page")
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


def start_up(repeats: int, folder: Path) -> list[Figure]:
    """The welcome page painted, and the kiosk open, from a new process.

    Most starts find the welcome page an earlier start kept
    (kiosk.consultation.quick_start) and paint it before loading the rest; the
    first start after a change to the settings or the content loads
    everything first, so it is timed too, with its record removed.
    """
    env = private_environment(folder / "home")
    kiosk = [sys.executable, "-m", "ui.main", "--windowed", "--verbose"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    kept = folder / "home" / "cache" / "welcome-page.json"
    time_to_ready(kiosk, env)  # the first start makes the database, the content cache, the record
    painted, opened, changed, anchor = [], [], [], []
    for _ in range(repeats):  # in turn, so each sees the same load on the machine
        anchor.append(time_to_ready(bare, env))
        painted.append(time_to_ready(kiosk, env))
        opened.append(time_to_ready(kiosk, env, OPEN))
        kept.unlink()
        changed.append(time_to_ready(kiosk, env, OPEN))
    return [
        Figure(
            "start-up to the welcome page (new process)",
            painted,
            "<= 2x bare window",
            ratio(painted, anchor) <= 2.0,
            anchor,
        ),
        Figure(
            "start-up until the kiosk takes clients",
            opened,
            "none: for the record",
            True,
            anchor,
            counted=False,
        ),
        Figure(
            "  the same, after a settings change",
            changed,
            "none: for the record",
            True,
            anchor,
            counted=False,
        ),
    ]


# --- the window, in this process ------------------------------------------------------


@contextmanager
def kiosk_window(folder: Path) -> Iterator[object]:
    """The real kiosk window on a database of its own, shown at 1920x1080."""
    for name in ("DATA_DIR", "CONFIG_DIR", "LOG_DIR"):
        os.environ[f"CLINIC_KIOSK_{name}"] = str(folder / name.lower())
    from PySide6.QtWidgets import QApplication

    from kiosk.content.loader import load_content
    from kiosk.setup.settings import Settings
    from kiosk.store.database import close_database, open_database
    from ui.app import build_kiosk, stop_kiosk
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    settings = Settings(database_url=f"sqlite:///{folder / 'kiosk.sqlite3'}", kiosk_id="bench")
    db = open_database(settings)
    window = build_kiosk(
        settings,
        load_content(),
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10),
        locked=False,
        outbox=folder / "outbox",
    )
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    try:
        yield window
    finally:
        stop_kiosk(window)
        window.close()
        close_database(db)


def settle() -> None:
    """Let Qt do what it would before the next frame: posted events, deletions, painting."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def reading(ms: int = READING_MS) -> None:
    """A client reading the page: Qt runs its event loop meanwhile (not timed)."""
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def window_figures(repeats: int, folder: Path) -> list[Figure]:
    from kiosk.demo import typical_client
    from tests.ui.walk import walk_one_client

    figures = []
    with kiosk_window(folder) as window:
        for number in range(3):  # warm: every page built once, caches filled
            walk_one_client(window, number)
        answers = typical_client(window.content)

        def give_answers() -> None:
            for link_id, value in answers.items():
                window.intake.set(link_id, value)

        pages = [name for name, _ in window._makers if name not in ("page_welcome",)]
        pages = [n for n in pages if n not in ("page_returning", "page_thank_you")]
        first, again = [], []
        resets = []
        for _ in range(repeats):
            give_answers()
            # A client going through: each page built the first time it is shown.
            for name in pages:
                index = window.page_named(name)
                reading()
                began = time.perf_counter()
                window.show_page(index)
                settle()
                first.append((time.perf_counter() - began) * 1000)
            # Back and forth between pages already built (the figure).
            for name in ("page_results", "page_compare", "page_plan", "page_health"):
                index = window.page_named(name)
                reading()
                began = time.perf_counter()
                window.show_page(index)
                settle()
                again.append((time.perf_counter() - began) * 1000)
            reading()
            began = time.perf_counter()
            window.reset()
            settle()
            resets.append((time.perf_counter() - began) * 1000)
            reading()  # the welcome page, before the next client taps Start
        changes = first + again
        figures.append(
            Figure(
                "page change (every page, first and again)",
                changes,
                "< 16 ms median, < 33 worst",
                statistics.median(changes) < 16 and max(changes) < 33,
            )
        )
        figures.append(
            Figure(
                "  of which pages shown again",
                again,
                "< 16 ms median, < 33 worst",
                statistics.median(again) < 16 and max(again) < 33,
            )
        )
        figures.append(
            Figure(
                "reset to the welcome page (whole client)",
                resets,
                "< 100 ms",
                statistics.median(resets) < 100,
            )
        )
        figures.append(staff_screen(window, repeats))
    return figures


def staff_screen(window: object, repeats: int) -> Figure:
    """From the staff member's PIN accepted at the kiosk to the queue's rows on screen."""
    from PySide6.QtWidgets import QTableView

    from kiosk.store.staff import Role, StaffAccounts
    from ui import app as composition

    accounts = StaffAccounts()
    member = accounts.add("bench", "Bench Practitioner", Role.PRACTITIONER, "482916")
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        staff = composition.build_staff(composition.Settings(kiosk_id="bench"), window.content)  # type: ignore[attr-defined]
        handover = composition.StaffHandover(
            lambda staff=staff: staff,
            window.services.sessions.delivery.outbox.report,  # type: ignore[attr-defined]
        )
        handover.kiosk = window  # type: ignore[assignment]
        handover.open(member)
        settle()
        table = staff.queue.findChild(QTableView)
        while table is None or table.model().rowCount() == 0:
            settle()
            table = staff.queue.findChild(QTableView)
        times.append((time.perf_counter() - began) * 1000)
        staff.services.work.shut_down()
        handover.back_to_kiosk()
        settle()
    return Figure(
        "staff screen open, showing its queue",
        times,
        "< 300 ms",
        statistics.median(times) < 300 and max(times) < 300,
    )


# --- the handout and the submission ------------------------------------------------


def bare_two_pages() -> bytes:
    """The anchor for the handout: reportlab's own two pages of plain paragraphs."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    out = io.BytesIO()
    story = [Paragraph("A plain line of text for the anchor page. " * 8, style)] * 12
    SimpleDocTemplate(out, pagesize=A4).build([*story, PageBreak(), *story])
    return out.getvalue()


def handout(repeats: int) -> Figure:
    from kiosk.content.loader import load_content
    from kiosk.demo import typical_client
    from kiosk.engine.assessment import assess
    from kiosk.handout.render import render_handout
    from kiosk.record.telling import plan_in_words

    content = load_content()
    data = plan_in_words(content, assess(content, typical_client(content), TODAY))
    render_handout(data)
    bare_two_pages()
    times, anchor = [], []
    for _ in range(repeats):
        anchor += timed(bare_two_pages, 1)
        times += timed(lambda: render_handout(data), 1)
    return Figure(
        "handout PDF (typical plan)", times, "< 50 ms", statistics.median(times) < 50, anchor
    )


def bare_commit(path: Path) -> Callable[[], None]:
    """The anchor for a submission: one row committed by SQLite alone, as the store sets it up."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("pragma journal_mode=wal")
    connection.execute("pragma synchronous=full")
    connection.execute("create table if not exists t (id integer primary key, body text)")

    def commit() -> None:
        connection.execute("begin")
        connection.execute("insert into t (body) values (?)", ("x" * 2000,))
        connection.execute("commit")

    return commit


def submission(repeats: int, folder: Path) -> Figure:
    from kiosk.content.loader import load_content
    from kiosk.engine.assessment import assess
    from kiosk.setup.settings import Settings
    from kiosk.store.consultations import ConsultationStore
    from kiosk.store.database import close_database, open_database
    from kiosk.store.fields import utc_now
    from tests.core.clients import answers_of, submission_of

    for name in ("DATA_DIR", "CONFIG_DIR", "LOG_DIR"):
        os.environ[f"CLINIC_KIOSK_{name}"] = str(folder / "submit" / name.lower())
    content = load_content()
    db = open_database(Settings(database_url=f"sqlite:///{folder / 'submit.sqlite3'}"))
    commit = bare_commit(folder / "anchor.sqlite3")
    times, anchor = [], []
    try:
        store = ConsultationStore("bench", utc_now)
        for n in range(repeats * 4):
            public_id = store.start("en", content.version)
            answers = answers_of(content, first_name=f"Bench{n}", date_of_birth="1980-01-02")
            done = submission_of(content, store, public_id, assess(content, answers, TODAY))
            anchor += timed(commit, 1)
            times += timed(lambda done=done: store.submit(done), 1)
    finally:
        close_database(db)
    return Figure(
        "submission (SQLite, full sync)", times, "< 20 ms", statistics.median(times) < 20, anchor
    )


# --- memory over many clients, in a child process ------------------------------------------


def resident_kb() -> float:
    """This process's resident memory in KB (Linux /proc; elsewhere the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1024
    except OSError:
        import resource

        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def memory_child(clients: int, every: int) -> None:
    """Walks `clients` clients through the window; prints the resident memory every `every`."""
    import gc

    import apsw

    from tests.ui.walk import walk_one_client

    with tempfile.TemporaryDirectory() as folder, kiosk_window(Path(folder)) as window:
        samples = []
        for number in range(clients):
            walk_one_client(window, number)
            if number % every == every - 1:
                window.services.sessions.delivery.wait_until_settled(60)
                settle()
                gc.collect()
                # SQLite's own share: its page caches fill as the database grows, up
                # to their bound (2 MB a connection), and are not the kiosk's to free.
                samples.append((number + 1, resident_kb(), apsw.memory_used() / 1024))
        print(json.dumps(samples))


def growth(samples: list[tuple[int, float]], start: int, end: int, width: int = 5) -> float:
    """KB grown between client `start` and `end`: medians of `width` samples around each."""
    before = [kb for n, kb in samples if n >= start][:width]
    after = [kb for n, kb in samples if n <= end][-width:]
    return statistics.median(after) - statistics.median(before)


def memory(clients: int) -> list[Figure]:
    every = 20
    output = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(clients), str(every)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    rows = json.loads(output.strip().splitlines()[-1])
    samples = [(int(n), float(kb)) for n, kb, _ in rows]
    sqlite = [(int(n), float(kb)) for n, _, kb in rows]
    warm = min(200, clients // 5)
    whole = growth(samples, warm, clients) / 1024
    half = clients // 2
    second = growth(samples, half, clients) / 1024
    second_sqlite = growth(sqlite, half, clients) / 1024
    print(
        "  resident memory (MB) every 100 clients: "
        + " ".join(f"{kb / 1024:.0f}" for n, kb in samples if n % 100 == 0),
        file=sys.stderr,
    )
    allowed = 5 * clients / 2000
    return [
        Figure(
            f"memory growth over {clients - warm} clients",
            [whole],
            f"< {allowed:.1f} MB",
            whole < allowed,
            unit="MB",
        ),
        Figure(
            f"  of which the last {clients - half} clients",
            [second],
            f"< {allowed / 5:.1f} MB (flat)",
            second < allowed / 5,
            unit="MB",
        ),
        Figure(
            "    of that, SQLite's page caches",
            [second_sqlite],
            "none: for the record",
            True,
            unit="MB",
            counted=False,
        ),
    ]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f}"
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}{load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=10, help="runs of each figure")
    parser.add_argument("--clients", type=int, default=2000, help="clients for the memory figure")
    parser.add_argument(
        "--readme", action="store_true", help="write the output into README.md's performance part"
    )
    parser.add_argument("--memory-child", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return
    lines = run_all(args.repeats, args.clients)
    if args.readme:
        write_readme(lines)


def say(lines: list[str], line: str) -> None:
    print(line, flush=True)
    lines.append(line)


def run_all(repeats: int, clients: int) -> list[str]:
    """Every figure, printed as it is measured; the printed lines."""
    lines: list[str] = []
    say(lines, f"machine: {machine()}; offscreen; {time.strftime('%Y-%m-%d')}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        figures = start_up(repeats, folder)
        for figure in figures:
            say(lines, figure.line())
        for figure in window_figures(repeats, folder / "window"):
            figures.append(figure)
            say(lines, figure.line())
        for figure in (handout(repeats * 2), submission(repeats, folder)):
            figures.append(figure)
            say(lines, figure.line())
    if clients:
        for figure in memory(clients):
            figures.append(figure)
            say(lines, figure.line())
    goals = [f for f in figures if f.counted]
    missed = [f.name.strip() for f in goals if not f.passed]
    summary = f"{len(goals) - len(missed)} of {len(goals)} goals met"
    say(lines, summary + (f"; missed: {', '.join(missed)}" if missed else ""))
    return lines


README_BEGIN = "<!-- benchmarks/run: begin -->"
README_END = "<!-- benchmarks/run: end -->"


def write_readme(lines: list[str]) -> None:
    """Replace the README's block between the markers with `lines` (as a code block)."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    before, rest = text.split(README_BEGIN, 1)
    _, after = rest.split(README_END, 1)
    block = "\n".join(["```", *lines, "```"])
    readme.write_text(f"{before}{README_BEGIN}\n{block}\n{README_END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
