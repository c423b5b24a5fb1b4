"""A clinic server: each unit of work takes one pooled connection and gives it back."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator

import psycopg
import pytest
from peewee import Database

from kiosk.consultation.staff_queue import StaffQueue
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import close_database, open_database
from kiosk.store.fields import utc_now
from kiosk.store.models import database
from kiosk.store.queue import QueueFilter
from kiosk.store.transaction import unit_of_work
from tests.core.clients import submit_client


@pytest.fixture
def named(postgres_url: str) -> Iterator[tuple[str, Database]]:
    """The server with this test's connections named, so the server can count them."""
    name = f"units-{secrets.token_hex(4)}"
    db = open_database(
        Settings(kiosk_id="desk", database_url=f"{postgres_url}&application_name={name}")
    )
    yield name, db
    close_database(db)


def connections(url: str, name: str) -> int:
    """How many connections the server has open for `name` (in use or idle in the pool)."""
    with psycopg.connect(url.split("?", maxsplit=1)[0], autocommit=True) as admin:
        row = admin.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (name,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def in_a_thread_of_its_own(work: object) -> None:
    thread = threading.Thread(target=work)  # type: ignore[arg-type]
    thread.start()
    thread.join(30)


def test_units_of_work_on_many_threads_share_one_pooled_connection(
    named: tuple[str, Database], postgres_url: str, content: Content
) -> None:
    name, _db = named
    queue = StaffQueue()
    during: list[int] = []

    def read_the_queue() -> None:
        with unit_of_work():
            during.append(connections(postgres_url, name))
            queue.load(QueueFilter())
        assert database.is_closed()  # given back: this thread holds nothing now

    for _ in range(6):
        in_a_thread_of_its_own(read_the_queue)

    # One connection in use during each unit, the same one each time (the pool's).
    assert during == [1] * 6
    assert connections(postgres_url, name) == 1

    # The kiosk's submissions are units of work too, on whichever thread: the same one.
    store = ConsultationStore("kiosk-a", utc_now)
    for number in range(3):
        submit_client(content, store, first_name=f"Client{number}")
        assert database.is_closed()
        in_a_thread_of_its_own(lambda n=number: submit_client(content, store, first_name=f"T{n}"))
    in_a_thread_of_its_own(read_the_queue)
    assert connections(postgres_url, name) == 1
