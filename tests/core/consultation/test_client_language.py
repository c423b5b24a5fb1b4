"""A client in another language: consent kept with the language read, staff read the clinic's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.consultation.delivery import Delivery
from kiosk.consultation.session import CONSENT_PAGE, Sessions
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Consent, Consultation
from kiosk.store.records import load_record
from tests.core.clients import CLEAN_CLIENT, SIGNATURE, TODAY, FakeClock
from tests.core.consultation.helpers import quick_delivery
from tests.core.content.translated_copies import content_copy, translate_all


@pytest.fixture
def delivery(tmp_path: Path, store: ConsultationStore) -> Iterator[Delivery]:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    yield delivery
    assert delivery.stop(30)


@pytest.fixture
def translated(tmp_path: Path) -> Content:
    """The shipped content with Spanish, Polish and Arabic filled in (each text «marked»)."""
    folder = content_copy(tmp_path)
    translate_all(folder)
    return load_content(folder)


def test_consent_keeps_its_language_and_staff_read_the_answers_in_the_clinics(
    translated: Content, delivery: Delivery, clock: FakeClock
) -> None:
    session = Sessions(translated, delivery, "kiosk-test", lambda: TODAY, clock).open("pl")
    intake = session.intake
    intake.consent.agreed = True
    intake.consent.typed_name = "Ana Silva"
    intake.consent.signature_png = SIGNATURE
    session.began()
    session.leave(CONSENT_PAGE)
    # The client switches to Spanish after signing the Polish notice.
    intake.language = "es"
    answers = parse_answers(translated, CLEAN_CLIENT)
    for page in translated.questionnaire.pages:
        for item in page.items:
            if item.link_id in answers:
                intake.set(item.link_id, answers[item.link_id])
        session.leave(page.id)
    assert delivery.wait_until_settled(30)

    (row,) = Consultation.select()
    consent = Consent.get(Consent.consultation == row)
    assert consent.text_language == "pl"
    assert consent.text_hash == translated.consent.hash_in("pl", "en")
    assert consent.text_hash != translated.consent.hash_in("en", "en")
    assert row.language == "es"
    record = load_record(row.public_id)
    assert record.consent is not None
    assert record.consent["language"] == "pl"
    assert record.consent["version"] == translated.consent.version
    assert record.snapshot is not None
    # Staff read the questions and answers in the clinic's language ...
    first = record.snapshot.asked[0].items[0]
    assert (first.text, first.display) == ("First name", "Ana")
    assert all("«" not in flag.client_text for flag in record.snapshot.assessment.flags)
    # ... and the plan as the client read it, for reprints.
    assert record.snapshot.plan is not None
    assert record.snapshot.plan.language == "es"
    assert record.snapshot.plan.words.title == "«Your treatment plan»"
