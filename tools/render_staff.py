"""Renders the staff screen on a demo clinic to PNG: sign-in, the queue, a flagged consultation.

Run: .venv/bin/python tools/render_staff.py [OUT_DIR]   (docs/screenshots/ by default)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.content.loader import load_content
from kiosk.demo import DEMO_PIN, DEMO_USER, seed_demo
from kiosk.store.database import open_database
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
    window = build_staff(
        settings,
        content,
        now=lambda: NOW,
        demo_hint=f"Demo: sign in as Demo Practitioner with the PIN {DEMO_PIN}.",
    )
    window.resize(1600, 1000)
    window.show()
    settle(app)
    window.grab().save(str(out / "staff-sign-in.png"))
    window.panel.signed_in.emit(window.services.accounts.sign_in(DEMO_USER, DEMO_PIN))
    settle(app)
    window.grab().save(str(out / "staff-queue.png"))
    model = window.queue.model
    flagged = next(
        model.row_at(row).public_id
        for row in range(model.rowCount())
        if "defer" in model.row_at(row).flag_outcomes
        and "review" in model.row_at(row).flag_outcomes
    )
    window.open_consultation(flagged)
    settle(app)
    window.grab().save(str(out / "staff-consultation.png"))
    window.show_audit()
    settle(app)
    window.grab().save(str(out / "staff-audit.png"))
    window.services.work.shut_down()
    db.close()
    print(f"wrote the staff screenshots to {out}")


if __name__ == "__main__":
    main()
