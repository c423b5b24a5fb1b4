"""Renders a returning client's path and the staff "what changed" view to PNG.

A client who came in September taps "I have been here before", is found by
date of birth and initials, confirms the consent they signed then, and finds
their details pre-filled; staff then open today's consultation beside the
earlier one. Each screen at 1920x1080 and 1280x800.

Run: .venv/bin/python tools/render_returning.py [OUT_DIR]   (docs/screenshots/ by default)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from kiosk.consultation.returning import find_returning
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.demo import sample_signature
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.record.submission import ConsentRecord, build_submission
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import open_database
from kiosk.store.staff import Role, StaffAccounts
from ui.app import build_kiosk, build_staff, stop_kiosk
from ui.theme import apply_theme
from ui.wizard.window import KioskWindow

SIZES = ((1920, 1080), (1280, 800))
TODAY = date(2026, 11, 21)
EARLIER = datetime(2026, 9, 1, 10, 0)
NOW = datetime(2026, 11, 21, 10, 30)
PIN = "864219"
# A healthy client who came in September (answers as the kiosk stores them).
CLIENT: dict[str, object] = {
    "first_name": "Ana",
    "last_name": "Silva",
    "date_of_birth": "1988-03-14",
    "phone": "+44 7700 900123",
    "email": "ana@example.com",
    "fitzpatrick_type": 3,
    "concerns": ["acne_scars", "texture"],
    "diabetes": "no",
}


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def earlier_visit(content: Content) -> None:
    store = ConsultationStore("kiosk-1", lambda: EARLIER)
    public_id = store.start("en", content.version)
    raw = dict(CLIENT)
    for item in content.questionnaire.items():
        if item.type.value == "boolean":
            raw.setdefault(item.link_id, False)
    answers = parse_answers(content, raw)
    store.submit(
        build_submission(
            content,
            assess(content, answers, EARLIER.date()),
            ConsentRecord(
                text_version=content.consent.version,
                text_hash=content.consent.hash_in("en", "en"),
                agreed_at=EARLIER,
                typed_name="Ana Silva",
                signature_png=sample_signature(),
            ),
            public_id=public_id,
            kiosk_id="kiosk-1",
            language="en",
            started_at=EARLIER,
            submitted_at=EARLIER,
        )
    )


def type_in(window: KioskWindow, name: str, text: str) -> None:
    box = window.page.findChild(QLineEdit, name)
    assert box is not None, name
    box.setText(text)


def walk(window: KioskWindow, out: Path, size: str) -> str:
    """Through the returning path to the results; returns today's consultation id."""
    settle()
    window.grab().save(str(out / f"{size}-returning-0-welcome.png"))
    window._returning()
    type_in(window, "returning_birth_day", "14")
    type_in(window, "returning_birth_month", "03")
    type_in(window, "returning_birth_year", "1988")
    type_in(window, "returningInitials", "AS")
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    lookup = find_returning(date(1988, 3, 14), "AS")
    window._found(lookup)
    settle()
    window.grab().save(str(out / f"{size}-returning-1-found.png"))
    window.go_next()
    settle()
    window.grab().save(str(out / f"{size}-returning-2-consent.png"))
    window.page.findChild(QWidget, "consentAgree").click()  # type: ignore[union-attr]
    window.go_next()
    settle()
    window.grab().save(str(out / f"{size}-returning-3-about-you.png"))
    intake = window.intake
    intake.set("phone", "07700 900999")
    intake.set("concerns", ("acne_scars", "fine_lines"))
    for item in window.content.questionnaire.items():
        if item.type.value == "boolean":
            intake.set(item.link_id, item.link_id == "anticoagulants")
    intake.set("anticoagulant_kind", "newer_anticoagulant")
    intake.set("diabetes", "no")
    while window.page.objectName() != "page_results":
        window.go_next()
    settle()
    window.grab().save(str(out / f"{size}-returning-4-results.png"))
    assert intake.consultation_id is not None
    return intake.consultation_id


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    content = load_content()
    for width, height in SIZES:
        size = f"{width}x{height}"
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings(
                database_url=f"sqlite:///{folder}/shots.sqlite3",
                audit_key_file=f"{folder}/audit.key",
                kiosk_id="screenshots",
            )
            db = open_database(settings)
            earlier_visit(content)
            window = build_kiosk(settings, content, today=lambda: TODAY, now=lambda: NOW)
            window.resize(width, height)
            window.show()
            public_id = walk(window, out, size)
            window.may_close = True
            stop_kiosk(window)
            accounts = StaffAccounts(lambda: NOW)
            accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)
            staff = build_staff(settings, content, accounts=accounts, now=lambda: NOW)
            staff.resize(width, height)
            staff.show()
            settle()
            staff.panel.signed_in.emit(accounts.sign_in("maria", PIN))
            settle()
            staff.open_consultation(public_id)
            settle()
            page = staff.consultation
            assert page is not None
            card = page.findChild(QWidget, "sinceLastCard")
            assert card is not None
            # The card sits under the client's: brought into view as staff would scroll.
            scroll = page.findChild(QScrollArea)
            if scroll is not None:
                scroll.ensureWidgetVisible(card, 0, 0)
            settle()
            staff.grab().save(str(out / f"{size}-staff-since-last.png"))
            staff.services.work.shut_down()
            db.close()
    print(f"wrote the returning-client screenshots to {out}")


if __name__ == "__main__":
    main()
