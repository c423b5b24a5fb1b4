"""The compare page: what each treatment means for this client, Back, and "I'd like to hear"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.store.models import Consultation
from kiosk.store.records import load_record
from kiosk.store.staff import Role, StaffMember
from tests.ui.conftest import find, settled, tap, tap_named
from tests.ui.test_wizard_behaviour import answer_all_no, through_consent
from ui.staff.consultation_page import ConsultationPage
from ui.wizard.window import KioskWindow


def text(window: KioskWindow, name: str) -> str:
    widget = find(window, name)
    assert isinstance(widget, QLabel)
    return widget.text()


def to_compare(qtbot: QtBot, kiosk: KioskWindow) -> None:
    through_consent(qtbot, kiosk)
    answer_all_no(qtbot, kiosk)
    tap_named(qtbot, kiosk, "nextButton")
    assert kiosk.page.objectName() == "page_compare"


def test_each_treatment_says_what_it_means_for_this_client(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    to_compare(qtbot, kiosk)
    codes = [t.code for t in kiosk.content.catalogue.treatments]

    for_you = {code: text(kiosk, f"standing_{code}") for code in codes}
    facts = text(kiosk, "facts_microneedling")

    assert for_you["microneedling"].startswith("Our suggestion for you")
    assert len(set(for_you.values())) > 2  # not the same words in every row
    assert (
        facts == "3 to 6 sessions   ·   1 to 2 days to recover   ·   £540 – £1,500 for the course"
    )
    legend = find(kiosk, "fitLegend")
    top = legend.mapTo(kiosk, legend.rect().topLeft()).y()
    assert top + legend.height() <= kiosk.nav.mapTo(kiosk, kiosk.nav.rect().topLeft()).y()


def test_back_from_a_treatment_goes_back_to_the_comparison(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    to_compare(qtbot, kiosk)
    tap_named(qtbot, kiosk, "treatment_chemical_peel")
    assert find(kiosk, "detail_chemical_peel").isVisible()

    tap_named(qtbot, kiosk, "backButton")

    assert kiosk.page.objectName() == "page_compare"
    assert find(kiosk, "treatment_chemical_peel").isVisible()
    tap_named(qtbot, kiosk, "backButton")
    assert kiosk.page.objectName() == "page_results"


def test_a_treatment_the_client_asks_about_reaches_the_staff(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    to_compare(qtbot, kiosk)
    tap(qtbot, find(kiosk, "interest_chemical_peel"))
    while kiosk.page.objectName() != "page_thank_you":
        tap_named(qtbot, kiosk, "nextButton")
    assert settled(kiosk)

    public_id = Consultation.get().public_id
    member = StaffMember("maria", "Maria Lopez", Role.PRACTITIONER)
    page = ConsultationPage(load_record(public_id), member, kiosk.content)
    qtbot.addWidget(page)
    shown = page.findChild(QLabel, "clientInterests")
    assert shown is not None
    assert shown.text() == "The client would like to hear about: Chemical peel"
