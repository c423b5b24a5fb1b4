"""Renders every page of the client wizard to PNG, offscreen, at kiosk screen sizes.

Run: .venv/bin/python tools/render_pages.py [OUT_DIR]
A realistic client is walked through the real widgets; each page is grabbed
at 1920x1080 and 1280x800 (docs/screenshots/ by default).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.config import Settings
from kiosk.content.loader import load_content
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.theme import apply_theme
from ui.wizard.window import KioskWindow

SIZES = ((1920, 1080), (1280, 800))
TODAY = date(2026, 11, 21)

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


def fill(window: KioskWindow) -> None:
    """Answer the current page as the sample client would (through the fields)."""
    page = window.page
    cards = getattr(page, "cards", {})
    for link_id, card in cards.items():
        if card.field is None or not card.isVisible() or window.intake.get(link_id) is not None:
            continue
        item = window.content.questionnaire.by_link_id[link_id]
        value = CLIENT.get(link_id)
        if value is None and item.type.value == "boolean":
            value = False
        if value is None and item.type.value == "choice" and item.required:
            value = window.content.options_of(link_id)[0].code
        if value is None and link_id.startswith("fp_"):
            value = window.content.options_of(link_id)[2].code
        if value is not None:
            card.field.set_value(value)  # type: ignore[arg-type]
            card.field.changed.emit(value)


def grab(window: KioskWindow, out: Path, name: str, size: tuple[int, int]) -> None:
    window.resize(*size)
    QApplication.processEvents()
    window.grab().save(str(out / f"{size[0]}x{size[1]}-{name}.png"))


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
            for number in range(len(window.pages)):
                page = window.page
                if page.objectName() == "page_consent":
                    page.agree.setChecked(True)
                    page.name.setText("Ana Silva")
                    page.pad._ink_length = 100
                    page._changed()
                fill(window)
                grab(window, out, f"{number:02d}-{page.objectName().removeprefix('page_')}", size)
                if page.objectName() in ("page_about_you", "page_consent"):
                    typing = "email_input" if page.objectName() == "page_about_you" else "consentName"
                    box = page.findChild(QLineEdit, typing)
                    box.setFocus()
                    for _ in range(3):
                        QApplication.processEvents()
                    grab(window, out, f"{number:02d}-{page.objectName().removeprefix('page_')}-keyboard", size)
                    box.clearFocus()
                if page.objectName() == "page_plan":
                    break
                if number == 0:
                    window.go_next()
                else:
                    window.go_next()
            window.go_next()
            grab(window, out, f"{len(window.pages) - 1:02d}-thank_you", size)
            window.may_close = True
            window.services.work.shut_down()
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        db.close()
    print(f"wrote {len(list(out.glob('*.png')))} screenshots to {out}")


if __name__ == "__main__":
    main()
