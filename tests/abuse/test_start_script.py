"""`scripts/start` keeps the caller's folder: relative paths work, outputs land where one is."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_start_runs_the_kiosk_in_the_callers_folder(tmp_path: Path) -> None:
    # A copy of the repository's start script, with a set-up step and a program
    # that only say where they ran (the real set-up would install packages).
    repository = tmp_path / "repository"
    (repository / "scripts").mkdir(parents=True)
    (repository / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "start", repository / "scripts" / "start")
    bootstrap = repository / "scripts" / "bootstrap"
    bootstrap.write_text("#!/usr/bin/env bash\necho set-up done\n", "utf-8")
    program = repository / ".venv" / "bin" / "clinic-kiosk"
    program.write_text('#!/usr/bin/env bash\necho "$PWD" "$@"\n', "utf-8")
    for script in (bootstrap, program):
        script.chmod(0o755)
    elsewhere = tmp_path / "clinic" / "today"
    elsewhere.mkdir(parents=True)

    done = subprocess.run(
        [str(repository / "scripts" / "start"), "handout", "answers.json", "-o", "plan.pdf"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )

    assert done.stdout == f"{elsewhere} handout answers.json -o plan.pdf\n"
    assert done.stderr == "set-up done\n"  # the set-up never mixes into a command's output
