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

from kiosk.setup.files import create_private, make_private, private_folder
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
    # Deleted rows are overwritten with zeros, so an erased client's name
    # does not linger in free space (the WAL is checkpointed after erasure).
    "secure_delete": 1,
}

# How long a start waits for a lock another program holds (a backup, a migration).
START_PATIENCE = 60.0

RESTORE_NEXT_STEP = "restore the latest backup with 'clinic-kiosk restore BACKUP'"


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
    private_folder(path.parent)
    # SQLite gives the -wal and -shm files the database's own permissions.
    create_private(path)
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


def database_file(settings: Settings) -> Path | None:
    """The SQLite file the settings name, or None for a database server."""
    url = settings.database_url
    if not url:
        return settings.database_path()
    if urlparse(url).scheme in ("sqlite", "apsw"):
        path = sqlite_file(url)
        return None if str(path) in ("", ":memory:") else path
    return None


def data_files(settings: Settings) -> list[tuple[Path, str]]:
    """The files no output may replace, with what to call each (the data and the audit key)."""
    key = settings.audit_key_path()
    files = [(key, "the audit key"), (key.with_suffix(".anchor"), "the audit trail's anchor")]
    path = database_file(settings)
    if path is not None:
        files += [
            (path, "the database"),
            (path.with_name(path.name + "-wal"), "the database's journal (-wal)"),
            (path.with_name(path.name + "-shm"), "the database's index (-shm)"),
        ]
    return files


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
    A SQLite file is checked first (kiosk/store/installation.py): a damaged
    one, or one missing where this installation had one, is a DatabaseError
    whose message names the next step, never a fresh empty start. The schema
    version is read without the write lock; only a database behind it is
    migrated.
    """
    # installation.py builds on this module (its errors, the file names).
    from kiosk.store.installation import after_open, before_open, server_key  # noqa: PLC0415

    url = settings.database_url
    path = database_file(settings)
    if path is not None:
        before_open(settings, path)
    if not url or urlparse(url).scheme in ("sqlite", "apsw"):
        path = path or (sqlite_file(url) if url else settings.database_path())
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
        _connect(db, path, max(settings.busy_timeout_seconds, START_PATIENCE))
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
    if path is not None:
        for file in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            make_private(file)
    if migrate:
        if behind(db):
            migrate_to_latest(db)
        if schema_version(db) is None:
            # Without this the kiosk would start and fail at the first save.
            raise DatabaseError(f"the program's schema migrations are missing from {MIGRATIONS}")
    if path is not None:
        after_open(settings)
    elif schema_version(db) is not None:
        try:
            server_key(settings)
        except DatabaseError:
            close_database(db)  # refused: no connection left behind
            raise
        # The start-up's connection goes back to the pool: every later unit of
        # work takes one and gives it back, whichever thread it runs on.
        db.close()
    return db


def check_integrity(db: Database, path: Path) -> None:
    """SQLite's quick_check (no index cross-checks: fast on a large database).

    Raises DatabaseError naming the damage and the next step; a lock held by
    another program is raised as it is, for the caller to wait on.
    """
    try:
        cursor = db.execute_sql("PRAGMA quick_check(1)")  # type: ignore[no-untyped-call]
        rows = [row[0] for row in cursor.fetchall()]
    except Exception as error:  # the driver's own types: "file is not a database" ...
        if _locked(error):
            raise
        raise damaged(path, error) from None
    if rows != ["ok"]:
        raise damaged(path, rows[0] if rows else "unreadable")


def damaged(path: Path, complaint: object) -> DatabaseError:
    """The error for a database file SQLite finds damaged."""
    return DatabaseError(
        f"the database {path} is damaged ({one_line(complaint)}); {RESTORE_NEXT_STEP}"
    )


def one_line(complaint: object) -> str:
    """SQLite's complaint on one line (its reports span several)."""
    return " ".join(str(complaint).split())


def behind(db: Database) -> bool:
    """Whether migrations are waiting (read without taking the write lock)."""
    return any(
        m.applied is None and m.path is not None for m in Runner(db, str(MIGRATIONS)).status()
    )


def _connect(db: Database, path: Path | None, patience: float) -> None:
    """Connect (and check a SQLite file), waiting while another process holds a lock.

    Switching a brand-new file to WAL needs a moment alone with it, and a
    backup or a migration may hold the database for a while; SQLite then
    answers "locked" at once rather than calling the busy handler, so we wait
    here instead, up to `patience` seconds, then say so plainly.
    """
    deadline = time.monotonic() + patience
    while True:
        try:
            db.connect(reuse_if_open=True)
            if path is not None:
                check_integrity(db, path)
            return
        except DatabaseError:
            db.close()
            raise
        except Exception as error:  # the drivers raise their own types
            db.close()
            if not _locked(error):
                if path is not None and _damaged(error):
                    raise damaged(path, error) from None
                raise DatabaseError(f"cannot open the database: {error}") from error
            if time.monotonic() > deadline:
                raise DatabaseError(
                    f"the database is still locked by another program after {patience:g} s "
                    f"({error}); wait for it to finish, or restart this computer"
                ) from error
            time.sleep(0.1)


def _locked(error: Exception) -> bool:
    return "locked" in str(error) or "busy" in str(error).lower()


def _damaged(error: Exception) -> bool:
    return any(word in str(error) for word in ("not a database", "malformed", "corrupt"))


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
