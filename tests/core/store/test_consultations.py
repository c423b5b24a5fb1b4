"""Consultations in the database: drafts, autosave, abandonment and the one-transaction submit."""

from __future__ import annotations

import json
from datetime import date

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.store.consultations import (
    ConsultationStore,
    NotADraft,
    Status,
)
from kiosk.store.models import Client, Consent, Consultation
from tests.core.clients import (
    CLEAN_CLIENT,
    SIGNATURE,
    TODAY,
    FakeClock,
    submission_of,
    submit_client,
)


def row(public_id: str) -> Consultation:
    return Consultation.get(Consultation.public_id == public_id)


def test_a_draft_is_saved_after_each_page_with_its_client(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    public_id = store.start("en", content.version)
    started = row(public_id)
    assert (started.status, started.kiosk_id, started.language) == (
        "in_progress",
        "kiosk-test",
        "en",
    )
    assert started.answers is None
    assert started.client is None

    clock.advance(minutes=1)
    store.save_draft(
        public_id, {"first_name": "Zoë", "last_name": "Brontë", "date_of_birth": "1990-05-01"}
    )

    saved = row(public_id)
    assert json.loads(saved.answers or "")["first_name"] == "Zoë"
    assert saved.updated_at > saved.started_at
    assert (saved.client.first_name_key, saved.client.last_name_key) == ("zoe", "bronte")
    assert saved.client.date_of_birth == date(1990, 5, 1)


def test_correcting_a_name_on_the_way_back_updates_the_same_client(
    content: Content, store: ConsultationStore
) -> None:
    public_id = store.start("en", content.version)
    store.save_draft(public_id, {"first_name": "Ana", "last_name": "Slva"})
    store.save_draft(public_id, {"first_name": "Ana", "last_name": "Silva"})

    assert Client.select().count() == 1
    assert row(public_id).client.last_name == "Silva"


def test_a_returning_client_is_recognised_by_name_and_date_of_birth(
    content: Content, store: ConsultationStore
) -> None:
    first = submit_client(content, store)
    second = submit_client(content, store, first_name="ANA")

    assert row(first).client.id == row(second).client.id
    assert Client.select().count() == 1


def test_submitting_records_answers_snapshot_flags_plan_and_consent(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    public_id = submit_client(
        content, store, isotretinoin_taken=True, isotretinoin_last_dose="2026-08-31"
    )

    saved = row(public_id)
    assert saved.status == "submitted"
    assert saved.submitted_at == clock.now
    assert saved.content_version == content.version
    assert saved.flag_outcomes == "defer"
    assert saved.flag_level == 3
    assert saved.recommended_treatment == "microneedling"
    assert saved.earliest_date == date(2027, 2, 28)
    answers = json.loads(saved.answers or "")
    assert answers["isotretinoin_last_dose"] == "2026-08-31"
    snapshot = json.loads(saved.snapshot or "")
    assert [f["rule"] for f in snapshot["assessment"]["flags"]] == [
        "isotretinoin_needling",
        "isotretinoin_resurfacing",
    ]
    assert snapshot["assessment"]["plan"]["dates"][0] == "2027-03-01"  # the first open day
    medicines = next(page for page in snapshot["asked"] if page["page"] == "medicines")
    asked = {item["linkId"]: item for item in medicines["items"]}
    assert asked["isotretinoin_taken"]["display"] == "Yes"
    assert (
        asked["isotretinoin_last_dose"]["text"]
        == "When did you take your last isotretinoin tablet?"
    )
    consent = Consent.get(Consent.consultation == saved)
    assert consent.typed_name == "Ana Silva"
    assert bytes(consent.signature_png) == SIGNATURE
    assert consent.text_version == "privacy-2026-11"


def test_a_hidden_answer_is_not_stored_at_submission(
    content: Content, store: ConsultationStore
) -> None:
    public_id = submit_client(content, store, isotretinoin_last_dose="2026-08-31")

    assert "isotretinoin_last_dose" not in json.loads(row(public_id).answers or "")


def test_a_failed_submission_leaves_nothing_half_written(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    from kiosk.engine.answers import parse_answers
    from kiosk.engine.assessment import assess

    public_id = store.start("en", content.version)
    store.save_draft(public_id, CLEAN_CLIENT)
    answers = parse_answers(content, CLEAN_CLIENT)
    submission = submission_of(content, store, public_id, assess(content, answers, TODAY))
    broken = submission.consent.model_copy(update={"signature_png": None})
    # signature_png is a NOT NULL column: the insert fails
    with pytest.raises(Exception, match="NOT NULL"):
        store.submit(submission.model_copy(update={"consent": broken}))

    saved = row(public_id)
    assert saved.status == "in_progress"
    assert saved.snapshot is None
    assert saved.submitted_at is None
    assert Consent.select().count() == 0


def test_a_submitted_or_abandoned_consultation_cannot_change_again(
    content: Content, store: ConsultationStore
) -> None:
    submitted = submit_client(content, store)
    abandoned = store.start("en", content.version)
    store.abandon(abandoned)

    assert row(abandoned).status == Status.ABANDONED
    with pytest.raises(NotADraft):
        store.save_draft(submitted, {"first_name": "Eve"})
    with pytest.raises(NotADraft):
        store.abandon(abandoned)


def test_the_database_runs_with_the_kiosk_pragmas(db: Database) -> None:
    def pragma(name: str) -> object:
        return db.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 15_000


def test_a_returning_client_keeps_the_contact_details_they_typed_today(
    content: Content, store: ConsultationStore
) -> None:
    first = store.start("en", content.version)
    store.save_draft(first, {**CLEAN_CLIENT, "phone": "07700 900111", "email": "old@example.com"})
    store.abandon(first)

    second = submit_client(content, store, phone="07700 900999", email="new@example.com")

    client = row(second).client
    assert (client.phone, client.email) == ("07700 900999", "new@example.com")
    assert client.id == row(first).client.id


def test_a_submission_can_be_corrected_until_staff_decide(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    from kiosk.engine.answers import parse_answers
    from kiosk.engine.assessment import assess
    from kiosk.store.staff import Role, StaffAccounts

    public_id = submit_client(content, store)
    corrected = parse_answers(content, {**CLEAN_CLIENT, "pregnant_or_breastfeeding": True})

    store.submit(submission_of(content, store, public_id, assess(content, corrected, TODAY)))

    assert row(public_id).flag_outcomes == "stop"
    assert Consent.select().count() == 1
    StaffAccounts(clock).add("maria", "Maria", Role.PRACTITIONER, "48213597")
    from kiosk.store.reviews import decide

    decide(public_id, "maria", Status.DECLINED, clock.now)
    with pytest.raises(NotADraft):
        store.submit(submission_of(content, store, public_id, assess(content, corrected, TODAY)))
