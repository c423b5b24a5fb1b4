"""Renders the staff screen on a demo clinic to PNG: sign-in, queue, a flagged consultation, audit.

The consultation is drawn at 1920x1080 and 1280x800, whole (as it scrolls),
and with a saved decision's banner and the erase confirmation open.

Run: .venv/bin/python tools/render_staff.py [OUT_DIR]   (docs/screenshots/ by default)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.consultation.desk import Decision
from kiosk.content.loader import load_content
from kiosk.demo import DEMO_PIN, DEMO_USER, seed_demo
from kiosk.store.consultations import Status
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
    window.resize(1920, 1080)
    window.show()
    settle(app)
    window.grab().save(str(out / "staff-sign-in.png"))
    window.panel.signed_in.emit(window.services.desk.sign_in(DEMO_USER, DEMO_PIN))
    settle(app)
    window.grab().save(str(out / "staff-queue.png"))
    model = window.queue.model
    flagged = next(
        model.row_at(row).public_id
        for row in range(model.rowCount())
        if "defer" in model.row_at(row).flag_outcomes
        and "review" in model.row_at(row).flag_outcomes
    )
    for size, name in (((1920, 1080), "staff-consultation.png"), ((1280, 800), None)):
        window.resize(*size)
        window.open_consultation(flagged)
        settle(app)
        window.grab().save(str(out / (name or f"staff-{size[0]}x{size[1]}-consultation.png")))
    page = window.consultation
    assert page is not None
    # The whole page as it scrolls: every flag and every answer as asked.
    body = page.findChild(QWidget, "pageBody")
    body.grab().save(str(out / "staff-1280x800-consultation-whole.png"))
    window.resize(1920, 1080)
    settle(app)
    follow_up = Decision(Status.FOLLOW_UP, NOW.date(), "", fitzpatrick_type=6)
    page.decided.emit(follow_up)  # as Save decision does: the page comes back with its banner
    settle(app)
    page = window.consultation
    assert page is not None
    page.findChild(QWidget, "eraseClient").click()
    settle(app)
    window.grab().save(str(out / "staff-1920x1080-erase-and-saved.png"))
    window.show_audit()
    settle(app)
    window.grab().save(str(out / "staff-audit.png"))
    window.services.work.shut_down()
    db.close()
    print(f"wrote the staff screenshots to {out}")


if __name__ == "__main__":
    main()
