"""Opens the database: the driver, the pragmas, the schema's migrations."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import apsw
from peewee import Database
from playhouse.apsw_ext import APSWDatabase
from playhouse.migrations import Runner

from kiosk.setup.settings import Settings
from kiosk.store.fields import TIMESTAMP_FORMAT
from kiosk.store.models import database
from kiosk.store.server import MIGRATION_LOCK, close_pool, is_server, open_server, take_lock

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"

# SQLite before 3.51.3 can corrupt a WAL database when several connections
# write and checkpoint at once. APSW ships its own, current SQLite, which is
# why it is our driver rather than the sqlite3 module of the Python build.
SAFE_SQLITE = (3, 51, 3)

PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer, nor it them
    "synchronous": 2,  # FULL: a committed consultation survives a power cut
    "foreign_keys": 1,
}


OpenDatabase = Database
"""The open database, as the start-up code and commands hold it (they never query it)."""


class DatabaseError(RuntimeError):
    """The database cannot be opened or used; the message says why, plainly."""


class KioskSqliteDatabase(APSWDatabase):  # type: ignore[misc]
    """APSW with the value conversions the sqlite3 module would make.

    APSW binds only numbers, text, bytes and None; dates and times are
    written as ISO text, as our fields and peewee's migration history expect.
    """

    def execute_sql(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        if params:
            params = [_bindable(value) for value in params]
        return super().execute_sql(sql, params)


def _bindable(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime(TIMESTAMP_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def sqlite_version() -> tuple[int, ...]:
    """The SQLite library version APSW runs."""
    return tuple(int(part) for part in apsw.sqlite_lib_version().split("."))


def open_sqlite(path: Path, busy_timeout: float = 15.0) -> Database:
    """A SQLite database at `path`, through APSW, with the kiosk's pragmas.

    Writes begin IMMEDIATE: a second writer waits (up to `busy_timeout`
    seconds) for the first instead of failing half-way through.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db: Database = KioskSqliteDatabase(
        str(path), pragmas=PRAGMAS, timeout=busy_timeout, lock_type="IMMEDIATE"
    )
    return db


def sqlite_file(url: str) -> Path:
    """The file named by an `sqlite:///` URL, on any system.

    `sqlite:////srv/kiosk.sqlite3` is /srv/kiosk.sqlite3; on Windows,
    `sqlite:///C:/kiosk/kiosk.sqlite3` is C:/kiosk/kiosk.sqlite3 (the URL's
    path begins with a slash that a drive letter must lose).
    """
    path = unquote(urlparse(url).path)
    if re.match(r"^/[A-Za-z]:[/\\]", path) or path.startswith("//"):
        path = path[1:]
    return Path(path)


# A clinic server that was away when this program started: its schema is
# brought up to date by the first unit of work that reaches it (ensure_schema).
_schema_pending: list[Database] = []


def open_database(
    settings: Settings, migrate: bool = True, server_may_be_away: bool = False
) -> Database:
    """Open the configured database, bind the models to it and bring its schema up to date.

    With `server_may_be_away` (a kiosk: its outbox keeps consultations), a
    clinic server that cannot be reached now is not an error: the database
    is returned unconnected, and `ensure_schema` migrates it once it answers.
    """
    url = settings.database_url
    if not url or urlparse(url).scheme in ("sqlite", "apsw"):
        path = sqlite_file(url) if url else settings.database_path()
        db = open_sqlite(path, settings.busy_timeout_seconds)
        version = sqlite_version()
        log.info("SQLite %s through APSW %s", apsw.sqlite_lib_version(), apsw.apsw_version())
        if version < SAFE_SQLITE:
            log.warning(
                "SQLite %s is older than 3.51.3, which fixes a WAL corruption bug "
                "with concurrent writers; update APSW",
                apsw.sqlite_lib_version(),
            )
    else:
        db = open_server(url, settings.busy_timeout_seconds)
    bind(db)
    try:
        _connect(db, settings.busy_timeout_seconds)
    except DatabaseError:
        if not (server_may_be_away and is_server(db)):
            raise
        log.warning(
            "the clinic server cannot be reached; finished consultations wait in the "
            "outbox until it can"
        )
        if migrate:
            _schema_pending.append(db)
        return db
    if migrate:
        migrate_to_latest(db)
        if schema_version(db) is None:
            # Without this the kiosk would start and fail at the first save.
            raise DatabaseError(f"the program's schema migrations are missing from {MIGRATIONS}")
    return db


def _connect(db: Database, patience: float) -> None:
    """Connect, waiting while another process holds the lock.

    Switching a brand-new file to WAL needs a moment alone with it; when a
    kiosk and a staff station start together, SQLite answers "locked" at
    once rather than calling the busy handler, so we wait here instead.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            db.connect(reuse_if_open=True)
            return
        except Exception as error:  # the drivers raise their own types
            locked = "locked" in str(error) or "busy" in str(error).lower()
            if not locked or time.monotonic() > deadline:
                raise DatabaseError(f"cannot open the database: {error}") from error
            time.sleep(0.05)


def waiting_for_server() -> bool:
    """Whether this program started while its clinic server was away, and has not reached it yet."""
    return bool(_schema_pending)


def ensure_schema() -> None:
    """Bring a clinic server that was away at start-up up to date, once it answers.

    Raises the driver's error while it is still away (the caller tries again later).
    """
    while _schema_pending:
        migrate_to_latest(_schema_pending[0])
        _schema_pending.pop(0)
        log.info("the clinic server answers; its schema is up to date")


def close_database(db: Database) -> None:
    """Close the database for good: this thread's connection, and on a server the whole pool."""
    if not close_pool(db):
        db.close()


def close_thread_connection() -> None:
    """Close the calling thread's connection, if it has one (a worker thread ending)."""
    if database.obj is not None and not database.is_closed():
        database.close()


def bind(db: Database) -> None:
    """Point the models at `db`."""
    database.initialize(db)


def migrate_to_latest(db: Database, target: str | None = None) -> list[str]:
    """Apply the migrations the database lacks (up to `target`); returns their names.

    One write transaction around the whole run: a kiosk and a staff station
    opening a new database at the same moment take turns, and the second
    finds nothing left to do. On SQLite the write lock makes them take turns;
    on a clinic server an advisory lock does (PostgreSQL changes its schema
    inside transactions, so a run cut short leaves nothing half-done).
    """
    with db.atomic():
        take_lock(db, MIGRATION_LOCK)
        applied: list[str] = Runner(db, str(MIGRATIONS)).up(target)
    for name in applied:
        log.info("applied schema migration %s", name)
    return applied


def schema_version(db: Database) -> str | None:
    """The name of the last migration applied, or None for an empty database."""
    names = [m.name for m in Runner(db, str(MIGRATIONS)).status() if m.applied]
    return names[-1] if names else None
