"""Fixtures for the core tests: the default content and a way to assess variations of a client."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from argon2 import PasswordHasher
from peewee import Database

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.assessment import Assessment, assess
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import open_database
from kiosk.store.staff import StaffAccounts
from tests.core.clients import TODAY, Client, FakeClock, answers_of


@pytest.fixture(scope="session")
def content() -> Content:
    """The content shipped with the kiosk."""
    return load_content()


@pytest.fixture
def client(content: Content) -> Client:
    """Assess the clean client with some answers changed (None removes one)."""

    def make(today: date = TODAY, **changes: object) -> Assessment:
        return assess(content, answers_of(content, **changes), today)

    return make


@pytest.fixture
def settings() -> Settings:
    """Settings of a test installation (its folders are the test's own)."""
    return Settings(kiosk_id="kiosk-test")


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    """A real SQLite database file in the test's data folder, at the latest schema."""
    database = open_database(settings)
    yield database
    database.close()


@pytest.fixture
def clock() -> FakeClock:
    """A clock at 10:00 UTC on the reference day."""
    return FakeClock(datetime(2026, 11, 21, 10, 0))


@pytest.fixture
def store(db: Database, clock: FakeClock) -> ConsultationStore:
    """The kiosk's consultation store on the test database."""
    return ConsultationStore("kiosk-test", clock)


@pytest.fixture
def accounts(db: Database, clock: FakeClock) -> StaffAccounts:
    """Staff accounts with a cheap Argon2id profile (the real one is tested on its own)."""
    return StaffAccounts(clock, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
