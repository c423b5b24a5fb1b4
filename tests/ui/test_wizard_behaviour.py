"""How the wizard behaves: Back keeps answers, follow-ups, plain messages, lockdown, staff PIN."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.store.staff import Role, StaffAccounts
from tests.ui.conftest import find, settled, sign, tap, tap_named, type_on_screen
from ui.wizard.window import KioskWindow


def through_consent(qtbot: QtBot, window: KioskWindow) -> None:
    tap_named(qtbot, window, "startButton")
    tap_named(qtbot, window, "consentAgree")
    tap_named(qtbot, window, "consentName")
    type_on_screen(qtbot, window, "Ana Silva")
    sign(qtbot, find(window, "signaturePad"))
    tap_named(qtbot, window, "nextButton")


def go_to(qtbot: QtBot, window: KioskWindow, page: str) -> None:
    """Jump to a page by answering nothing but what each page needs (through the intake)."""
    while window.page.objectName() != page:
        tap_named(qtbot, window, "nextButton")


def nav_message(window: KioskWindow) -> str:
    message = find(window, "navMessage")
    assert isinstance(message, QLabel)
    return message.text()


def test_next_says_plainly_what_is_missing_and_marks_the_question(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    through_consent(qtbot, kiosk)
    tap_named(qtbot, kiosk, "first_name_input")
    type_on_screen(qtbot, kiosk, "Ana")

    tap_named(qtbot, kiosk, "nextButton")

    assert kiosk.page.objectName() == "page_about_you"
    assert nav_message(kiosk) == "3 questions still need an answer: see the orange mark."
    problem = find(kiosk, "problem_last_name")
    assert isinstance(problem, QLabel)
    assert problem.text() == "Please answer this question."
    assert find(kiosk, "card_last_name").property("attention") == "true"


def test_a_wrong_date_is_explained_in_words(qtbot: QtBot, kiosk: KioskWindow) -> None:
    through_consent(qtbot, kiosk)
    tap_named(qtbot, kiosk, "date_of_birth_day")
    type_on_screen(qtbot, kiosk, "30021990")

    reading = find(kiosk, "date_of_birth_reading")
    assert isinstance(reading, QLabel)
    assert reading.text() == "There is no 30 February."
    assert kiosk.intake.get("date_of_birth") is None


def test_back_keeps_every_answer(qtbot: QtBot, kiosk: KioskWindow) -> None:
    through_consent(qtbot, kiosk)
    tap_named(qtbot, kiosk, "first_name_input")
    type_on_screen(qtbot, kiosk, "Ana")
    tap_named(qtbot, kiosk, "backButton")
    assert kiosk.page.objectName() == "page_consent"

    tap_named(qtbot, kiosk, "nextButton")

    box = find(kiosk, "first_name_input")
    assert isinstance(box, QLineEdit)
    assert box.text() == "Ana"
    name = kiosk.findChild(QLineEdit, "consentName")
    assert name is not None
    assert name.text() == "Ana Silva"


def test_a_follow_up_appears_with_yes_and_vanishes_with_its_answer_on_no(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    through_consent(qtbot, kiosk)
    kiosk.show_page(
        kiosk.pages.index(next(p for p in kiosk.pages if p.objectName() == "page_medicines"))
    )
    follow_up = (
        find(kiosk, "card_isotretinoin_taken")
        .parentWidget()
        .findChild(type(find(kiosk, "card_isotretinoin_taken")), "card_isotretinoin_last_dose")
    )
    assert follow_up is not None
    assert not follow_up.isVisible()

    tap(qtbot, find(find(kiosk, "card_isotretinoin_taken"), "yes"))
    assert follow_up.isVisible()
    tap_named(qtbot, kiosk, "isotretinoin_last_dose_day")
    type_on_screen(qtbot, kiosk, "01092026")
    assert kiosk.intake.get("isotretinoin_last_dose") is not None

    tap(qtbot, find(find(kiosk, "card_isotretinoin_taken"), "no"))
    assert not follow_up.isVisible()
    assert kiosk.intake.get("isotretinoin_last_dose") is None

    tap(qtbot, find(find(kiosk, "card_isotretinoin_taken"), "yes"))
    day = find(kiosk, "isotretinoin_last_dose_day")
    assert isinstance(day, QLineEdit)
    assert day.text() == ""  # the dropped answer does not come back


def test_safety_questions_start_unanswered(qtbot: QtBot, kiosk: KioskWindow) -> None:
    through_consent(qtbot, kiosk)
    kiosk.show_page(kiosk.page_named("page_health"))

    for link_id in ("pregnant_or_breastfeeding", "bleeding_disorder", "pacemaker"):
        card = find(kiosk, f"card_{link_id}")
        assert not find(card, "yes").isChecked()  # type: ignore[attr-defined]
        assert not find(card, "no").isChecked()  # type: ignore[attr-defined]
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_health"
    assert "9 questions still need an answer" in nav_message(kiosk)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_leaving_shortcuts_and_the_close_button_do_nothing(
    qtbot: QtBot, kiosk: KioskWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    kiosk.may_close = False
    through_consent(qtbot, kiosk)
    page = kiosk.page.objectName()

    qtbot.keyClick(kiosk, key, modifiers)
    kiosk.close()

    assert kiosk.isVisible()
    assert kiosk.page.objectName() == page
    kiosk.may_close = True


def open_staff_panel(qtbot: QtBot, kiosk: KioskWindow, accounts: StaffAccounts) -> None:
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, "48213597")
    kiosk.staff_corner.hold_timer.setInterval(50)
    corner = kiosk.staff_corner
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.staff.isVisible)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
    # No names to choose from: the user name is typed on the on-screen keyboard.
    qtbot.waitUntil(lambda: _visible(kiosk, "staffUsername"))
    tap(qtbot, find(kiosk, "staffUsername"))
    qtbot.waitUntil(kiosk.keyboard.isVisible)
    type_on_screen(qtbot, kiosk, "maria")
    tap_named(qtbot, kiosk, "usernameNext")
    qtbot.waitUntil(lambda: _has(kiosk, "pin_enter"))


def _visible(kiosk: KioskWindow, name: str) -> bool:
    return any(w.isVisible() for w in kiosk.findChildren(QLineEdit, name))


def _has(kiosk: KioskWindow, name: str) -> bool:
    return any(w.isVisible() for w in kiosk.findChildren(type(kiosk.next_button), name))


def enter_pin(qtbot: QtBot, kiosk: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap_named(qtbot, kiosk, f"pin_{digit}")
    tap_named(qtbot, kiosk, "pin_enter")


def test_a_short_press_on_the_staff_corner_does_nothing(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap(qtbot, kiosk.staff_corner)
    qtbot.wait(100)
    assert not kiosk.staff.isVisible()


def test_a_wrong_staff_pin_does_not_open_the_menu(
    qtbot: QtBot, kiosk: KioskWindow, accounts: StaffAccounts
) -> None:
    open_staff_panel(qtbot, kiosk, accounts)

    enter_pin(qtbot, kiosk, "11112222")

    message = kiosk.findChild(QLabel, "staffMessage")
    assert message is not None
    qtbot.waitUntil(lambda: message.text() == "That user name or PIN is not right.")
    assert not _has(kiosk, "exitKiosk")
    assert kiosk.isVisible()


def test_the_right_staff_pin_offers_to_close_the_kiosk(
    qtbot: QtBot, kiosk: KioskWindow, accounts: StaffAccounts
) -> None:
    open_staff_panel(qtbot, kiosk, accounts)

    enter_pin(qtbot, kiosk, "48213597")

    qtbot.waitUntil(lambda: _has(kiosk, "exitKiosk"))
    kiosk.may_close = False
    quit_calls: list[bool] = []
    app = QApplication.instance()
    assert app is not None
    original = QApplication.quit
    QApplication.quit = lambda: quit_calls.append(True)  # type: ignore[method-assign]
    try:
        tap_named(qtbot, kiosk, "exitKiosk")
    finally:
        QApplication.quit = original  # type: ignore[method-assign]
    assert quit_calls == [True]
    assert not kiosk.isVisible()


def answer_all_no(qtbot: QtBot, window: KioskWindow) -> None:
    """Through the question pages as a healthy client, to the results."""
    for link_id, value in {
        "first_name": "Ana",
        "last_name": "Silva",
        "phone": "+44 7700 900123",
    }.items():
        window.intake.set(link_id, value)
    from datetime import date as _date

    window.intake.set("date_of_birth", _date(1988, 3, 14))
    window.intake.set("fitzpatrick_type", 3)
    window.intake.set("concerns", ("acne_scars",))
    window.intake.set("diabetes", "no")
    for item in window.content.questionnaire.items():
        if item.type.value == "boolean":
            window.intake.set(item.link_id, False)
    while window.page.objectName() != "page_results":
        tap_named(qtbot, window, "nextButton")


def test_an_answer_changed_after_the_results_is_what_staff_see(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    from kiosk.store.models import Consultation

    through_consent(qtbot, kiosk)
    answer_all_no(qtbot, kiosk)
    assert settled(kiosk)
    assert Consultation.get().flag_outcomes == ""

    kiosk.show_page(kiosk.page_named("page_health"))
    tap(qtbot, find(find(kiosk, "card_pregnant_or_breastfeeding"), "yes"))
    while kiosk.page.objectName() != "page_thank_you":
        tap_named(qtbot, kiosk, "nextButton")

    assert settled(kiosk)
    stored = Consultation.get()
    assert stored.status == "submitted"
    assert stored.flag_outcomes == "stop"
    assert '"pregnant_or_breastfeeding": true' in (stored.answers or "")


def test_the_staff_panel_closes_itself_and_the_idle_reset_goes_on(
    qtbot: QtBot, kiosk: KioskWindow, accounts: StaffAccounts
) -> None:
    through_consent(qtbot, kiosk)
    open_staff_panel(qtbot, kiosk, accounts)
    enter_pin(qtbot, kiosk, "48213597")
    qtbot.waitUntil(lambda: _has(kiosk, "exitKiosk"))

    kiosk.staff_idle.timer.setInterval(10)
    kiosk.staff_idle.timer.start()
    qtbot.waitUntil(lambda: not kiosk.staff.isVisible(), timeout=2000)
    assert not _has(kiosk, "exitKiosk")
    kiosk.idle.timer.setInterval(10)
    kiosk.still_there.seconds = 1
    kiosk.idle.timer.start()
    qtbot.waitUntil(lambda: kiosk.page.objectName() == "page_welcome", timeout=3000)
    assert kiosk.intake.consent.typed_name == ""


def test_the_day_is_taken_when_the_client_taps_start(qtbot: QtBot, kiosk: KioskWindow) -> None:
    from datetime import date as _date

    kiosk.session.today = lambda: _date(2026, 11, 22)  # the kiosk waited overnight

    tap_named(qtbot, kiosk, "startButton")

    assert kiosk.intake.today == _date(2026, 11, 22)


def test_a_half_typed_optional_date_stops_next_instead_of_vanishing(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    through_consent(qtbot, kiosk)
    kiosk.show_page(kiosk.page_named("page_recent_treatments"))
    for link_id in ("had_chemical_peel", "had_laser", "had_filler_or_neuromodulator"):
        tap(qtbot, find(find(kiosk, f"card_{link_id}"), "no"))
    tap(qtbot, find(find(kiosk, "card_had_laser"), "yes"))
    tap_named(qtbot, kiosk, "last_laser_day")
    type_on_screen(qtbot, kiosk, "0109")  # no year

    tap_named(qtbot, kiosk, "nextButton")

    assert kiosk.page.objectName() == "page_recent_treatments"
    problem = find(kiosk, "problem_last_laser")
    assert isinstance(problem, QLabel)
    assert problem.text().startswith("Please finish the date")


def test_a_double_tap_on_a_safety_answer_keeps_it_answered(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    through_consent(qtbot, kiosk)
    kiosk.show_page(kiosk.page_named("page_health"))
    card = find(kiosk, "card_pacemaker")

    tap(qtbot, find(card, "no"))
    tap(qtbot, find(card, "no"))

    assert find(card, "no").isChecked()  # type: ignore[attr-defined]
    assert kiosk.intake.get("pacemaker") is False
    tap(qtbot, find(card, "yes"))  # another answer still changes it
    assert kiosk.intake.get("pacemaker") is True
    assert not find(card, "no").isChecked()  # type: ignore[attr-defined]


def test_a_second_tap_on_a_chosen_option_keeps_it(qtbot: QtBot, kiosk: KioskWindow) -> None:
    through_consent(qtbot, kiosk)
    kiosk.show_page(kiosk.page_named("page_health"))
    option = find(find(kiosk, "card_diabetes"), "option_controlled")

    tap(qtbot, option)
    tap(qtbot, option)

    assert option.isChecked()  # type: ignore[attr-defined]
    assert kiosk.intake.get("diabetes") == "controlled"
