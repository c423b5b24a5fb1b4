"""A kiosk offering English, Spanish, Polish and Arabic, and a consultation walked by taps."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.languages import language
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.models import Consent, Consultation
from kiosk.store.staff import StaffAccounts
from tests.ui.conftest import TODAY, find, settled, sign, tap, tap_named, type_on_screen
from ui.app import build_kiosk
from ui.wizard.window import KioskWindow

LANGUAGES = ("en", "es", "pl", "ar")

# A name from each language, typed on that language's keyboard.
NAMES = {
    "en": ("Ana", "Silva"),
    "es": ("Begoña", "Ibáñez-Núñez"),
    "pl": ("Łucja", "Świątek-Żółć"),
    "ar": ("ليلى", "الأحمد"),
}


def in_languages(content: Content) -> Content:
    """`content` with a clinic that offers every language the kiosk has words for."""
    return dataclasses.replace(
        content, clinic=content.clinic.model_copy(update={"languages": LANGUAGES})
    )


def kiosk_in_languages(qtbot: QtBot, content: Content, accounts: StaffAccounts) -> KioskWindow:
    """The kiosk at 1280x800 offering LANGUAGES, translated in full or not (the caller stops
    it with stop_kiosk): what a language offers falls back to English until translated."""
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test"),
        in_languages(content),
        languages=tuple(language(code) for code in LANGUAGES),
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def answer(qtbot: QtBot, window: KioskWindow, link_id: str, choice: str) -> None:
    """Tap `choice` (yes, no, or option_<code>) in the question `link_id`."""
    tap(qtbot, find(find(window, f"card_{link_id}"), choice))


def type_into(qtbot: QtBot, window: KioskWindow, box: str, text: str) -> None:
    tap_named(qtbot, window, box)
    type_on_screen(qtbot, window, text)


def next_page(qtbot: QtBot, window: KioskWindow) -> None:
    before = window.page.objectName()
    tap_named(qtbot, window, "nextButton")
    assert window.page.objectName() != before, find(window, "navMessage").text()  # type: ignore[attr-defined]


@dataclass
class Walk:
    """What a client saw and what was stored, for one consultation.

    Attributes:
        titles: the title of each page shown, by page name.
        answers: the stored answers.
        flags: the rules the stored assessment flagged.
        treatment: the plan's treatment.
        row: the stored consultation.
    """

    titles: dict[str, str] = field(default_factory=dict)
    answers: dict[str, object] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    treatment: str = ""
    row: Consultation | None = None


def walk(qtbot: QtBot, window: KioskWindow, language: str) -> Walk:
    """A whole consultation by taps in `language`, from the welcome page to the thank-you page."""
    seen = Walk()
    first, last = NAMES[language]
    if language != window.intake.language:
        tap_named(qtbot, window, f"language_{language}")
    assert window.intake.language == language
    tap_named(qtbot, window, "startButton")
    seen.titles[window.page.objectName()] = window.page.title()
    tap_named(qtbot, window, "consentAgree")
    type_into(qtbot, window, "consentName", f"{first} {last}")
    sign(qtbot, find(window, "signaturePad"))
    next_page(qtbot, window)

    seen.titles[window.page.objectName()] = window.page.title()
    type_into(qtbot, window, "first_name_input", first)
    type_into(qtbot, window, "last_name_input", last)
    type_into(qtbot, window, "date_of_birth_day", "14031988")
    type_into(qtbot, window, "phone_input", "+44 7700 900123")
    type_into(qtbot, window, "email_input", "client@example.com")
    next_page(qtbot, window)

    seen.titles[window.page.objectName()] = window.page.title()
    answer(qtbot, window, "fitzpatrick_type", "option_3")
    next_page(qtbot, window)
    seen.titles[window.page.objectName()] = window.page.title()
    answer(qtbot, window, "concerns", "option_acne_scars")
    answer(qtbot, window, "concerns", "option_texture")
    next_page(qtbot, window)

    while window.page.objectName() != "page_results":
        seen.titles[window.page.objectName()] = window.page.title()
        for card in window.page.findChildren(QWidget):
            name = card.objectName()
            if not name.startswith("card_") or not card.isVisible():
                continue
            link_id = name.removeprefix("card_")
            if link_id == "diabetes":
                answer(qtbot, window, link_id, "option_no")
            elif link_id == "isotretinoin_taken":
                answer(qtbot, window, link_id, "yes")
                type_into(qtbot, window, "isotretinoin_last_dose_day", "31082026")
            elif link_id != "isotretinoin_last_dose":
                answer(qtbot, window, link_id, "no")
        next_page(qtbot, window)

    seen.titles["page_results"] = window.page.title()
    next_page(qtbot, window)
    seen.titles[window.page.objectName()] = window.page.title()
    next_page(qtbot, window)
    seen.titles[window.page.objectName()] = window.page.title()
    next_page(qtbot, window)
    assert window.page.objectName() == "page_thank_you"
    assert settled(window)

    row = Consultation.select().order_by(Consultation.id.desc()).get()
    seen.row = row
    seen.answers = json.loads(row.answers or "")
    snapshot = json.loads(row.snapshot or "")
    seen.flags = [flag["rule"] for flag in snapshot["assessment"]["flags"]]
    seen.treatment = snapshot["assessment"]["plan"]["treatment"]
    consent = Consent.get(Consent.consultation == row)
    assert consent.typed_name == f"{first} {last}"
    return seen
