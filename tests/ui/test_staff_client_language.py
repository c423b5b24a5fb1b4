"""Staff see which language the client read, in the clinic's own words."""

from __future__ import annotations

from datetime import datetime

from peewee import Database
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Consent, Consultation
from kiosk.store.records import load_record
from kiosk.store.staff import Role, StaffMember
from tests.core.clients import FakeClock, submit_client
from ui.staff.consultation_page import ConsultationPage


def test_the_consultation_page_names_the_clients_language_and_the_consents(
    qtbot: QtBot, db: Database, content: Content
) -> None:
    store = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, 10, 0)))
    public_id = submit_client(content, store)
    row = Consultation.get(Consultation.public_id == public_id)
    Consultation.update(language="pl").where(Consultation.id == row.id).execute()
    Consent.update(text_language="es").where(Consent.consultation == row).execute()
    member = StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)

    page = ConsultationPage(load_record(public_id), member, content)
    qtbot.addWidget(page)

    client_language = page.findChild(QLabel, "clientLanguage")
    consent_language = page.findChild(QLabel, "consentLanguage")
    assert client_language is not None
    assert consent_language is not None
    assert client_language.text() == "Client's language: Polish"
    assert consent_language.text() == "Read in Spanish"


def test_consent_kept_before_its_language_was_shows_no_language(
    qtbot: QtBot, db: Database, content: Content
) -> None:
    store = ConsultationStore("kiosk-1", FakeClock(datetime(2026, 11, 21, 10, 0)))
    public_id = submit_client(content, store)
    row = Consultation.get(Consultation.public_id == public_id)
    Consent.update(text_language="").where(Consent.consultation == row).execute()
    member = StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)

    page = ConsultationPage(load_record(public_id), member, content)
    qtbot.addWidget(page)

    assert page.findChild(QLabel, "consentLanguage") is None
    client_language = page.findChild(QLabel, "clientLanguage")
    assert client_language is not None
    assert client_language.text() == "Client's language: English"
