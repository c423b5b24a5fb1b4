"""The client's language: chosen in its own name, changed on any page without losing anything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.setup.resources import resource_path
from kiosk.store.staff import StaffAccounts
from tests.ui.conftest import find, sign, tap, tap_named, type_on_screen
from tests.ui.languages import answer, kiosk_in_languages, next_page, type_into
from tests.ui.layout_faults import faults
from ui.app import stop_kiosk
from ui.theme import ARABIC, FAMILY
from ui.widgets.keyboard import key_name
from ui.wizard.window import KioskWindow

OWN_NAMES = {"en": "English", "es": "Español", "pl": "Polski", "ar": "العربية"}


@pytest.fixture
def kiosk(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts
) -> Iterator[KioskWindow]:
    window = kiosk_in_languages(qtbot, content, accounts)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


def button(window: KioskWindow, name: str) -> QAbstractButton:
    widget = find(window, name)
    assert isinstance(widget, QAbstractButton)
    return widget


def choose_language(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    """Through the language button every page has, and the chooser it opens."""
    tap_named(qtbot, window, "languageButton")
    assert find(window, "languageChooser").isVisible()
    tap(qtbot, find(find(window, "languageChooser"), f"language_{code}"))
    assert window.intake.language == code


def test_the_welcome_page_offers_each_language_in_its_own_name_with_the_chosen_one_marked(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    for code, name in OWN_NAMES.items():
        choice = button(kiosk, f"language_{code}")
        assert choice.accessibleName() == name
        assert choice.text().endswith(name)
        assert choice.isChecked() == (code == "en")
        # Marked by a tick as well as by colour.
        assert choice.text().startswith("✓") == (code == "en")
    tap_named(qtbot, kiosk, "language_pl")
    assert kiosk.intake.language == "pl"
    assert button(kiosk, "language_pl").isChecked()
    assert button(kiosk, "language_pl").text().startswith("✓")
    assert not button(kiosk, "language_en").isChecked()
    assert "Polski" in button(kiosk, "languageButton").text()


def test_changing_language_on_a_page_keeps_every_answer_and_turns_the_pages_for_arabic(
    qtbot: QtBot, kiosk: KioskWindow, content: Content
) -> None:
    tap_named(qtbot, kiosk, "startButton")
    tap_named(qtbot, kiosk, "consentAgree")
    type_into(qtbot, kiosk, "consentName", "Ana Silva")
    sign(qtbot, find(kiosk, "signaturePad"))
    choose_language(qtbot, kiosk, "es")
    # The consent page, made again in Spanish, still agreed, named and signed.
    assert kiosk.page.objectName() == "page_consent"
    assert kiosk.page.title() == content.text(content.consent.title, "es")
    assert button(kiosk, "consentAgree").isChecked()
    assert find(kiosk, "consentName").text() == "Ana Silva"  # type: ignore[attr-defined]
    assert button(kiosk, "nextButton").isEnabled()
    next_page(qtbot, kiosk)

    type_into(qtbot, kiosk, "first_name_input", "Ana")
    type_into(qtbot, kiosk, "date_of_birth_day", "1403")  # no year yet: not an answer
    choose_language(qtbot, kiosk, "ar")
    assert kiosk.page.objectName() == "page_about_you"
    assert find(kiosk, "first_name_input").text() == "Ana"  # type: ignore[attr-defined]
    assert find(kiosk, "date_of_birth_day").text() == "14"  # type: ignore[attr-defined]
    assert find(kiosk, "date_of_birth_month").text() == "03"  # type: ignore[attr-defined]
    # Right to left: Next on the left, Back on the right, text boxes typed from the right.
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    back, forward = button(kiosk, "backButton"), button(kiosk, "nextButton")
    qtbot.waitUntil(lambda: forward.mapTo(kiosk, QPoint()).x() < back.mapTo(kiosk, QPoint()).x())
    # Each arrow points outwards, the way its button leads.
    assert forward.text().endswith("‹")
    assert back.text().startswith("›")
    year = find(kiosk, "date_of_birth_year")
    assert isinstance(year, QLineEdit)
    assert year.isRightToLeft()
    tap(qtbot, year)
    type_on_screen(qtbot, kiosk, "1988")
    assert kiosk.intake.get("date_of_birth") is not None
    # The date read back in the Arabic locale's words (not the English month).
    reading = find(kiosk, "date_of_birth_reading")
    assert isinstance(reading, QLabel)
    assert "March" not in reading.text()
    assert "1988" not in reading.text()

    choose_language(qtbot, kiosk, "en")
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert button(kiosk, "nextButton").text().endswith("›")
    assert find(kiosk, "date_of_birth_reading").text() == "14 March 1988"  # type: ignore[attr-defined]
    assert kiosk.intake.consent.complete


def test_the_skin_quiz_and_a_chosen_skin_type_survive_a_change_of_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    tap_named(qtbot, kiosk, "startButton")
    tap_named(qtbot, kiosk, "consentAgree")
    type_into(qtbot, kiosk, "consentName", "Ana Silva")
    sign(qtbot, find(kiosk, "signaturePad"))
    next_page(qtbot, kiosk)
    type_into(qtbot, kiosk, "first_name_input", "Ana")
    type_into(qtbot, kiosk, "last_name_input", "Silva")
    type_into(qtbot, kiosk, "date_of_birth_day", "14031988")
    type_into(qtbot, kiosk, "phone_input", "07700900123")
    next_page(qtbot, kiosk)
    quiz = kiosk.intake.content.skin_type_quiz.items
    for link_id in quiz:
        options = kiosk.intake.content.options_of(link_id)
        answer(qtbot, kiosk, link_id, f"option_{options[0].code}")
    suggested = kiosk.intake.get("fitzpatrick_type")
    assert suggested is not None
    chosen = 5 if suggested != 5 else 4
    answer(qtbot, kiosk, "fitzpatrick_type", f"option_{chosen}")
    before = dict(kiosk.intake.answers)
    choose_language(qtbot, kiosk, "pl")
    assert dict(kiosk.intake.answers) == before
    assert button(find(kiosk, "card_fitzpatrick_type"), f"option_{chosen}").isChecked()  # type: ignore[arg-type]


def test_the_idle_reset_returns_to_the_clinics_language(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap_named(qtbot, kiosk, "language_ar")
    tap_named(qtbot, kiosk, "startButton")
    assert kiosk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    kiosk.idle.idle.emit()
    assert find(kiosk, "stillThere").isVisible()
    tap_named(qtbot, kiosk, "clearNowButton")
    assert kiosk.page.objectName() == "page_welcome"
    assert kiosk.intake.language == "en"
    assert kiosk.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert button(kiosk, "language_en").isChecked()
    assert button(kiosk, "languageButton").text() == "English"


@pytest.mark.parametrize(
    ("language", "name"),
    [("pl", "Łucja Świątek-Żółć"), ("es", "Begoña Ibáñez-Núñez"), ("ar", "ليلى الأحمد")],
)
def test_each_language_keyboard_types_its_names(
    qtbot: QtBot, kiosk: KioskWindow, language: str, name: str
) -> None:
    tap_named(qtbot, kiosk, f"language_{language}")
    tap_named(qtbot, kiosk, "startButton")
    type_into(qtbot, kiosk, "consentName", name)
    assert kiosk.intake.consent.typed_name == name
    for key in kiosk.keyboard.findChildren(QAbstractButton):
        if key.isVisible():
            assert min(key.height(), key.width()) >= 64, key.objectName()


@pytest.mark.parametrize("name", ["Ștefan Vlădescu", "Zoë Groß-Façade", "João Ñúñez"])
def test_the_latin_keyboard_types_accented_names_of_other_languages(
    qtbot: QtBot, kiosk: KioskWindow, name: str
) -> None:
    tap_named(qtbot, kiosk, "startButton")
    tap_named(qtbot, kiosk, "consentName")
    keyboard = kiosk.keyboard
    for char in name:
        if keyboard.findChild(QAbstractButton, key_name(char.lower())) is None:
            tap_named(qtbot, keyboard, "key_accents")  # the other page of keys
        type_on_screen(qtbot, kiosk, char)
    assert kiosk.intake.consent.typed_name == name


def test_polish_and_spanish_letters_are_in_the_kiosk_font_and_arabic_in_its_own(
    qapp: QApplication,
) -> None:
    latin = QRawFont.fromFont(QFont(FAMILY))
    assert latin.familyName() == FAMILY
    for char in "ĄąĆćĘęŁłŃńÓóŚśŹźŻżÑñÁáÉéÍíÚúÜü¿¡ĂăÂâÎîȘșȚț":
        assert latin.supportsCharacter(ord(char)), char
    arabic = QRawFont.fromFont(QFont(ARABIC))
    assert arabic.familyName() == ARABIC
    for char in "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظذأإآ،؟":
        assert arabic.supportsCharacter(ord(char)), char
    # Noto Sans has no Arabic: the kiosk's font falls back to Noto Naskh Arabic.
    assert not latin.supportsCharacter(ord("ل"))
    assert qapp.font().families()[:2] == [FAMILY, ARABIC]


def polish(context: str, source: str) -> str:
    """`source` as the shipped Polish interface translation has it."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "kiosk_pl.qm")))
    words = translator.translate(context, source)
    assert words, f"no Polish interface words for {source!r}"
    assert words != source, f"no Polish interface words for {source!r}"
    return words


def test_the_timeout_warning_and_the_interface_words_follow_the_chosen_language(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    tap_named(qtbot, kiosk, "startButton")
    choose_language(qtbot, kiosk, "pl")
    assert button(kiosk, "backButton").text() == polish("KioskWindow", "‹  Back")
    kiosk.idle.idle.emit()
    question = find(kiosk, "idleQuestion")
    assert isinstance(question, QLabel)
    assert question.text() == polish("StillThereOverlay", "Are you still there?")
    assert button(kiosk, "stillHereButton").text() == polish(
        "StillThereOverlay", "Yes, I am still here"
    )
    tap_named(qtbot, kiosk, "clearNowButton")
    # Back in the clinic's language for the next client.
    assert kiosk.intake.language == "en"
    assert button(kiosk, "startButton").text() == "Start"
    kiosk.idle.idle.emit()
    assert not kiosk.still_there.isVisible()  # the welcome page does not ask


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800), (1080, 1920)])
def test_every_language_shows_whole_on_the_welcome_page_at_every_screen_size(
    qtbot: QtBot, kiosk: KioskWindow, size: tuple[int, int]
) -> None:
    kiosk.resize(*size)
    choice = find(kiosk, "languageButtons")
    buttons = [button(kiosk, f"language_{code}") for code in OWN_NAMES]

    def laid_out() -> bool:
        return kiosk.page.width() <= kiosk.width() and all(b.isVisible() for b in buttons)

    qtbot.waitUntil(laid_out)
    # The row may take another turn of the event loop to fold onto two lines.
    qtbot.waitUntil(lambda: faults(choice) == [], timeout=2000)
    window_rect = kiosk.rect()
    for shown in buttons:
        place = shown.rect().translated(shown.mapTo(kiosk, QPoint()))
        assert window_rect.contains(place), (shown.text(), place.getCoords())
        assert shown.width() >= shown.minimumWidth()
