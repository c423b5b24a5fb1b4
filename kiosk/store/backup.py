"""Backups through SQLite's online backup API, checked before they are trusted."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

import apsw

from kiosk.store.fields import utc_now

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why, plainly."""


def backup_name(now: datetime) -> str:
    """The file name a backup gets inside a folder."""
    return f"consultations-{now:%Y%m%d-%H%M%S}.sqlite3"


def back_up(database: Path, destination: Path, now: datetime | None = None) -> Path:
    """Copy the live database to `destination` (a file, or a folder to put one in).

    The copy is made with the online backup API, so the kiosk can keep
    writing meanwhile; it is checked with `integrity_check` before it takes
    its final name. Returns the backup's path.
    """
    if not destination.exists() and not destination.suffix:
        # A name without an extension is a folder that is missing (a USB
        # stick not mounted, a typo), not a file to create in its parent.
        raise BackupError(f"the folder {destination} does not exist")
    target = destination / backup_name(now or utc_now()) if destination.is_dir() else destination
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    if target.exists():
        raise BackupError(f"{target} already exists; choose another name")
    if not database.exists():
        raise BackupError(f"there is no database at {database}")
    partial = target.with_name(f".{target.name}.partial")
    try:
        _copy(database, partial, standalone=True)
        problem = integrity_problem(partial)
        if problem is not None:
            raise BackupError(f"the copy failed its integrity check: {problem}")
        os.replace(partial, target)
    except apsw.Error as error:
        raise BackupError(f"the backup failed: {error}") from None
    except OSError as error:
        raise BackupError(f"cannot write the backup: {error.strerror}") from None
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    log.info("backup written (%d bytes)", target.stat().st_size)
    return target


def restore(backup: Path, database: Path, now: datetime | None = None) -> Path:
    """Replace the live database's contents with a checked backup.

    The current database is first backed up beside itself (its path is
    returned), so a restore can itself be undone. Stop the kiosk and staff
    screens before restoring.
    """
    check_backup(backup)
    if not database.parent.is_dir():
        raise BackupError(f"the folder {database.parent} does not exist")
    stamp = f"{now or utc_now():%Y%m%d-%H%M%S}"
    safety = database.with_name(f"{database.stem}.before-restore-{stamp}.sqlite3")
    if database.exists():
        back_up(database, safety, now)
    try:
        _copy(backup, database, standalone=False)
    except apsw.Error as error:
        raise BackupError(f"the restore failed: {error}") from None
    log.info("database restored from a backup")
    return safety


def check_backup(path: Path) -> None:
    """Refuse anything that is not a sound kiosk database."""
    if not path.is_file():
        raise BackupError(f"{path} does not exist")
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"{path} is not a database backup")
    problem = integrity_problem(path)
    if problem is not None:
        raise BackupError(f"{path} is damaged: {problem}")
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    if not {"consultation", "schema_migration"} <= tables:
        raise BackupError(f"{path} is a database, but not a kiosk backup")


def integrity_problem(path: Path) -> str | None:
    """None if SQLite's integrity_check passes on `path`, else its first complaint."""
    try:
        connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except apsw.Error as error:
        return str(error)
    return None if rows == ["ok"] else str(rows[0])


def _copy(source: Path, target: Path, standalone: bool) -> None:
    """The online backup API, from one database file to another.

    A `standalone` copy (a backup file) is switched out of WAL mode, so it
    is one file with nothing beside it.
    """
    source_connection = apsw.Connection(str(source), flags=apsw.SQLITE_OPEN_READONLY)
    target_connection = apsw.Connection(str(target))
    try:
        target_connection.setbusytimeout(15_000)
        with target_connection.backup("main", source_connection, "main") as copy:
            while not copy.done:
                copy.step(256)
        if standalone:
            target_connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        target_connection.close()
        source_connection.close()


def _sidecars(path: Path) -> tuple[Path, ...]:
    return (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
