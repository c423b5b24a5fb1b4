"""An open staff queue shows a submission from another machine within a second (clinic server)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.setup.settings import Settings
from kiosk.store.database import close_database, open_database
from tests.core.conftest import postgres_url
from tests.ui.conftest import TODAY
from ui.staff.queue_page import REFRESH_MS, QueuePage

__all__ = ["postgres_url"]

ROOT = Path(__file__).resolve().parents[2]

# Another kiosk: opens the server, waits for "go", submits one client, says so once committed.
OTHER_KIOSK = (
    "import sys; from kiosk.content.loader import load_content; "
    "from kiosk.setup.settings import load_settings; "
    "from kiosk.store.consultations import ConsultationStore; "
    "from kiosk.store.database import close_database, open_database; "
    "from kiosk.store.fields import utc_now; from tests.core.clients import submit_client; "
    "content = load_content(); db = open_database(load_settings()); "
    "store = ConsultationStore('kiosk-elsewhere', utc_now); "
    "print('ready', flush=True); sys.stdin.readline(); "
    "submit_client(content, store, first_name='Odile', last_name='Marchetti'); "
    "print('submitted', flush=True); close_database(db)"
)


@pytest.fixture
def queue(postgres_url: str, qtbot: QtBot) -> Iterator[QueuePage]:
    db = open_database(Settings(kiosk_id="desk", database_url=postgres_url))
    page = QueuePage(TODAY)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.hide()
    page.work.wait()
    close_database(db)


def names(page: QueuePage) -> list[str]:
    return [page.model.index(row, 1).data() for row in range(page.model.rowCount())]


def test_a_submission_on_another_machine_shows_in_an_open_queue_within_a_second(
    queue: QueuePage, qtbot: QtBot, postgres_url: str
) -> None:
    kiosk = subprocess.Popen(
        [sys.executable, "-c", OTHER_KIOSK],
        cwd=ROOT,
        env={**os.environ, "CLINIC_KIOSK_DATABASE_URL": postgres_url},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert kiosk.stdout is not None
        assert kiosk.stdin is not None
        assert kiosk.stdout.readline().strip() == "ready"
        qtbot.waitUntil(lambda: queue.watch.listening, timeout=5000)
        qtbot.waitUntil(lambda: queue.counts.text() == "0 shown, 0 awaiting review")
        # Polling alone would take 15 s: only the server's news can show it sooner.
        assert queue.refresher.interval() == REFRESH_MS > 1000

        kiosk.stdin.write("go\n")
        kiosk.stdin.flush()
        assert kiosk.stdout.readline().strip() == "submitted"  # committed on the other machine

        qtbot.waitUntil(lambda: names(queue) == ["Odile Marchetti"], timeout=1000)
        assert queue.counts.text() == "1 shown, 1 awaiting review"
    finally:
        kiosk.communicate(timeout=60)
    assert kiosk.returncode == 0


def test_on_sqlite_the_queue_polls(db: object, qtbot: QtBot) -> None:
    page = QueuePage(TODAY)
    qtbot.addWidget(page)
    page.show()

    assert not page.watch.start()  # no news to hear from a file: polling it is
    assert page.refresher.isActive()
    qtbot.waitUntil(lambda: page.counts.text() == "0 shown, 0 awaiting review")
    page.hide()
    page.work.wait()
