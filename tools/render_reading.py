"""Renders wizard pages at the largest text size, and in high contrast, offscreen, to PNG.

Run: .venv/bin/python tools/render_reading.py [OUT_DIR]
The sample client of tools/render_pages.py walks the real pages at
1920x1080, 1280x800 and upright 1080x1920, once at the largest text size and
once more in high contrast too; several pages of each walk are kept
(docs/screenshots/reading/ by default).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from render_pages import SIZES, TODAY, settle, walk

from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.theme import TEXT_SCALES, Reading, apply_theme

LARGEST = len(TEXT_SCALES) - 1
READINGS = {
    "largest": Reading(LARGEST, high_contrast=False),
    "contrast-largest": Reading(LARGEST, high_contrast=True),
}
# The pages worth looking at: the first, the typed ones, the longest, the plan.
KEEP = (
    "00-welcome",
    "01-consent",
    "02-about_you",
    "02-about_you-keyboard",
    "04-concerns",
    "06-health",
    "09-results",
    "10-compare",
    "11-plan",
    "12-thank_you",
    "13-thank_you",
)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/reading")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Settings(database_url=f"sqlite:///{folder}/shots.sqlite3"))
        for prefix, reading in READINGS.items():
            for size in SIZES:
                window = build_kiosk(
                    Settings(kiosk_id="screenshots"),
                    load_content(),
                    today=lambda: TODAY,
                    now=lambda: datetime(2026, 11, 21, 10, 0),
                )
                window.resize(*size)
                window.show()
                window.activateWindow()
                window.set_reading(reading)
                every = Path(folder) / f"{prefix}-{size[0]}"
                every.mkdir()
                walk(window, every)
                for shot in every.glob("*.png"):
                    width, _, page = shot.stem.partition("-")
                    if page in KEEP:
                        shutil.copy(shot, out / f"{prefix}-{width}-{page}.png")
                window.services.work.shut_down()
                window.services.sessions.delivery.stop(30)
                window.may_close = True
                window.close()
                window.deleteLater()
                settle()
        db.close()
    print(f"wrote {len(list(out.glob('*.png')))} screenshots to {out}")


if __name__ == "__main__":
    main()
