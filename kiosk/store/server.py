"""The clinic server: PostgreSQL through psycopg 3, a pool that outlives a lost connection."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from peewee import Database, DatabaseProxy, InterfaceError, OperationalError
from playhouse.postgres_ext import PooledPsycopg3Database

log = logging.getLogger(__name__)

# pg_advisory locks are numbered; these are the kiosk's own (any 64-bit number
# no other program on the clinic's server uses).
MIGRATION_LOCK = 0x6B696F736B01  # "kiosk" 01
AUDIT_LOCK = 0x6B696F736B02

# A kiosk, a staff screen and their worker threads: a few connections each.
MOST_CONNECTIONS = 8
# Connections older than this are closed on their way back to the pool, so a
# server's idle timeout or a firewall's silent drop never bites a kiosk.
STALE_SECONDS = 300

T = TypeVar("T")


class ClinicServerDatabase(PooledPsycopg3Database):  # type: ignore[misc]
    """PostgreSQL with a pool of connections that recovers from a lost connection.

    When the server restarts, or an administrator ends a session, the
    connection a thread holds is dead. A statement outside a transaction, or
    the BEGIN of a new one, is then tried once more on a fresh connection
    from the pool; a transaction that was cut short fails as a whole (the
    server discarded it) and the next unit of work gets a fresh connection.
    So the program never needs a restart after the server comes back.
    """

    def _initialize_connection(self, conn: Any) -> None:
        # The screens' queries read a page of rows: starting parallel workers
        # costs more than it saves (hundreds of ms on a busy small server).
        conn.execute("SET max_parallel_workers_per_gather = 0")

    def execute_sql(self, sql: str, params: Sequence[Any] | None = None, **options: Any) -> Any:
        parent = super().execute_sql
        if self.in_transaction():
            return parent(sql, params, **options)
        return self._again_if_lost(lambda: parent(sql, params, **options))

    def begin(self, *args: Any, **kwargs: Any) -> None:
        parent = super().begin
        self._again_if_lost(lambda: parent(*args, **kwargs))

    def rollback(self) -> None:
        # A connection the server dropped has no transaction left to roll
        # back; failing here would hide the error that ended the transaction.
        if self.connection_lost():
            self._forget_connection()
            return
        super().rollback()

    def commit(self) -> None:
        try:
            super().commit()
        except (OperationalError, InterfaceError):
            if self.connection_lost():
                self._forget_connection()
            raise

    def connection_lost(self) -> bool:
        """Whether this thread's connection is closed or broken (the server went away)."""
        if self.is_closed():
            return False
        connection = self._state.conn
        return bool(connection.closed or connection.broken)

    def _again_if_lost(self, attempt: Callable[[], T]) -> T:
        try:
            return attempt()
        except (OperationalError, InterfaceError):
            if not self.connection_lost():
                raise
            log.info("the database server dropped a connection; trying a new one")
            self._forget_connection()
            return attempt()

    def _forget_connection(self) -> None:
        """Close this thread's dead connection without returning it to the pool."""
        transactions = self._state.transactions
        self._state.transactions = []
        try:
            self.manual_close()
        finally:
            self._state.transactions = transactions


def open_server(url: str, patience: float) -> Database:
    """The database on a clinic's PostgreSQL server at `url` (not yet connected).

    `patience` (seconds) bounds how long a thread waits for a free pooled
    connection, and how long a connection attempt may take.
    """
    db: Database = ClinicServerDatabase(
        url,
        max_connections=MOST_CONNECTIONS,
        stale_timeout=STALE_SECONDS,
        timeout=patience,
        connect_timeout=max(1, round(patience)),
    )
    return db


def is_server(db: Database | DatabaseProxy) -> bool:
    """Whether `db` (or the database a proxy stands for) is a clinic server, not SQLite."""
    return isinstance(getattr(db, "obj", db), ClinicServerDatabase)


def take_lock(db: Database | DatabaseProxy, lock: int) -> None:
    """Hold PostgreSQL advisory lock `lock` until the current transaction ends (on SQLite, nothing:
    its write lock already serialises writers)."""
    server = getattr(db, "obj", db)
    if isinstance(server, ClinicServerDatabase):
        server.execute_sql("SELECT pg_advisory_xact_lock(%s)", (lock,))


def close_pool(db: Database) -> bool:
    """Close every pooled connection of a clinic server; False when `db` is not one."""
    if not isinstance(db, ClinicServerDatabase):
        return False
    db.close_all()
    return True


def driver_version() -> str:
    """The PostgreSQL driver's version and its libpq's, as the self-test reports them."""
    import psycopg  # noqa: PLC0415  (only a clinic server needs it loaded)

    libpq = psycopg.pq.version()
    implementation = psycopg.pq.__impl__
    return f"psycopg {psycopg.__version__} ({implementation}, libpq {libpq // 10000}.{libpq % 100})"
