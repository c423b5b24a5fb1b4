"""The staff screen's words: each has a translation entry, and a translation shows on screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import pytest
from peewee import Database
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.content.rules import Outcome
from kiosk.engine.screening import Suitability
from kiosk.setup.resources import resource_path
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditAction
from kiosk.store.consultations import DECISIONS, ConsultationStore, Status
from kiosk.store.staff import Role, StaffAccounts, StaffMember
from tests.core.clients import FakeClock, submit_client
from tests.ui.conftest import find, tap_named
from ui.app import build_staff
from ui.staff import words
from ui.staff.audit_page import AuditModel
from ui.staff.window import StaffWindow

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = resource_path("i18n", "kiosk_en.ts")
PIN = "48213597"
PSEUDO = "XX "  # every word of the test language: the English one behind this mark


def translation_entries(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    tree = ElementTree.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_staff_word_has_an_entry_in_the_translation_file() -> None:
    staff_words = set(words.every_word())
    assert len(staff_words) > 50

    missing = staff_words - translation_entries(ENGLISH)

    assert not missing, f"run tools/translations.py: {sorted(missing)}"


def test_every_code_of_the_core_has_a_word() -> None:
    assert set(Status) <= set(words.STATUS)
    assert set(Outcome) == set(words.OUTCOME)
    assert set(Suitability) == set(words.SUITABILITY)
    assert set(DECISIONS) == set(words.DECISION)
    assert set(Role) == set(words.ROLE)


def test_every_audit_action_has_a_word() -> None:
    assert set(AuditAction) == set(words.ACTION)


def test_a_code_without_a_word_is_shown_as_it_is() -> None:
    assert words.action_words("restored_backup") == "restored_backup"
    assert words.status_words("submitted") == "Awaiting review"
    assert words.answer_words(True) == "yes"
    assert words.answer_words(["daily", "2026-09-01"]) == "daily, 1 Sep 2026"


def test_an_audit_event_s_detail_reads_as_words() -> None:
    assert words.detail_words("{}") == ""
    assert words.detail_words('{"decision": "follow_up"}') == "decision: Follow up"
    assert words.detail_words('{"reason": "locked", "role": "front_desk"}') == (
        "reason: account locked, role: front desk"
    )
    assert words.detail_words('{"drafts_dropped": 2, "kiosk": "k-1"}') == (
        "abandoned drafts cleared: 2, kiosk: k-1"
    )


# --- a translated staff screen ----------------------------------------------------


def pseudo_translation(folder: Path) -> Path:
    """A .qm in which every word of the English .ts reads "XX <English>"."""
    tree = ElementTree.parse(ENGLISH)
    tree.getroot().set("language", "fr")
    for context in tree.iter("context"):
        for message in list(context.iter("message")):
            if message.get("numerus") == "yes":
                context.remove(message)  # French plural forms: not needed on the staff screen
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            translation.text = PSEUDO + (message.findtext("source") or "")
    ts = folder / "kiosk_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    return ts.with_suffix(".qm")


@pytest.fixture
def pseudo_language(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The staff screen starts in the test language, with French dates."""
    translator = QTranslator()
    assert translator.load(str(pseudo_translation(tmp_path)))
    before = QLocale()

    def use_language(_language: str) -> str:
        QLocale.setDefault(QLocale("fr"))
        qapp.installTranslator(translator)
        return "kiosk_xx.qm"

    monkeypatch.setattr("ui.app.use_language", use_language)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


class NoPrinter:
    def print_pdf(self, pdf: bytes) -> None:
        raise AssertionError("nothing is printed here")


@pytest.fixture
def translated_staff(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts, pseudo_language: None
) -> Iterator[tuple[StaffWindow, str]]:
    """The staff screen in the test language, with one deferred client waiting."""
    store = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, 9, 5)))
    zoe = submit_client(
        content,
        store,
        first_name="Zoë",
        last_name="Brontë",
        isotretinoin_taken=True,
        isotretinoin_last_dose="2026-09-01",
    )
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)
    window = build_staff(
        Settings(),
        content,
        accounts=accounts,
        printer=NoPrinter(),
        now=FakeClock(datetime(2026, 11, 21, 15, 0)),
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitActive(window)
    yield window, zoe
    window.services.work.wait()


def test_the_staff_screen_shows_the_translation(
    qtbot: QtBot, qtmodeltester: object, translated_staff: tuple[StaffWindow, str]
) -> None:
    window, zoe = translated_staff
    assert window.panel.heading.text() == "XX Staff: who are you?"
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "staff_maria") is not None)
    tap_named(qtbot, window, "staff_maria")
    for digit in PIN:
        tap_named(qtbot, window, f"pin_{digit}")
    tap_named(qtbot, window, "pin_enter")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.queue)

    assert find(window, "signedInAs").text() == "XX Maria Lopez (XX practitioner)"  # type: ignore[attr-defined]
    assert find(window, "filter_waiting").text() == "XX Awaiting review"  # type: ignore[attr-defined]
    assert find(window, "filter_today").text() == "XX Today"  # type: ignore[attr-defined]
    model = window.queue.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # the queue is read on a worker thread
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers == [
        "XX Time",
        "XX Name",
        "XX Age",
        "XX Status",
        "XX Flags",
        "XX Treatment",
        "XX Print",
    ]
    assert model.rowCount() == 1
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "21 nov. 2026 09:05"
    assert row[3] == "XX Awaiting review"
    assert row[4] == "XX Not now"

    window.open_consultation(zoe)
    page = window.consultation
    assert page is not None
    flag = find(page, "flag_isotretinoin_needling")
    texts = [label.text() for label in flag.findChildren(QLabel)]
    assert "XX Not now  ·  Isotretinoin, before needling" in texts
    assert "    When did you take your last isotretinoin tablet?  →  1 sept. 2026" in texts
    assert "XX Lifts on 1 mars 2027" in texts
    plan = [label.text() for label in find(page, "planCard").findChildren(QLabel)]
    assert "XX Outcome: XX Not now" in plan
    assert find(page, "decide_approved").text() == "XX Approve"  # type: ignore[attr-defined]
    assert find(page, "decide_deferred").text() == "XX Defer until"  # type: ignore[attr-defined]

    audit = AuditModel(window.services.desk)
    audit.member = StaffMember("ada", "Ada Admin", Role.ADMIN)
    audit.reload()
    qtmodeltester.check(audit)  # type: ignore[attr-defined]
    assert audit.headerData(0, Qt.Orientation.Horizontal) == "XX When (UTC)"
    viewed = [audit.index(0, column).data() for column in range(3)]
    assert viewed == ["21 nov. 2026 15:00:00", "maria", "XX Viewed"]
