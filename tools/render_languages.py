"""Renders the choice of language and pages in Spanish, Polish and Arabic at kiosk screen sizes.

Run: .venv/bin/python tools/render_languages.py [OUT_DIR]
The welcome page with every language in its own name, the chooser the
language button opens, then in Spanish, Polish and Arabic: the welcome page, the
consent page with the keyboard up, the about-you page with the keyboard up
and a page of questions (docs/screenshots/ by default, named
<size>-language-...).
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from kiosk.content.languages import language
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from ui.app import build_kiosk
from ui.theme import apply_theme
from ui.wizard.consent_page import ConsentPage
from ui.wizard.question_page import QuestionPage
from ui.wizard.window import KioskWindow

SIZES = ((1920, 1080), (1280, 800), (1080, 1920))
TODAY = date(2026, 11, 21)
LANGUAGES = ("en", "es", "pl", "ar")
NAMES = {
    "es": ("Begoña", "Ibáñez-Núñez"),
    "pl": ("Łucja", "Świątek-Żółć"),
    "ar": ("ليلى", "الأحمد"),
}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def grab(window: KioskWindow, out: Path, name: str) -> None:
    settle()
    window.grab().save(str(out / f"{window.width()}x{window.height()}-language-{name}.png"))


def tap(window: KioskWindow, name: str) -> None:
    button = next(b for b in window.findChildren(QPushButton, name) if b.isVisible())
    button.click()
    settle()


def type_in(window: KioskWindow, box_name: str, text: str) -> QLineEdit:
    box = window.page.findChild(QLineEdit, box_name)
    assert box is not None, box_name
    box.setFocus()
    box.setText(text)
    settle()
    return box


def in_languages(content: Content) -> Content:
    return dataclasses.replace(
        content, clinic=content.clinic.model_copy(update={"languages": LANGUAGES})
    )


def pages_in(window: KioskWindow, out: Path, code: str) -> None:
    """The welcome, consent, about-you and a question page in `code`."""
    first, last = NAMES[code]
    tap(window, f"language_{code}")
    grab(window, out, f"{code}-welcome")
    tap(window, "startButton")
    page = window.page
    assert isinstance(page, ConsentPage)
    page.agree.setChecked(True)
    page.pad.sign_for_picture()
    type_in(window, "consentName", f"{first} {last}")
    grab(window, out, f"{code}-consent-keyboard")
    window.page.setFocus()
    window.go_next()
    type_in(window, "last_name_input", last)
    type_in(window, "first_name_input", first)
    grab(window, out, f"{code}-about_you-keyboard")
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    questions = next(
        index
        for index, (name, _) in enumerate(window._makers)
        if name == "page_health"  # a page of yes/no questions with help
    )
    window.show_page(questions)
    assert isinstance(window.page, QuestionPage)
    grab(window, out, f"{code}-health")
    tap(window, "languageButton")
    grab(window, out, f"{code}-chooser")
    window.reset()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app)
    content = in_languages(load_content())
    with tempfile.TemporaryDirectory() as folder:
        # A machine of its own: nothing of this computer's kiosk is read or written.
        for kind in ("CONFIG", "DATA", "STATE", "CACHE"):
            os.environ[f"XDG_{kind}_HOME"] = f"{folder}/{kind.lower()}"
        db = open_database(Settings(database_url=f"sqlite:///{folder}/shots.sqlite3"))
        for size in SIZES:
            window = build_kiosk(
                Settings(kiosk_id="screenshots"),
                content,
                # Each one shown, translated in full yet or not.
                languages=tuple(language(code) for code in LANGUAGES),
                today=lambda: TODAY,
                now=lambda: datetime(2026, 11, 21, 10, 0),
            )
            window.resize(*size)
            window.show()
            window.activateWindow()
            settle()
            grab(window, out, "welcome")
            for code in NAMES:
                pages_in(window, out, code)
            window.services.work.shut_down()
            window.may_close = True
            window.close()
            window.deleteLater()
            settle()
        db.close()
    print(f"wrote {len(list(out.glob('*-language-*.png')))} screenshots to {out}")


if __name__ == "__main__":
    main()
