"""Running a program until it says something, then stopping it."""

from __future__ import annotations

import queue
import subprocess
import threading
import time
from pathlib import Path


def run_until_line(
    command: list[str],
    wanted: str,
    env: dict[str, str],
    cwd: Path,
    timeout: float = 60,
    still_running_after: float = 0,
) -> list[str]:
    """Start `command`, collect its stderr lines until one contains `wanted`, then stop it.

    Returns the lines seen; fails if the program exits or stays silent first,
    or if it is no longer running `still_running_after` seconds later.
    """
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=cwd
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        while True:
            line = lines.get(timeout=timeout)
            if line is None:
                raise AssertionError(f"{command[0]} exited before saying {wanted!r}: {seen[-20:]}")
            seen.append(line)
            if wanted in line:
                time.sleep(still_running_after)
                assert process.poll() is None, f"{command[0]} exited after saying {wanted!r}"
                return seen
    finally:
        process.terminate()
        process.wait(timeout=30)
        reader.join(timeout=30)
        assert process.stderr is not None
        process.stderr.close()
