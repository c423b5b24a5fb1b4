"""Retention: purge by age, erasure of a client, and the expiry of abandoned drafts' answers."""

from __future__ import annotations

import json

import pytest

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from kiosk.store.help_requests import HelpRequest, record_help_request
from kiosk.store.models import Client, Consent, Consultation, HelpRequestRow
from kiosk.store.retention import (
    ClientNotFound,
    drop_stale_drafts,
    erase_client,
    purge_older_than,
)
from tests.core.clients import FakeClock, submit_client


def statuses() -> dict[str, str]:
    return {c.public_id: c.status for c in Consultation.select()}


def test_purge_deletes_only_consultations_older_than_the_period(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    old = submit_client(content, store, first_name="Old")
    clock.advance(days=40)
    recent = submit_client(content, store, first_name="Recent", date_of_birth="1970-01-01")

    assert purge_older_than(30, clock.now) == 1

    assert set(statuses()) == {recent}
    assert [c.first_name for c in Client.select()] == ["Recent"]
    assert Consent.select().count() == 1
    assert old not in statuses()


def test_purge_and_erasure_take_the_calls_for_help_with_them(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    old = submit_client(content, store, first_name="Old")
    record_help_request(HelpRequest("old", "k1", "health", clock.now, old))
    clock.advance(days=40)
    recent = submit_client(content, store, first_name="Recent", date_of_birth="1970-01-01")
    record_help_request(HelpRequest("recent", "k1", "health", clock.now, recent))
    record_help_request(HelpRequest("walk-in", "k1", "welcome", clock.now))

    purge_older_than(30, clock.now)
    assert [r.request_id for r in HelpRequestRow.select()] == ["recent", "walk-in"]

    erase_client(Consultation.get(Consultation.public_id == recent).client.id)
    assert [r.request_id for r in HelpRequestRow.select()] == ["walk-in"]


def test_erasing_a_client_removes_them_and_all_their_consultations(
    content: Content, store: ConsultationStore
) -> None:
    first = submit_client(content, store)
    submit_client(content, store)  # the same person again
    other = submit_client(content, store, first_name="Li", last_name="Wei")
    client_id = Consultation.get(Consultation.public_id == first).client.id

    assert erase_client(client_id) == 2

    assert set(statuses()) == {other}
    assert Client.select().where(Client.id == client_id).count() == 0
    assert Consent.select().count() == 1
    with pytest.raises(ClientNotFound):
        erase_client(client_id)


def test_abandoned_drafts_lose_their_answers_and_name_after_the_set_hours(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    walked_away = store.start("en", content.version)
    store.save_draft(walked_away, {"first_name": "Kim", "last_name": "Park"})
    store.abandon(walked_away)
    crashed = store.start("en", content.version)  # the kiosk lost power mid-way
    store.save_draft(crashed, {"first_name": "Jo", "last_name": "Bell"})
    submitted = submit_client(content, store)
    clock.advance(hours=23)
    recent = store.start("en", content.version)
    store.save_draft(recent, {"first_name": "Al", "last_name": "Ray"})
    store.abandon(recent)
    clock.advance(hours=2)

    assert drop_stale_drafts(clock.now, hours=24) == 2

    rows = {c.public_id: c for c in Consultation.select()}
    for public_id in (walked_away, crashed):
        assert rows[public_id].status == "abandoned"
        assert rows[public_id].answers is None
        assert rows[public_id].client is None
        assert rows[public_id].answers_dropped_at == clock.now
    assert json.loads(rows[recent].answers or "")["first_name"] == "Al"
    assert rows[submitted].answers is not None
    assert sorted(c.first_name for c in Client.select()) == ["Al", "Ana"]
    assert drop_stale_drafts(clock.now, hours=24) == 0
