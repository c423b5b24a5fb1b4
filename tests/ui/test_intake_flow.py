"""A whole intake through the real widgets: taps, the on-screen keyboard, the signature pad."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.store.models import Consent, Consultation
from tests.ui.conftest import find, settled, sign, tap, tap_named, type_on_screen
from ui.wizard.window import KioskWindow


def answer(qtbot: QtBot, window: KioskWindow, link_id: str, choice: str) -> None:
    """Tap `choice` (yes, no, or option_<code>) in the question `link_id`."""
    tap(qtbot, find(find(window, f"card_{link_id}"), choice))


def type_into(qtbot: QtBot, window: KioskWindow, box: str, text: str) -> None:
    tap_named(qtbot, window, box)
    type_on_screen(qtbot, window, text)


def on_page(window: KioskWindow) -> str:
    return window.page.objectName()


def next_page(qtbot: QtBot, window: KioskWindow, expected: str) -> None:
    tap_named(qtbot, window, "nextButton")
    assert on_page(window) == expected, find(window, "navMessage").text()  # type: ignore[attr-defined]


def test_a_client_completes_an_intake_and_it_is_stored_with_flags_and_plan(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    window = kiosk
    tap_named(qtbot, window, "startButton")
    assert on_page(window) == "page_consent"

    assert not find(window, "nextButton").isEnabled()
    tap_named(qtbot, window, "consentAgree")
    type_into(qtbot, window, "consentName", "Ana Silva")
    assert not find(window, "nextButton").isEnabled()  # agreed and named, not yet signed
    sign(qtbot, find(window, "signaturePad"))
    next_page(qtbot, window, "page_about_you")

    type_into(qtbot, window, "first_name_input", "Ana")
    type_into(qtbot, window, "last_name_input", "Silva")
    type_into(qtbot, window, "date_of_birth_day", "14031988")  # the boxes move on by themselves
    assert find(window, "date_of_birth_reading").text() == "14 March 1988"  # type: ignore[attr-defined]
    type_into(qtbot, window, "phone_input", "+44 7700 900123")
    type_into(qtbot, window, "email_input", "ana@example.com")
    next_page(qtbot, window, "page_skin")

    answer(qtbot, window, "fitzpatrick_type", "option_3")
    next_page(qtbot, window, "page_concerns")
    answer(qtbot, window, "concerns", "option_acne_scars")
    answer(qtbot, window, "concerns", "option_texture")
    next_page(qtbot, window, "page_skin_today")

    for page in ("page_skin_today", "page_health", "page_medicines", "page_recent_treatments"):
        assert on_page(window) == page
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
        tap_named(qtbot, window, "nextButton")

    assert on_page(window) == "page_results"
    headline = find(window, "outcomeHeadline")
    assert isinstance(headline, QLabel)
    assert headline.text() == "Not today, but from Sunday 28 February 2027."
    next_page(qtbot, window, "page_compare")
    tap_named(qtbot, window, "treatment_microneedling")
    assert find(window, "detail_microneedling").isVisible()
    tap_named(qtbot, window, "backToComparison")
    next_page(qtbot, window, "page_plan")
    assert find(window, "planTreatmentName").text() == "Microneedling"  # type: ignore[attr-defined]
    assert "1 March 2027" in find(window, "session_1").text()  # type: ignore[attr-defined]
    next_page(qtbot, window, "page_thank_you")
    assert window.page.title() == "Thank you, Ana"

    assert settled(window)
    stored = Consultation.get()
    assert stored.status == "submitted"
    assert stored.client.first_name == "Ana"
    assert stored.client.phone == "+44 7700 900123"
    assert stored.client.email == "ana@example.com"
    answers = json.loads(stored.answers or "")
    assert answers["concerns"] == ["acne_scars", "texture"]
    assert answers["isotretinoin_last_dose"] == "2026-08-31"
    snapshot = json.loads(stored.snapshot or "")
    assert [flag["rule"] for flag in snapshot["assessment"]["flags"]] == [
        "isotretinoin_needling",
        "isotretinoin_resurfacing",
    ]
    assert snapshot["assessment"]["plan"]["treatment"] == "microneedling"
    assert stored.flag_outcomes == "defer"
    consent = Consent.get(Consent.consultation == stored)
    assert consent.typed_name == "Ana Silva"
    assert bytes(consent.signature_png).startswith(b"\x89PNG")
