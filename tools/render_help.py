"""Renders the staff queue with clients waiting for help, on a demo clinic, to PNG.

One client asked from a consultation's page (their row is marked), one
before their consultation began (only the banner says it).

Run: .venv/bin/python tools/render_help.py [OUT_DIR]   (docs/screenshots/ by default)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.content.loader import load_content
from kiosk.demo import DEMO_PIN, DEMO_USER, seed_demo
from kiosk.store.database import open_database
from kiosk.store.help_requests import HelpRequest, record_help_request
from kiosk.store.staff import StaffAccounts
from ui.app import audit_for, build_staff, demo_settings
from ui.theme import apply_theme

NOW = datetime(2026, 11, 21, 15, 30)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    settings = demo_settings()
    db = open_database(settings)
    content = load_content()
    seed_demo(content, StaffAccounts(), audit_for(settings), NOW)
    app = QApplication([])
    apply_theme(app)
    window = build_staff(settings, content, now=lambda: NOW)
    window.panel.signed_in.emit(window.services.desk.sign_in(DEMO_USER, DEMO_PIN))
    settle(app)
    waiting = window.queue.model.row_at(1).public_id
    record_help_request(
        HelpRequest("demo-help-1", "waiting-room", "medicines", NOW - timedelta(minutes=3), waiting)
    )
    record_help_request(
        HelpRequest("demo-help-2", "upstairs", "welcome", NOW - timedelta(minutes=1))
    )
    for size in ((1920, 1080), (1280, 800)):
        window.resize(*size)
        window.show()
        window.queue.refresh()
        settle(app)
        window.grab().save(str(out / f"staff-{size[0]}x{size[1]}-queue-help.png"))
    window.close()
    db.close()
    print(f"wrote the staff queue with help marks to {out}")


if __name__ == "__main__":
    main()
