"""The real kiosk on a real X server with no window manager (a kiosk appliance) covers the screen.

The test starts Xvfb itself (scripts/test installs it where it can) and the
kiosk as `clinic-kiosk --demo` would start, then asks the X server for the
size of the kiosk's window.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content.loader import load_content

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1280, 800)

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="Xvfb and xdotool are not installed (apt-get install xvfb xdotool x11-utils)",
)


@pytest.fixture
def bare_x_server(tmp_path: Path) -> Iterator[str]:
    """An X server with no window manager; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(30)


def said_before(process: subprocess.Popen[str], wanted: str, timeout: float) -> list[str]:
    """The lines `process` wrote to stderr up to the one containing `wanted` (or its end)."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    while (line := lines.get(timeout=timeout)) is not None:
        seen.append(line)
        if wanted in line:
            break
    return seen


def settled_geometry(display: str, name: str) -> tuple[int, int, int, int] | None:
    """The window's geometry once it covers the screen, or as it is after 10 s.

    The X server maps the window soon after Qt shows it: it is polled (another process).
    """
    deadline = time.monotonic() + 10
    geometry = window_geometry(display, name)
    while geometry != (0, 0, *SCREEN) and time.monotonic() < deadline:
        time.sleep(0.1)
        geometry = window_geometry(display, name)
    return geometry


def window_geometry(display: str, name: str) -> tuple[int, int, int, int] | None:
    """Where the X server has the window called `name`: x, y, width, height."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        check=False,  # no such window yet: it says so with a non-zero status
        env=env,
        capture_output=True,
        text=True,
    )
    ids = found.stdout.split()
    if not ids:
        return None
    shown = subprocess.run(
        ["xdotool", "getwindowgeometry", "--shell", ids[-1]],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    values = dict(line.split("=", 1) for line in shown.stdout.split())
    return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])


def test_the_kiosk_covers_a_screen_with_no_window_manager(
    bare_x_server: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "DISPLAY": bare_x_server,
        "QT_QPA_PLATFORM": "xcb",
        "CLINIC_KIOSK_DATA_DIR": str(tmp_path),
    }
    kiosk = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from ui.main import main; sys.exit(main())",
            "--demo",
            "--verbose",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    name = load_content().clinic.clinic.name
    try:
        said = said_before(kiosk, "ready: the welcome page is on screen", timeout=60)
        assert said[-1].strip().endswith("ready: the welcome page is on screen"), said[-20:]
        assert settled_geometry(bare_x_server, name) == (0, 0, *SCREEN)
    finally:
        kiosk.kill()
        kiosk.wait(30)
        assert kiosk.stderr is not None
        kiosk.stderr.close()


def test_the_welcome_page_painted_before_loading_covers_the_screen_then_opens(
    bare_x_server: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": bare_x_server, "QT_QPA_PLATFORM": "xcb"}
    name = load_content().clinic.clinic.name
    command = "import sys; from ui.main import main; sys.exit(main())"
    for start in ("first", "second"):  # the second paints from what the first kept
        kiosk = subprocess.Popen(
            [sys.executable, "-c", command, "--verbose"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            said = said_before(kiosk, "open: the kiosk takes clients", timeout=60)
            assert said[-1].strip().endswith("open: the kiosk takes clients"), said[-20:]
            ready = next(n for n, line in enumerate(said) if "ready: the welcome page" in line)
            loaded = next(n for n, line in enumerate(said) if "content version" in line)
            assert (ready < loaded) == (start == "second"), said
            assert settled_geometry(bare_x_server, name) == (0, 0, *SCREEN)
        finally:
            kiosk.kill()
            kiosk.wait(30)
            assert kiosk.stderr is not None
            kiosk.stderr.close()
