"""The staff queue says plainly when the clinic server cannot be reached, and recovers by itself."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.setup.settings import Settings
from kiosk.store.database import close_database, open_database
from tests.core.conftest import postgres_url
from tests.ui.conftest import TODAY
from ui.staff.queue_page import REFRESH_MS, RETRY_MS, QueuePage

SERVER_CTL = os.environ.get("CLINIC_KIOSK_TEST_POSTGRES_CTL", "")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SERVER_CTL, reason="needs scripts/test's server, which it can stop"),
]

__all__ = ["postgres_url"]


@pytest.fixture
def queue(postgres_url: str, qtbot: QtBot) -> Iterator[QueuePage]:
    db = open_database(Settings(kiosk_id="desk", database_url=postgres_url))
    page = QueuePage(TODAY)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.hide()
    page.work.wait()
    subprocess.run([SERVER_CTL, "start"], check=False, capture_output=True)
    close_database(db)


def test_the_queue_says_the_server_is_away_and_comes_back_by_itself(
    queue: QueuePage, qtbot: QtBot
) -> None:
    assert not queue.server_away.isVisible()

    qtbot.waitUntil(lambda: queue.watch.listening, timeout=5000)
    subprocess.run([SERVER_CTL, "stop"], check=True)
    queue.refresh()  # read on a worker thread: the screen never waits for the server

    qtbot.waitUntil(queue.server_away.isVisible, timeout=10_000)
    assert queue.server_away.text().startswith("The clinic server cannot be reached just now.")
    assert queue.refresher.isActive()
    assert queue.refresher.interval() == RETRY_MS

    subprocess.run([SERVER_CTL, "start"], check=True)
    qtbot.waitUntil(lambda: not queue.server_away.isVisible(), timeout=3 * RETRY_MS)
    assert queue.refresher.interval() == REFRESH_MS
    # The server's news is heard again too, on a new connection of its own.
    qtbot.waitUntil(lambda: queue.watch.listening, timeout=10_000)
