"""The staff screen: sign-in and lockout, the queue, a consultation, decisions, reprint, audit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from argon2 import PasswordHasher
from peewee import Database
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.consultation.desk import Decision, Desk
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail
from kiosk.store.consultations import ConsultationStore, Status, mark_needs_print
from kiosk.store.models import AuditEvent, Consultation
from kiosk.store.staff import Role, SignInRefused, StaffAccounts, StaffMember
from tests.core.clients import FakeClock, submit_client
from tests.ui.conftest import find, tap, tap_named
from ui.app import audit_for, build_staff
from ui.staff.audit_page import AuditModel
from ui.staff.queue_model import QueueModel
from ui.staff.window import StaffWindow

PINS = {"maria": "48213597", "tom": "57319642", "ada": "69258147"}


class FakePrinter:
    def __init__(self) -> None:
        self.printed: list[bytes] = []

    def print_pdf(self, pdf: bytes) -> None:
        self.printed.append(pdf)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 21, 15, 0))


@pytest.fixture
def trail(db: Database) -> AuditTrail:
    return audit_for(Settings())


@pytest.fixture
def staff_accounts(db: Database, clock: FakeClock, trail: AuditTrail) -> StaffAccounts:
    accounts = StaffAccounts(
        clock, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1), trail
    )
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PINS["maria"])
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, PINS["tom"])
    accounts.add("ada", "Ada Admin", Role.ADMIN, PINS["ada"])
    return accounts


@pytest.fixture
def clinic_day(db: Database, content: Content, clock: FakeClock) -> dict[str, str]:
    """Consultations from this morning: clean, flagged, deferred, and one needing a print."""
    ids: dict[str, str] = {}
    stories: list[tuple[str, dict[str, Any]]] = [
        ("ana", {}),
        ("li", {"first_name": "Li", "last_name": "Wei", "anticoagulants": True}),
        (
            "zoe",
            {
                "first_name": "Zoë",
                "last_name": "Brontë",
                "date_of_birth": "1990-05-01",
                "isotretinoin_taken": True,
                "isotretinoin_last_dose": "2026-09-01",
            },
        ),
        ("sam", {"first_name": "Sam", "last_name": "Silverman", "date_of_birth": "1970-01-01"}),
    ]
    for hour, (key, changes) in enumerate(stories, start=8):
        store = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, hour, 0)))
        ids[key] = submit_client(content, store, **changes)
    mark_needs_print(ids["sam"])
    return ids


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


@pytest.fixture
def staff(
    qtbot: QtBot,
    content: Content,
    staff_accounts: StaffAccounts,
    clinic_day: dict[str, str],
    printer: FakePrinter,
    clock: FakeClock,
) -> Iterator[StaffWindow]:
    window = build_staff(Settings(), content, accounts=staff_accounts, printer=printer, now=clock)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.services.work.wait()


def sign_in(qtbot: QtBot, window: QWidget, username: str, pin: str | None = None) -> None:
    """Choose the name and tap the PIN on the keypad."""
    qtbot.waitUntil(lambda: window.findChild(QPushButton, f"staff_{username}") is not None)
    tap_named(qtbot, window, f"staff_{username}")
    for digit in pin or PINS[username]:
        tap_named(qtbot, window, f"pin_{digit}")
    tap_named(qtbot, window, "pin_enter")


def message(window: StaffWindow) -> str:
    label = window.panel.message
    return label.text()


def table(window: StaffWindow) -> QTableView:
    view = window.findChild(QTableView, "queueTable")
    assert view is not None
    return view


def names(window: StaffWindow) -> list[str]:
    model = window.queue.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def shows(qtbot: QtBot, window: StaffWindow, expected: list[str]) -> None:
    """Wait for the queue (read on a worker thread) to show `expected`, in that order."""
    qtbot.waitUntil(lambda: names(window) == expected)


def test_signing_in_opens_the_queue_and_is_audited(qtbot: QtBot, staff: StaffWindow) -> None:
    sign_in(qtbot, staff, "maria")

    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    assert find(staff, "signedInAs").text() == "Maria Lopez (practitioner)"  # type: ignore[attr-defined]
    assert not staff.audit_button.isVisible()  # not an admin
    assert AuditEvent.select().where(AuditEvent.action == "sign_in").count() == 1


def test_a_wrong_pin_and_the_lockout_keep_the_queue_closed(
    qtbot: QtBot, staff: StaffWindow, clock: FakeClock
) -> None:
    sign_in(qtbot, staff, "maria", "11112222")
    qtbot.waitUntil(lambda: message(staff) == "That PIN is not right.")
    for _ in range(9):
        clock.advance(hours=1)
        tap_named(qtbot, staff, "pin_back")
        sign_in(qtbot, staff, "maria", "11112222")
        qtbot.waitUntil(lambda: message(staff) != "Checking...")

    assert message(staff) == "This account is locked. An admin can unlock it."
    assert staff.stack.currentWidget() is staff.sign_in_page
    assert staff.member is None


def test_filters_and_search_narrow_the_queue(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    shows(qtbot, staff, ["Sam Silverman", "Zoë Brontë", "Li Wei", "Ana Silva"])

    tap_named(qtbot, staff, "filter_flagged")
    shows(qtbot, staff, ["Zoë Brontë", "Li Wei"])
    tap_named(qtbot, staff, "filter_print")
    shows(qtbot, staff, ["Sam Silverman"])
    tap_named(qtbot, staff, "filter_all")
    search = find(staff, "search")
    qtbot.keyClicks(search, "sil")
    qtbot.waitUntil(lambda: names(staff) == ["Sam Silverman", "Ana Silva"])
    search.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(search, "01/05/1990")
    qtbot.waitUntil(lambda: names(staff) == ["Zoë Brontë"])


def test_sorting_by_name(qtbot: QtBot, staff: StaffWindow) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)

    table(staff).sortByColumn(1, Qt.SortOrder.AscendingOrder)

    shows(qtbot, staff, ["Zoë Brontë", "Ana Silva", "Sam Silverman", "Li Wei"])


def open_row(qtbot: QtBot, window: StaffWindow, name: str) -> None:
    view = table(window)
    qtbot.waitUntil(lambda: name in names(window))
    row = names(window).index(name)
    rect = view.visualRect(window.queue.model.index(row, 1))
    # A double click, as a mouse sends it: press, release, double-click, release.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.consultation is not None)


def test_a_consultation_shows_flags_answers_consent_and_is_audited(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)

    open_row(qtbot, staff, "Zoë Brontë")

    page = staff.consultation
    assert page is not None
    assert find(page, "clientName").text() == "Zoë Brontë"  # type: ignore[attr-defined]
    flag = find(page, "flag_isotretinoin_needling")
    texts = [label.text() for label in flag.findChildren(QLabel)]
    assert "Not now  ·  Isotretinoin, before needling" in texts
    assert "Lifts on 1 Mar 2027" in texts
    raised = [
        label.text().strip()
        for label in page.findChildren(QLabel, "raisedBy_isotretinoin_needling")
    ]
    assert raised == [
        "In the last 12 months, have you taken isotretinoin tablets for acne "
        "(Roaccutane, Accutane and others)?  →  Yes",
        "When did you take your last isotretinoin tablet?  →  1 Sep 2026",
    ]
    sources = [
        label.text().strip() for label in page.findChildren(QLabel, "source_isotretinoin_needling")
    ]
    assert sources[0].startswith(
        "Isotretinoin and timing of procedural interventions: a systematic review with "
        "consensus recommendations (Spring LK, Krakowski AC, Alam M and others"
    )
    assert sources[0].endswith("(American Society for Dermatologic Surgery), 2017)")
    assert len(sources) == 4
    assert not any("CL1" in text or ".com (" in text for text in sources)
    answer = find(page, "answer_isotretinoin_last_dose")
    assert answer.text() == (  # type: ignore[attr-defined]
        "1 Sep 2026   ⚑ Isotretinoin, before needling; Isotretinoin, before resurfacing"
    )
    assert answer.property("role") == "flagged"
    assert find(page, "consentTyped").text() == "Typed name: Zoë Brontë"  # type: ignore[attr-defined]
    assert not find(page, "signatureImage").pixmap().isNull()  # type: ignore[attr-defined]
    viewed = AuditEvent.get(AuditEvent.action == "view")
    assert (viewed.staff_username, viewed.consultation_public_id) == ("maria", clinic_day["zoe"])


@pytest.mark.parametrize(
    ("decision", "status"),
    [("approved", "approved"), ("follow_up", "follow_up"), ("declined", "declined")],
)
def test_each_decision_is_saved(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str], decision: str, status: str
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Ana Silva")

    tap_named(qtbot, staff, f"decide_{decision}")
    tap_named(qtbot, staff, "saveDecision")

    saved = Consultation.get(Consultation.public_id == clinic_day["ana"])
    assert saved.status == status
    assert AuditEvent.select().where(AuditEvent.action == "decision").count() == 1


def test_a_deferral_is_saved_with_its_date(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Li Wei")
    until = find(staff, "deferUntil")
    assert isinstance(until, QDateEdit)
    until.setDate(QDate(2027, 1, 15))

    tap_named(qtbot, staff, "decide_deferred")
    tap_named(qtbot, staff, "saveDecision")

    saved = Consultation.get(Consultation.public_id == clinic_day["li"])
    assert (saved.status, saved.deferred_until) == ("deferred", date(2027, 1, 15))
    banner = find(staff, "savedBanner")
    assert banner.text() == "✓  Decision saved: Deferred until 15 Jan 2027."  # type: ignore[attr-defined]


def test_approving_over_a_flag_asks_for_a_note(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Zoë Brontë")

    tap_named(qtbot, staff, "decide_approved")
    tap_named(qtbot, staff, "saveDecision")

    problem = find(staff, "decisionMessage")
    assert problem.text() == "Approving over a flag needs a note saying why."  # type: ignore[attr-defined]
    assert Consultation.get(Consultation.public_id == clinic_day["zoe"]).status == "submitted"
    note = find(staff, "decisionNote")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("Superficial needling only; discussed with the client.")
    tap_named(qtbot, staff, "decide_approved")
    tap_named(qtbot, staff, "saveDecision")
    assert Consultation.get(Consultation.public_id == clinic_day["zoe"]).status == "approved"


def test_the_front_desk_sees_the_queue_and_reprints_but_does_not_decide(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str], printer: FakePrinter
) -> None:
    sign_in(qtbot, staff, "tom")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Sam Silverman")
    assert staff.findChild(QPushButton, "saveDecision") is None

    tap_named(qtbot, staff, "reprintHandout")

    qtbot.waitUntil(lambda: find(staff, "staffPrintStatus").text() == "Sent to the printer.")  # type: ignore[attr-defined]
    assert len(printer.printed) == 1
    assert Consultation.get(Consultation.public_id == clinic_day["sam"]).needs_print is False
    assert AuditEvent.select().where(AuditEvent.action == "print").count() == 1


def test_the_core_refuses_a_decision_from_the_front_desk_even_without_the_button(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "tom")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Ana Silva")
    page = staff.consultation
    assert page is not None

    page.decided.emit(Decision(Status.APPROVED))  # what a stray button would send

    assert find(staff, "auditWarning").text() == (  # type: ignore[attr-defined]
        "Not done: tom (front_desk) may not decide."
    )
    assert Consultation.get(Consultation.public_id == clinic_day["ana"]).status == "submitted"
    refused = AuditEvent.get(AuditEvent.action == "refused")
    assert (refused.staff_username, refused.consultation_public_id) == ("tom", clinic_day["ana"])


def test_the_screen_locks_itself_when_left_alone(qtbot: QtBot, staff: StaffWindow) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Ana Silva")
    staff.idle.timer.setInterval(20)
    staff.idle.timer.start()

    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.sign_in_page, timeout=2000)
    assert staff.consultation is None
    assert staff.member is None


def test_an_admin_is_warned_at_sign_in_when_the_audit_trail_was_tampered_with(
    qtbot: QtBot, staff: StaffWindow, db: Database
) -> None:
    sign_in(qtbot, staff, "maria")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    tap_named(qtbot, staff, "lockStaff")
    db.execute_sql("UPDATE audit_event SET staff_username = 'someone' WHERE id = 1")

    sign_in(qtbot, staff, "ada")

    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    warning = find(staff, "auditWarning")
    assert "audit event 1: this event was altered" in warning.text()  # type: ignore[attr-defined]
    tap_named(qtbot, staff, "showAudit")
    assert "Warning" in find(staff, "auditCheck").text()  # type: ignore[attr-defined]


def test_the_table_models_are_well_behaved(
    qtmodeltester: object, db: Database, clinic_day: dict[str, str], trail: AuditTrail
) -> None:
    queue = QueueModel(date(2026, 11, 21))
    queue.reload()
    qtmodeltester.check(queue)  # type: ignore[attr-defined]
    trail.record("view", datetime(2026, 11, 21, 9), staff="maria", consultation=clinic_day["ana"])
    audit = AuditModel(Desk(StaffAccounts(), trail, lambda: datetime(2026, 11, 21, 9)))
    audit.member = StaffMember("ada", "Ada Admin", Role.ADMIN)
    audit.reload()
    assert audit.rowCount() == 1
    qtmodeltester.check(audit)  # type: ignore[attr-defined]


def test_the_kiosk_hands_over_to_the_staff_screen_and_back(
    qtbot: QtBot,
    content: Content,
    staff_accounts: StaffAccounts,
    printer: FakePrinter,
    clock: FakeClock,
) -> None:
    from ui.app import build_kiosk, stop_kiosk

    opened: list[StaffWindow] = []

    def staff_screen() -> StaffWindow:
        # The kiosk owns the staff window: it deletes it when staff leave.
        window = build_staff(
            Settings(), content, accounts=staff_accounts, printer=printer, now=clock
        )
        opened.append(window)
        return window

    kiosk = build_kiosk(
        Settings(), content, accounts=staff_accounts, printer=printer, staff_screen=staff_screen
    )
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.staff_corner.hold_timer.setInterval(10)
    qtbot.mousePress(kiosk.staff_corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.staff.isVisible)
    qtbot.mouseRelease(kiosk.staff_corner, Qt.MouseButton.LeftButton)
    # The kiosk lists no names: the user name is typed.
    box = kiosk.findChild(QLineEdit, "staffUsername")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClicks(box, "maria")
    tap_named(qtbot, kiosk, "usernameNext")
    for digit in PINS["maria"]:
        tap_named(qtbot, kiosk, f"pin_{digit}")
    tap_named(qtbot, kiosk, "pin_enter")
    qtbot.waitUntil(
        lambda: (
            kiosk.findChild(type(kiosk.next_button), "openStaffScreen") is not None
            and kiosk.findChild(type(kiosk.next_button), "openStaffScreen").isVisible()
        )
    )

    tap_named(qtbot, kiosk, "openStaffScreen")

    assert opened
    staff = opened[0]
    assert staff.isVisible()
    assert not kiosk.isVisible()  # the wizard never shows behind the staff screen
    # Signed in on the kiosk: straight to the queue, with no second sign-in.
    assert staff.stack.currentWidget() is staff.queue
    assert find(staff, "signedInAs").text() == "Maria Lopez (practitioner)"  # type: ignore[attr-defined]
    assert find(staff, "outboxReport").text() == (  # type: ignore[attr-defined]
        "This kiosk's outbox: the outbox is empty: every finished consultation is in the database."
    )
    assert find(staff, "showQueue").height() >= 64
    search = find(staff, "search")
    search.setFocus()
    keyboard = staff.keyboard_dock.keyboard
    qtbot.waitUntil(keyboard.isVisible)
    tap_named(qtbot, keyboard, "key_1")
    tap_named(qtbot, keyboard, "key_slash")
    assert search.text() == "1/"  # type: ignore[attr-defined]
    staff.services.work.wait()

    tap_named(qtbot, staff, "backToKiosk")

    assert kiosk.isVisible()
    assert kiosk.page.objectName() == "page_welcome"
    assert stop_kiosk(kiosk)
    kiosk.may_close = True


def test_the_staff_screen_on_the_kiosk_goes_back_to_the_welcome_page_when_left(
    qtbot: QtBot,
    content: Content,
    staff_accounts: StaffAccounts,
    printer: FakePrinter,
    clock: FakeClock,
) -> None:
    from ui.app import build_kiosk, stop_kiosk

    opened: list[StaffWindow] = []

    def staff_screen() -> StaffWindow:
        window = build_staff(
            Settings(), content, accounts=staff_accounts, printer=printer, now=clock
        )
        opened.append(window)
        return window

    kiosk = build_kiosk(
        Settings(), content, accounts=staff_accounts, printer=printer, staff_screen=staff_screen
    )
    qtbot.addWidget(kiosk)
    kiosk.show()
    member = StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)
    kiosk.services.open_staff_screen(member)  # type: ignore[misc]
    staff = opened[0]
    assert staff.isVisible()

    staff.idle.timer.setInterval(10)
    staff.idle.timer.start()

    qtbot.waitUntil(kiosk.isVisible, timeout=3000)
    assert kiosk.page.objectName() == "page_welcome"
    assert not staff.isVisible()
    assert stop_kiosk(kiosk)
    kiosk.may_close = True


def test_the_front_desk_marks_an_arrival(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "tom")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Ana Silva")

    tap_named(qtbot, staff, "markArrived")

    assert find(staff, "arrivedAt").text() == "Arrived at 21 Nov 2026 15:00"  # type: ignore[attr-defined]
    assert Consultation.get(Consultation.public_id == clinic_day["ana"]).arrived_at is not None
    assert AuditEvent.select().where(AuditEvent.action == "arrival").count() == 1


def test_erasing_a_client_names_what_is_lost_and_a_tap_erases_nothing(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "ada")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Li Wei")
    erase = find(staff, "eraseClient")
    assert erase.property("role") == "dangerOpen"  # red, unlike "Mark arrived"
    assert find(staff, "markArrived").property("role") != erase.property("role")

    tap(qtbot, erase)
    tap_named(qtbot, staff, "eraseConfirmationHold")  # a tap, even a second one, is not enough
    tap_named(qtbot, staff, "eraseConfirmationHold")

    heading = find(staff, "eraseConfirmationHeading")
    assert heading.text() == "Erase Li Wei for good?"  # type: ignore[attr-defined]
    losses = " ".join(w.text() for w in staff.findChildren(QLabel, "eraseConfirmationLoss"))
    assert "signed consent and the signature" in losses
    assert "Their name, date of birth, phone and email." in losses
    assert Consultation.get_or_none(Consultation.public_id == clinic_day["li"]) is not None
    tap_named(qtbot, staff, "eraseConfirmationCancel")
    assert not staff.findChild(QWidget, "eraseConfirmation").isVisible()
    assert Consultation.get_or_none(Consultation.public_id == clinic_day["li"]) is not None


def hold(qtbot: QtBot, button: QWidget, done: Callable[[], bool]) -> None:
    """Press `button` and keep it down until `done()`."""
    QTest.mousePress(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    qtbot.waitUntil(done, timeout=6000)


def test_an_admin_erases_a_client_by_holding_the_confirmation(
    qtbot: QtBot, staff: StaffWindow, clinic_day: dict[str, str]
) -> None:
    sign_in(qtbot, staff, "ada")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    open_row(qtbot, staff, "Li Wei")
    tap_named(qtbot, staff, "eraseClient")

    hold(qtbot, find(staff, "eraseConfirmationHold"), lambda: staff.consultation is None)

    assert staff.stack.currentWidget() is staff.queue
    assert Consultation.get_or_none(Consultation.public_id == clinic_day["li"]) is None
    QTest.mouseRelease(staff.queue, Qt.MouseButton.LeftButton)  # the finger comes up
    qtbot.waitUntil(lambda: "Li Wei" not in names(staff))
    erased = AuditEvent.get(AuditEvent.action == "erase")
    assert "Li" not in erased.detail  # the trail names no one


def test_an_admin_exports_purges_and_unlocks(
    qtbot: QtBot,
    staff: StaffWindow,
    staff_accounts: StaffAccounts,
    clock: FakeClock,
    tmp_path: Any,
) -> None:
    for _ in range(3):
        with pytest.raises(SignInRefused):
            staff_accounts.sign_in("tom", "00000001")
    staff.services.choose_file = lambda kind: tmp_path / f"out.{kind}"
    sign_in(qtbot, staff, "ada")
    qtbot.waitUntil(lambda: staff.stack.currentWidget() is staff.queue)
    tap_named(qtbot, staff, "showAdmin")

    tap_named(qtbot, staff, "export_csv")
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") == 5
    tap_named(qtbot, staff, "purge")
    tap_named(qtbot, staff, "purgeConfirmationHold")
    assert "Deleted" not in find(staff, "adminStatus").text()  # type: ignore[attr-defined]
    assert "purge" not in {e.action for e in AuditEvent.select()}
    assert find(staff, "purgeConfirmationHeading").text() == (  # type: ignore[attr-defined]
        "Delete every consultation older than 2920 days?"
    )
    hold(
        qtbot,
        find(staff, "purgeConfirmationHold"),
        lambda: "Deleted 0 old consultations" in find(staff, "adminStatus").text(),  # type: ignore[attr-defined]
    )
    QTest.mouseRelease(find(staff, "adminStatus"), Qt.MouseButton.LeftButton)
    assert find(staff, "state_tom").text() == "3 failed sign-ins"  # type: ignore[attr-defined]
    tap_named(qtbot, staff, "unlock_tom")
    assert find(staff, "state_tom").text() == "front desk"  # type: ignore[attr-defined]
    actions = {e.action for e in AuditEvent.select()}
    assert {"export", "purge", "unlocked"} <= actions
