"""News for staff queues on other machines: PostgreSQL's NOTIFY when a consultation changes.

The news is sent inside the transaction that changes the consultation, so a
listener hears it only once the change is committed (and never for one
rolled back). It carries the consultation's public id, nothing about the client.
On SQLite there is no one else to tell: the staff screens poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from kiosk.store.models import database
from kiosk.store.server import ClinicServerDatabase

log = logging.getLogger(__name__)

CHANNEL = "clinic_kiosk_queue"


def announce(public_id: str) -> None:
    """Tell listening staff queues that consultation `public_id` changed (at commit)."""
    if isinstance(database.obj, ClinicServerDatabase):
        database.execute_sql("SELECT pg_notify(%s, %s)", (CHANNEL, public_id))


def can_listen() -> bool:
    """Whether the bound database can send news (a clinic server); else staff queues poll."""
    return isinstance(database.obj, ClinicServerDatabase)


def listen(
    heard: Callable[[str], None], keep_going: Callable[[], bool], wait_seconds: float = 1.0
) -> None:
    """Listen on a connection of its own (outside the pool) and call `heard` with each id.

    Returns when `keep_going()` turns false (checked every `wait_seconds`);
    raises the driver's error when the server goes away.
    """
    import psycopg  # noqa: PLC0415  (only a clinic server needs it)

    server = database.obj
    assert isinstance(server, ClinicServerDatabase)
    parameters: dict[str, Any] = dict(server.connect_params)
    # The pool was opened with the URL itself as its "database": psycopg reads it as conninfo.
    with psycopg.connect(server.database, autocommit=True, **parameters) as connection:
        connection.execute(f"LISTEN {CHANNEL}")
        heard("")  # listening now: whatever changed before is to be read again
        while keep_going():
            for news in connection.notifies(timeout=wait_seconds):
                heard(news.payload)
