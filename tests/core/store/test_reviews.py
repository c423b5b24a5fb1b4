"""Decisions and notes on a consultation, and when a decision needs a note."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore, Status
from kiosk.store.models import Consultation, Review, StaffNote
from kiosk.store.reviews import DecisionError, add_note, decide
from kiosk.store.staff import Role, StaffAccounts
from tests.core.clients import FakeClock, submit_client


@pytest.fixture
def practitioner(accounts: StaffAccounts) -> str:
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, "48213597")
    return "maria"


def row(public_id: str) -> Consultation:
    return Consultation.get(Consultation.public_id == public_id)


@pytest.mark.parametrize("decision", [Status.APPROVED, Status.FOLLOW_UP, Status.DECLINED])
def test_a_decision_becomes_the_consultations_status_with_a_review(
    content: Content,
    store: ConsultationStore,
    clock: FakeClock,
    practitioner: str,
    decision: Status,
) -> None:
    public_id = submit_client(content, store)

    decide(public_id, practitioner, decision, clock.now, fitzpatrick_type=4)

    saved = row(public_id)
    assert (saved.status, saved.decided_at) == (decision, clock.now)
    review = Review.get()
    assert (review.decision, review.staff.username, review.fitzpatrick_type) == (
        decision,
        "maria",
        4,
    )


def test_a_deferral_keeps_its_date_and_needs_one(
    content: Content, store: ConsultationStore, clock: FakeClock, practitioner: str
) -> None:
    public_id = submit_client(content, store)
    with pytest.raises(DecisionError, match="needs the date"):
        decide(public_id, practitioner, Status.DEFERRED, clock.now)

    decide(public_id, practitioner, Status.DEFERRED, clock.now, deferred_until=date(2027, 3, 1))

    assert row(public_id).deferred_until == date(2027, 3, 1)


def test_approving_over_a_not_now_flag_needs_a_note(
    content: Content, store: ConsultationStore, clock: FakeClock, practitioner: str
) -> None:
    public_id = submit_client(
        content, store, isotretinoin_taken=True, isotretinoin_last_dose="2026-09-01"
    )
    with pytest.raises(DecisionError, match="needs a note"):
        decide(public_id, practitioner, Status.APPROVED, clock.now, note="   ")
    assert row(public_id).status == "submitted"

    decide(
        public_id,
        practitioner,
        Status.APPROVED,
        clock.now,
        note="Superficial needling only, per the 2017 consensus; discussed with client.",
    )

    assert row(public_id).status == "approved"
    assert "2017 consensus" in (Review.get().note or "")


def test_a_draft_cannot_be_decided_and_notes_need_text(
    content: Content, store: ConsultationStore, clock: FakeClock, practitioner: str
) -> None:
    draft = store.start("en", content.version)
    with pytest.raises(DecisionError, match="only a submitted"):
        decide(draft, practitioner, Status.APPROVED, clock.now)
    with pytest.raises(DecisionError, match="some text"):
        add_note(draft, practitioner, "  ", clock.now)

    add_note(draft, practitioner, "Client left before the end; will return.", clock.now)

    assert StaffNote.get().text == "Client left before the end; will return."
