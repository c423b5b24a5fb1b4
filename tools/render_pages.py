"""Renders every page of the client wizard to PNG, offscreen, at kiosk screen sizes.

Run: .venv/bin/python tools/render_pages.py [OUT_DIR]
A sample client is walked through the real pages; each page is grabbed at
1920x1080, 1280x800 and upright 1080x1920, and every box a client types in
once more with the on-screen keyboard up (docs/screenshots/ by default).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.cannot_start import CannotStart, CannotStartNotice
from ui.theme import apply_theme
from ui.wizard.consent_page import ConsentPage
from ui.wizard.question_page import QuestionPage
from ui.wizard.skin_page import SkinTypePage
from ui.wizard.welcome_page import WelcomePage
from ui.wizard.window import KioskWindow

SIZES = ((1920, 1080), (1280, 800), (1080, 1920))
# What a clinic's content mistakes look like on the notice shown instead of the wizard.
SAMPLE_PROBLEMS = [
    "rules.yaml, line 41, rules[3].when[0].answer: 'yes' is not an option of isotretinoin_taken",
    "clinic.yaml, line 12, prices.microneedling: expected a number, got 'two hundred'",
]
TODAY = date(2026, 11, 21)
# Every box a client types in, grabbed with the keyboard up.
TYPING = {
    "page_consent": ("consentName",),
    "page_about_you": ("first_name_input", "date_of_birth_year", "phone_input", "email_input"),
}

CLIENT: dict[str, object] = {
    "first_name": "Ana",
    "last_name": "Silva",
    "date_of_birth": date(1988, 3, 14),
    "phone": "+44 7700 900123",
    "email": "ana@example.com",
    "concerns": ("acne_scars", "texture"),
    "isotretinoin_taken": True,
    "isotretinoin_last_dose": date(2026, 8, 31),
    "topical_retinoids": True,
    "diabetes": "no",
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fill(window: KioskWindow) -> None:
    """Answer the page on screen as the sample client would, through its fields."""
    page = window.page
    if isinstance(page, ConsentPage):
        page.agree.setChecked(True)
        page.name.setText("Ana Silva")
        page.pad.sign_for_picture()
        return
    if not isinstance(page, QuestionPage):
        return
    for link_id, card in page.cards.items():
        if card.field is None or not card.isVisible() or window.intake.get(link_id) is not None:
            continue
        item = window.content.questionnaire.by_link_id[link_id]
        value = CLIENT.get(link_id)
        options = window.content.options_of(link_id)
        if value is None and item.type.value == "boolean":
            value = False
        elif value is None and link_id.startswith("fp_"):
            value = options[2].code
        elif value is None and item.type.value == "choice" and item.required:
            value = options[0].code
        if value is not None:
            card.field.set_value(value)  # type: ignore[arg-type]
            card.field.changed.emit(value)


def grab(window: KioskWindow, out: Path, name: str) -> None:
    settle()
    window.grab().save(str(out / f"{window.width()}x{window.height()}-{name}.png"))


def walk(window: KioskWindow, out: Path) -> None:
    """Every page a new client sees, in order, filled in, then Finish."""
    number = 0
    while window.page.objectName() != "page_thank_you":
        page = window.page
        name = f"{number:02d}-{page.objectName().removeprefix('page_')}"
        fill(window)
        grab(window, out, name)
        if isinstance(page, SkinTypePage):
            page.scroll_to(page.cards[page.result_item])
            grab(window, out, f"{name}-type")
            page.scroll_area.verticalScrollBar().setValue(0)
        for box_name in TYPING.get(page.objectName(), ()):
            box = page.findChild(QLineEdit, box_name)
            assert box is not None
            box.setFocus()
            suffix = "" if box_name == TYPING[page.objectName()][-1] else f"-{box_name}"
            grab(window, out, f"{name}-keyboard{suffix}")
            box.clearFocus()
        if isinstance(page, WelcomePage):
            tap_start(window)
        else:
            window.go_next()
        if window.page is page:
            raise SystemExit(f"stuck on {page.objectName()}: {window.message.text()}")
        number += 1
    grab(window, out, f"{number:02d}-thank_you")


def tap_start(window: KioskWindow) -> None:
    """Start, as a new client taps it."""
    start = window.page.findChild(QPushButton, "startButton")
    assert start is not None
    start.click()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Settings(database_url=f"sqlite:///{folder}/shots.sqlite3"))
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
            walk(window, out)
            window.services.work.shut_down()
            window.may_close = True
            window.close()
            window.deleteLater()
            settle()
            notice = CannotStartNotice(
                CannotStart("The clinic content has problems.", SAMPLE_PROBLEMS),
                Path("/home/kiosk/.local/state/clinic-kiosk/log/kiosk.log"),
            )
            notice.resize(*size)
            notice.show()
            settle()
            notice.grab().save(str(out / f"{size[0]}x{size[1]}-cannot-start.png"))
            notice.deleteLater()
        db.close()
    print(f"wrote {len(list(out.glob('*.png')))} screenshots to {out}")


if __name__ == "__main__":
    main()
