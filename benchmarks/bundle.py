"""Measures the bundle a clinic receives: its size, and its start time to the welcome page.

Run after `scripts/build-bundle`:  .venv/bin/python benchmarks/bundle.py [dist/clinic-kiosk]
Start-up is timed from launching the program to its log line saying the
welcome page is on screen, offscreen, on a new machine (first start: it
creates the database) and on later starts; the same from source for comparison.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READY = "ready: the welcome page is on screen"


def time_to_ready(command: list[str], home: Path) -> float:
    """Seconds from launch to the ready line; the program is stopped then."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLINIC_KIOSK_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    process = subprocess.Popen(
        [*command, "--verbose"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if READY in line:
                return time.perf_counter() - began
        raise SystemExit(f"{command[0]} exited without reaching the welcome page")
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


def start_times(command: list[str], repeats: int) -> tuple[list[float], list[float]]:
    """First starts (each on a new machine) and later starts (on one machine)."""
    first, later = [], []
    with tempfile.TemporaryDirectory() as folder:
        for number in range(repeats):
            home = Path(folder) / f"home{number}"
            home.mkdir()
            first.append(time_to_ready(command, home))
            later.append(time_to_ready(command, home))
    return first, later


def size_report(bundle: Path) -> None:
    # Linux bundles link some libraries from two places; count each file once.
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    print(f"bundle {bundle}: {total / 2**20:.0f} MB in {len(files)} files")
    groups: Counter[str] = Counter()
    for path in files:
        part = path.relative_to(bundle).parts
        key = "/".join(part[:4]) if part[1:3] == ("PySide6", "Qt") else "/".join(part[:2])
        groups[key] += path.stat().st_size
    for key, size in groups.most_common(12):
        print(f"  {size / 2**20:6.1f} MB  {key}")


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:44} median {statistics.median(times):5.2f} s   worst {max(times):5.2f} s"
        f"   ({len(times)} runs)"
    )


def main() -> None:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "clinic-kiosk"
    program = bundle / ("clinic-kiosk.exe" if sys.platform == "win32" else "clinic-kiosk")
    if not program.exists():
        raise SystemExit(f"no bundle at {bundle}: build it with scripts/build-bundle")
    size_report(bundle)
    first, later = start_times([str(program)], 5)
    report("bundle: first start to the welcome page", first)
    report("bundle: later starts to the welcome page", later)
    first, later = start_times([str(ROOT / ".venv" / "bin" / "clinic-kiosk")], 5)
    report("source: first start to the welcome page", first)
    report("source: later starts to the welcome page", later)


if __name__ == "__main__":
    main()
