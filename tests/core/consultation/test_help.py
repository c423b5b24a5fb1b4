"""A client's "Please help me": stored for the staff queue now, or once the database is back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from peewee import Database

from kiosk.consultation.delivery import Delivery
from kiosk.consultation.help import HelpAnswer
from kiosk.consultation.intake import Intake
from kiosk.consultation.session import ConsultationSession
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.help_requests import (
    HelpRequest,
    open_help_requests,
    record_help_request,
)
from kiosk.store.models import HelpRequestRow
from tests.core.clients import TODAY
from tests.core.consultation.helpers import answer_everything, quick_delivery
from tests.core.storage_worker import Worker

NOW = datetime(2026, 11, 21, 10, 0)


@pytest.fixture
def settings() -> Settings:
    """A short busy timeout: a locked database answers "busy" within a moment."""
    return Settings.model_construct(kiosk_id="kiosk-test", busy_timeout_seconds=0.3)


@pytest.fixture
def delivery(tmp_path: Path, store: ConsultationStore) -> Iterator[Delivery]:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    yield delivery
    assert delivery.stop(30)


def session_of(content: Content, delivery: Delivery) -> ConsultationSession:
    return ConsultationSession(
        Intake(content, TODAY), delivery, kiosk_id="kiosk-2", today=lambda: TODAY, now=lambda: NOW
    )


def test_help_before_the_consent_is_stored_without_a_consultation(
    db: Database, content: Content, delivery: Delivery
) -> None:
    session = session_of(content, delivery)

    request = session.ask_for_help("welcome")
    answer = session.call_front_desk(request)

    assert answer is HelpAnswer.COMING
    [waiting] = open_help_requests()
    assert waiting.request == HelpRequest(request.request_id, "kiosk-2", "welcome", NOW, None)
    assert waiting.minutes_waiting(NOW + timedelta(minutes=4, seconds=30)) == 4


def test_help_during_a_consultation_names_it_and_leaves_the_answers_alone(
    db: Database, content: Content, delivery: Delivery
) -> None:
    session = session_of(content, delivery)
    answer_everything(session, content)
    answers = session.intake.answers_json()

    answer = session.call_front_desk(session.ask_for_help("plan"))

    assert answer is HelpAnswer.COMING
    assert session.intake.answers_json() == answers
    row = HelpRequestRow.get()
    assert (row.kiosk_id, row.page, row.consultation_public_id) == (
        "kiosk-2",
        "plan",
        session.intake.consultation_id,
    )
    assert row.answered_at is None


def test_a_request_delivered_twice_is_stored_once(db: Database) -> None:
    request = HelpRequest("abc", "kiosk-1", "health", NOW)

    assert record_help_request(request) is True
    assert record_help_request(request) is False

    assert HelpRequestRow.select().count() == 1


def test_while_the_database_is_locked_the_client_is_sent_to_the_desk_and_the_request_follows(
    db: Database,
    content: Content,
    delivery: Delivery,
    settings: Settings,
    tmp_path: Path,
) -> None:
    session = session_of(content, delivery)
    with Worker(settings.database_path(), "hold", stderr_path=tmp_path / "hold.err") as holder:
        holder.expect("holding", timeout=60)

        answer = session.call_front_desk(session.ask_for_help("about_you"))

        assert answer is HelpAnswer.GO_TO_DESK
        assert not delivery.settled()
        holder.send("release")
        holder.expect("released")
    assert delivery.wait_until_settled(30)
    [waiting] = open_help_requests()
    assert waiting.request.page == "about_you"


def test_a_help_request_holds_no_name(db: Database, content: Content, delivery: Delivery) -> None:
    session = session_of(content, delivery)
    answer_everything(session, content)
    session.call_front_desk(session.ask_for_help("results"))

    row = HelpRequestRow.get()
    stored = " ".join(str(row.__data__[field.name]) for field in row._meta.sorted_fields)
    assert "Ana" not in stored
    assert "Silva" not in stored
