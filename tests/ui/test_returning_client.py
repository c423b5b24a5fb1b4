"""A client who has been here before, through real taps: found, not found, told apart."""

from __future__ import annotations

from datetime import datetime

from peewee import Database
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.record.submission import ConsentRecord, build_submission
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Client, Consultation
from tests.core.clients import CLEAN_CLIENT, SIGNATURE
from tests.ui.conftest import find, settled, sign, tap, tap_named, type_on_screen
from ui.wizard.window import KioskWindow

EARLIER = datetime(2026, 9, 1, 10, 0)


def earlier_visit(content: Content, notice_hash: str | None = None, **changes: object) -> str:
    """A consultation finished in September, signed against `notice_hash` (today's by default)."""
    store = ConsultationStore("kiosk-test", lambda: EARLIER)
    public_id = store.start("en", content.version)
    answers = parse_answers(content, {**CLEAN_CLIENT, **changes})
    name = f"{answers['first_name']} {answers['last_name']}"
    notice = content.consent
    store.submit(
        build_submission(
            content,
            assess(content, answers, EARLIER.date()),
            ConsentRecord(
                text_version=notice.version,
                text_hash=notice_hash or notice.hash_in("en", "en"),
                agreed_at=EARLIER,
                typed_name=name,
                signature_png=SIGNATURE,
            ),
            public_id=public_id,
            kiosk_id="kiosk-test",
            language="en",
            started_at=EARLIER,
            submitted_at=EARLIER,
        )
    )
    return public_id


def type_into(qtbot: QtBot, window: KioskWindow, box: str, text: str) -> None:
    tap_named(qtbot, window, box)
    type_on_screen(qtbot, window, text)


def look_up(qtbot: QtBot, window: KioskWindow, born: str, initials: str) -> str:
    """From the welcome page: been here before, date of birth, initials, Find me."""
    tap_named(qtbot, window, "returningButton")
    assert window.page.objectName() == "page_returning"
    type_into(qtbot, window, "returning_birth_day", born)
    type_into(qtbot, window, "returningInitials", initials)
    return find_me(qtbot, window)


def find_me(qtbot: QtBot, window: KioskWindow) -> str:
    result = find(window, "returningResult")
    assert isinstance(result, QLabel)
    tap_named(qtbot, window, "findMeButton")
    qtbot.waitUntil(lambda: "Looking" not in result.text() and result.text() != "")
    return result.text()


def text_of(window: KioskWindow, name: str) -> str:
    box = find(window, name)
    assert isinstance(box, QLineEdit | QLabel)
    return box.text()


def shown_names(window: QWidget) -> str:
    """Every word on the page: no one's name may be among them before a match."""
    shown: list[QLabel | QLineEdit] = [
        *window.findChildren(QLabel),
        *window.findChildren(QLineEdit),
    ]
    return " ".join(widget.text() for widget in shown if widget.isVisible())


def test_a_returning_client_is_found_and_confirms_their_details(
    qtbot: QtBot, kiosk: KioskWindow, content: Content, db: Database
) -> None:
    earlier_visit(content)

    said = look_up(qtbot, kiosk, "14031988", "AS")

    assert "We found your details" in said
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_consent"
    assert "your signature is kept" in text_of(kiosk, "consentReturningNote")
    assert text_of(kiosk, "consentName") == "Ana Silva"
    assert not find(kiosk, "nextButton").isEnabled(), "agreeing is asked again"
    tap_named(qtbot, kiosk, "consentAgree")
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_about_you"
    assert text_of(kiosk, "first_name_input") == "Ana"
    assert text_of(kiosk, "phone_input") == "+44 7700 900123"
    assert text_of(kiosk, "date_of_birth_year") == "1988"


def test_prefilled_facts_can_be_changed_and_safety_questions_wait_for_a_tap(
    qtbot: QtBot, kiosk: KioskWindow, content: Content, db: Database
) -> None:
    first = earlier_visit(content, anticoagulants=False, pregnant_or_breastfeeding=False)
    look_up(qtbot, kiosk, "14031988", "as")
    tap_named(qtbot, kiosk, "nextButton")
    tap_named(qtbot, kiosk, "consentAgree")
    tap_named(qtbot, kiosk, "nextButton")

    phone = find(kiosk, "phone_input")
    assert isinstance(phone, QLineEdit)
    tap(qtbot, phone)
    phone.clear()
    type_on_screen(qtbot, kiosk, "07700 900999")
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_skin", "the quiz's answer carried over"
    tap_named(qtbot, kiosk, "nextButton")
    tap(qtbot, find(find(kiosk, "card_concerns"), "option_acne_scars"))
    tap_named(qtbot, kiosk, "nextButton")
    checked = 0
    while kiosk.page.objectName() != "page_results":
        page = kiosk.page
        cards = [
            card
            for card in page.findChildren(QWidget)
            if card.objectName().startswith("card_") and card.isVisible()
        ]
        for card in cards:
            for choice in ("yes", "no"):
                buttons = [b for b in card.findChildren(QWidget, choice) if b.isVisible()]
                assert not any(b.isChecked() for b in buttons)  # type: ignore[attr-defined]
            checked += 1
        tap_named(qtbot, kiosk, "nextButton")
        assert kiosk.page is page, "unanswered safety questions stop the client"
        for card in cards:
            name = card.objectName()
            yes = name == "card_anticoagulants"
            choice = "option_no" if name == "card_diabetes" else ("yes" if yes else "no")
            tap(qtbot, find(card, choice))
        tap_named(qtbot, kiosk, "nextButton")
    assert checked > 15
    assert settled(kiosk)

    (client,) = Client.select()
    assert client.phone == "07700 900999"
    visits = list(Consultation.select().where(Consultation.client == client))
    assert {visit.public_id for visit in visits} >= {first}
    assert len(visits) == 2


def test_nobody_found_goes_on_as_a_new_client(
    qtbot: QtBot, kiosk: KioskWindow, content: Content, db: Database
) -> None:
    earlier_visit(content)

    said = look_up(qtbot, kiosk, "15031988", "AS")

    assert "We could not find you" in said
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_consent"
    assert text_of(kiosk, "consentName") == ""
    assert kiosk.intake.get("first_name") is None


def test_two_clients_alike_are_asked_one_more_detail_and_no_name_is_shown(
    qtbot: QtBot, kiosk: KioskWindow, content: Content, db: Database
) -> None:
    earlier_visit(content)
    earlier_visit(content, first_name="Alice", last_name="Smith", phone="07700 900456")

    said = look_up(qtbot, kiosk, "14031988", "AS")

    assert "one more detail" in said
    words = shown_names(kiosk)
    assert "Ana" not in words
    assert "Alice" not in words
    assert not find(kiosk, "nextButton").isEnabled()
    type_into(qtbot, kiosk, "returningPhoneEnd", "456")
    assert "We found your details" in find_me(qtbot, kiosk)
    assert kiosk.intake.get("first_name") == "Alice"


def test_a_changed_notice_is_signed_again(
    qtbot: QtBot, kiosk: KioskWindow, content: Content, db: Database
) -> None:
    earlier_visit(content, notice_hash="f" * 64)

    look_up(qtbot, kiosk, "14031988", "AS")
    tap_named(qtbot, kiosk, "nextButton")

    assert "has changed since your last visit" in text_of(kiosk, "consentReturningNote")
    assert text_of(kiosk, "consentName") == ""
    tap_named(qtbot, kiosk, "consentAgree")
    type_into(qtbot, kiosk, "consentName", "Ana Silva")
    assert not find(kiosk, "nextButton").isEnabled(), "a new signature is needed"
    sign(qtbot, find(kiosk, "signaturePad"))
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_about_you"


def test_start_skips_the_lookup_going_forward_and_back(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap_named(qtbot, kiosk, "startButton")
    assert kiosk.page.objectName() == "page_consent"
    tap_named(qtbot, kiosk, "backButton")
    assert kiosk.page.objectName() == "page_welcome"
