"""Fixtures for the core tests: the default content and a way to assess variations of a client."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from argon2 import PasswordHasher
from peewee import Database

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.assessment import Assessment, assess
from kiosk.setup.settings import Settings
from kiosk.store.audit import load_or_create_key
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import close_database, open_database
from kiosk.store.models import database as bound
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


# The PostgreSQL server scripts/test starts; without it those tests are skipped.
POSTGRES = os.environ.get("CLINIC_KIOSK_TEST_POSTGRES", "")
NO_POSTGRES = "no PostgreSQL server: CLINIC_KIOSK_TEST_POSTGRES is not set (scripts/test sets it)"
# The storage tests, and the core's use of it, run on both databases.
ON_BOTH = (Path(__file__).parent / "store", Path(__file__).parent / "consultation")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test of the store and the consultation core on SQLite and on PostgreSQL."""
    fixtures = metafunc.fixturenames
    if "database_kind" not in fixtures or metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if any(folder in Path(str(metafunc.definition.path)).parents for folder in ON_BOTH):
        metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on: "sqlite" (the default) or "postgresql"."""
    kind: str = getattr(request, "param", "sqlite")
    if kind == "postgresql" and not POSTGRES:
        pytest.skip(NO_POSTGRES)
    return kind


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL for an empty schema of its own on the test server, dropped afterwards."""
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    import psycopg

    schema = f"test_{secrets.token_hex(6)}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    yield f"{POSTGRES}?options={quote(f'-csearch_path={schema}', safe='')}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        # A test's leftover sessions (a killed worker's) must not hold the schema.
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND datname = current_database() "
            "AND application_name <> 'keep'"
        )
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def settings(
    database_kind: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """Settings of a test installation (its folders are the test's own)."""
    if database_kind == "postgresql":
        url = request.getfixturevalue("postgres_url")
        # Commands and worker processes read their settings from the environment.
        monkeypatch.setenv("CLINIC_KIOSK_DATABASE_URL", url)
        server = Settings(kiosk_id="kiosk-test", database_url=url)
        # The clinic's key, as copied to each machine: the first start on an
        # empty server would otherwise make one and record that in the trail.
        load_or_create_key(server.audit_key_path())
        return server
    return Settings(kiosk_id="kiosk-test")


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    """A real database at the latest schema: a SQLite file in the test's data
    folder, or a schema of its own on the PostgreSQL test server."""
    database = open_database(settings)
    yield database
    close_database(database)
    # A test that opened the database again (a restart) left that one bound.
    if bound.obj is not database:
        close_database(bound.obj)


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
