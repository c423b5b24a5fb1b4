"""The code staff and printing need is loaded while the kiosk waits, not when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.warm_up import warm_up

ROOT = Path(__file__).resolve().parents[2]

KIOSK_THEN_LOOK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from ui.app import build_kiosk, build_staff, stop_kiosk
app = QApplication([])
settings = Settings(kiosk_id="warm")
open_database(settings)
content = load_content()
before = {name for name in ("ui.staff.window", "kiosk.handout.render") if name in sys.modules}
window = build_kiosk(
    settings, content, locked=False, staff_screen=lambda: build_staff(settings, content)
)
window.warming.join(60)
after = {name for name in ("ui.staff.window", "kiosk.handout.render") if name in sys.modules}
stop_kiosk(window)
print(sorted(before), sorted(after))
"""


def test_the_staff_screen_and_the_printout_are_loaded_once_the_kiosk_is_open(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KIOSK_THEN_LOOK],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    assert done.stdout.strip().splitlines()[-1] == (
        "[] ['kiosk.handout.render', 'ui.staff.window']"
    )


def test_a_module_that_cannot_be_loaded_ahead_is_only_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    warm_up(["json", "kiosk.no_such_module"]).join(10)

    assert "could not load kiosk.no_such_module ahead of use" in caplog.text
