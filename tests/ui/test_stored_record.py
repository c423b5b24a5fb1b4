"""A consultation stored in the first snapshot format, as staff read it on the consultation page."""

from __future__ import annotations

from datetime import datetime

from peewee import Database
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Consultation
from kiosk.store.records import load_record
from kiosk.store.staff import Role, StaffMember
from tests.core.clients import FakeClock, submit_client
from tests.core.record.first_format import FIRST_FORMAT, FIRST_FORMAT_CLIENT
from ui.staff.consultation_page import ConsultationPage


def text_of(page: QWidget, name: str) -> str:
    found = page.findChild(QLabel, name)
    assert found is not None, f"no label named {name!r}"
    return found.text()


def test_staff_read_a_first_format_row_flags_answers_and_plan(
    qtbot: QtBot, db: Database, content: Content
) -> None:
    store = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, 10, 0)))
    public_id = submit_client(content, store, **FIRST_FORMAT_CLIENT)
    stored = FIRST_FORMAT.read_text(encoding="utf-8")
    Consultation.update(snapshot=stored).where(Consultation.public_id == public_id).execute()
    member = StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)

    page = ConsultationPage(load_record(public_id), member, content)
    qtbot.addWidget(page)

    flag = page.findChild(QWidget, "flag_isotretinoin_needling")
    assert flag is not None
    said = " ".join(label.text() for label in flag.findChildren(QLabel))
    assert "Lifts on 28 Feb 2027" in said
    assert "Not now  ·  Isotretinoin, before needling" in said  # today's title for the rule
    assert "When did you take your last isotretinoin tablet?  →  31 Aug 2026" in said
    assert "ASDS 2017 / JAMA Dermatology 2017 consensus (CL14); CL11-CL13" in said  # as kept
    assert text_of(page, "answer_isotretinoin_last_dose").endswith(
        "⚑ Isotretinoin, before needling; Isotretinoin, before resurfacing"
    )
    assert text_of(page, "planTreatment") == "Suggested: Microneedling"
