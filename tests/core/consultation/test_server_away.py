"""Kiosks keep taking consultations while the clinic server is away, and deliver each once."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.consultation.delivery import Delivery
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import close_database, open_database, schema_version, waiting_for_server
from kiosk.store.models import Consultation
from kiosk.store.models import database as bound
from tests.core.clients import FakeClock
from tests.core.consultation.helpers import quick_delivery
from tests.core.consultation.test_delivery import finished

SERVER_CTL = os.environ.get("CLINIC_KIOSK_TEST_POSTGRES_CTL", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SERVER_CTL, reason="needs scripts/test's server, which it can stop"),
]


def server(action: str) -> None:
    subprocess.run([SERVER_CTL, action], check=True)


@pytest.fixture
def server_settings(postgres_url: str) -> Iterator[Settings]:
    settings = Settings(kiosk_id="kiosk-a", database_url=postgres_url)
    yield settings
    # Whatever the test did, the schema is dropped on a running server (start
    # says no when it already runs).
    subprocess.run([SERVER_CTL, "start"], check=False, capture_output=True)
    if bound.obj is not None:
        close_database(bound.obj)


def poll(condition: Callable[[], object], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def kiosk(folder: Path, name: str, clock: FakeClock) -> Delivery:
    delivery = quick_delivery(folder, ConsultationStore(name, clock))
    delivery.start()
    return delivery


def test_a_kiosk_started_while_the_server_is_down_delivers_when_it_comes_up(
    server_settings: Settings, content: Content, clock: FakeClock, tmp_path: Path
) -> None:
    server("stop")
    db = open_database(server_settings, server_may_be_away=True)  # as the kiosk starts
    assert waiting_for_server()
    delivery = kiosk(tmp_path / "outbox", "kiosk-a", clock)
    try:
        thanked = [f"away{n:02}" for n in range(10)]
        for public_id in thanked:
            assert delivery.submit(finished(content, delivery.store, public_id))
        assert poll(lambda: any(w.tries >= 2 for w in delivery.outbox.report().waiting))
        assert {w.public_id for w in delivery.outbox.report().waiting} == set(thanked)
        assert "cannot be reached" in (delivery.outbox.report().waiting[0].last_error or "")

        server("start")
        assert delivery.wait_until_settled(60)
    finally:
        assert delivery.stop(30)

    assert not waiting_for_server()
    assert schema_version(db) is not None
    stored = [c.public_id for c in Consultation.select()]
    assert sorted(stored) == thanked
    assert not delivery.outbox.report().waiting


SUBMISSIONS = 90


def test_the_server_killed_and_restarted_during_submissions_from_two_kiosks_loses_nothing(
    server_settings: Settings, content: Content, clock: FakeClock, tmp_path: Path
) -> None:
    open_database(server_settings)
    kiosks = [kiosk(tmp_path / f"outbox-{n}", f"kiosk-{n}", clock) for n in (1, 2)]
    thanked: list[str] = []
    try:
        for n in range(SUBMISSIONS):
            if n == SUBMISSIONS // 3:
                server("stop")  # an immediate stop: the server's processes are killed
            if n == 2 * SUBMISSIONS // 3:
                server("start")
            which = kiosks[n % 2]
            public_id = f"stream{n:03}"
            if which.submit(finished(content, which.store, public_id)):
                thanked.append(public_id)
        for delivery in kiosks:
            assert delivery.wait_until_settled(60)
    finally:
        for delivery in kiosks:
            assert delivery.stop(30)

    stored = [c.public_id for c in Consultation.select()]
    assert len(thanked) == SUBMISSIONS
    assert sorted(stored) == sorted(thanked)  # each once: none lost, none twice
