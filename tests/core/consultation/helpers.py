"""What the consultation tests share: a delivery on the test database, and a finished client."""

from __future__ import annotations

from pathlib import Path

from kiosk.consultation.delivery import Delivery
from kiosk.consultation.outbox import Outbox
from kiosk.consultation.session import CONSENT_PAGE, ConsultationSession
from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.store.consultations import ConsultationStore
from tests.core.clients import CLEAN_CLIENT, SIGNATURE


def quick_delivery(folder: Path, store: ConsultationStore) -> Delivery:
    """A delivery that tries again within milliseconds, so tests need not wait for back-off."""
    return Delivery(Outbox(folder), store, first_delay=0.01, longest_delay=0.05)


def answer_everything(session: ConsultationSession, content: Content) -> None:
    """The clean client signs the consent and answers every page, leaving each in turn."""
    intake = session.intake
    intake.consent.agreed = True
    intake.consent.typed_name = "Ana Silva"
    intake.consent.signature_png = SIGNATURE
    session.began()
    session.leave(CONSENT_PAGE)
    answers = parse_answers(content, CLEAN_CLIENT)
    for page in content.questionnaire.pages:
        for item in page.items:
            if item.link_id in answers:
                intake.set(item.link_id, answers[item.link_id])
        session.leave(page.id)
