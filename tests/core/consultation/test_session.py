"""The consultation's life, without a screen: start, autosave, submit, resubmit, abandon."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.consultation.delivery import Delivery
from kiosk.consultation.session import CONSENT_PAGE, Keeping, Sessions
from kiosk.content.model import Content
from kiosk.record.snapshot import read_snapshot
from kiosk.store.consultations import ConsultationStore, Status
from kiosk.store.models import Consent, Consultation
from tests.core.clients import TODAY, FakeClock
from tests.core.consultation.helpers import answer_everything, quick_delivery


@pytest.fixture
def delivery(tmp_path: Path, store: ConsultationStore) -> Iterator[Delivery]:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    yield delivery
    assert delivery.stop(30)


@pytest.fixture
def sessions(content: Content, delivery: Delivery, clock: FakeClock) -> Sessions:
    return Sessions(content, delivery, "kiosk-test", lambda: TODAY, clock)


def only_row() -> Consultation:
    (row,) = Consultation.select()
    return row


def test_a_record_starts_when_consent_is_given_and_follows_each_page(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    session = sessions.open()
    session.leave("welcome")
    keeping = [session.keeping]
    session.leave(CONSENT_PAGE)
    keeping.append(session.keeping)
    assert keeping == [Keeping.NOTHING, Keeping.DRAFT]
    assert delivery.wait_until_settled(30)
    assert only_row().status == Status.IN_PROGRESS
    assert only_row().public_id == session.intake.consultation_id

    first_page = content.questionnaire.pages[0]
    session.intake.set("first_name", "Ana")
    session.leave(first_page.id)
    assert delivery.wait_until_settled(30)
    assert json.loads(only_row().answers or "")["first_name"] == "Ana"
    assert only_row().status == Status.IN_PROGRESS


def test_leaving_the_last_question_page_submits_with_consent_and_snapshot(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    session = sessions.open()
    answer_everything(session, content)

    assert session.keeping is Keeping.KEPT
    assert not session.warning
    assert delivery.wait_until_settled(30)
    row = only_row()
    assert row.status == Status.SUBMITTED
    assert json.loads(row.snapshot or "{}")
    assert row.recommended_treatment == "microneedling"
    assert Consent.get(Consent.consultation == row).typed_name == "Ana Silva"


def test_an_answer_changed_after_submitting_submits_again(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    session = sessions.open()
    answer_everything(session, content)
    assert delivery.wait_until_settled(30)
    assert only_row().flag_outcomes == ""

    session.intake.set("pregnant_or_breastfeeding", True)
    health = next(p for p in content.questionnaire.pages if p.id == "health")
    session.leave(health.id)
    session.finish()

    assert delivery.wait_until_settled(30)
    row = only_row()
    assert row.status == Status.SUBMITTED
    assert row.flag_outcomes == "stop"
    assert Consent.select().count() == 1


def test_a_reset_abandons_an_unfinished_draft_but_never_a_submitted_one(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    walked_away = sessions.open()
    walked_away.leave(CONSENT_PAGE)
    walked_away.end()
    finished = sessions.open()
    answer_everything(finished, content)
    finished.end()

    assert delivery.wait_until_settled(30)
    statuses = {row.public_id: row.status for row in Consultation.select()}
    assert statuses == {
        walked_away.intake.consultation_id: Status.ABANDONED,
        finished.intake.consultation_id: Status.SUBMITTED,
    }


def test_a_reset_before_consent_leaves_no_record(sessions: Sessions, delivery: Delivery) -> None:
    session = sessions.open()
    session.end()
    assert delivery.wait_until_settled(30)
    assert Consultation.select().count() == 0


def test_when_the_disk_refuses_the_outbox_the_client_is_warned_and_it_is_still_delivered(
    content: Content, store: ConsultationStore, clock: FakeClock, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the outbox should be", encoding="utf-8")
    delivery = quick_delivery(blocked, store)
    delivery.start()
    try:
        session = Sessions(content, delivery, "kiosk-test", lambda: TODAY, clock).open()
        answer_everything(session, content)
        assert session.keeping is Keeping.NOT_KEPT
        assert session.warning
        session.end()  # a submission waits: the draft is not abandoned

        assert delivery.wait_until_settled(30)
    finally:
        assert delivery.stop(30)
    assert only_row().status == Status.SUBMITTED


def test_the_day_is_the_day_the_client_taps_start(content: Content, delivery: Delivery) -> None:
    days = iter([date(2026, 11, 21), date(2026, 11, 22)])
    session = Sessions(content, delivery, "kiosk-test", lambda: next(days), FakeClock(None)).open()  # type: ignore[arg-type]
    assert session.intake.today == date(2026, 11, 21)
    session.began()
    assert session.intake.today == date(2026, 11, 22)


def test_the_treatments_a_client_asks_about_are_kept_with_the_consultation(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    session = sessions.open()
    answer_everything(session, content)
    session.interested("chemical_peel", True)
    session.interested("laser_resurfacing", True)
    session.interested("laser_resurfacing", False)

    session.finish()

    assert delivery.wait_until_settled(30)
    snapshot = read_snapshot(only_row().snapshot or "")
    assert snapshot.interested_in == ("Chemical peel",)


def test_a_submission_stored_before_interests_existed_still_reads(
    content: Content, sessions: Sessions, delivery: Delivery
) -> None:
    session = sessions.open()
    answer_everything(session, content)
    assert delivery.wait_until_settled(30)
    stored = json.loads(only_row().snapshot or "")
    stored.pop("interested_in")

    assert read_snapshot(json.dumps(stored)).interested_in == ()
