"""Backups through SQLite's online backup API, checked before they are trusted.

A backup is written to a hidden partial file beside its final name
(`.NAME.TOKEN.partial`, owner-only) and renamed once checked. A run that is
killed leaves that file behind; the next backup or restore removes such
leftovers, skipping any that a run still going holds (an advisory lock).
A backup is bounded in time: a database it cannot read makes it fail with a
reason, never spin. Restore keeps its safety copies to the newest few, and
refuses while a kiosk or staff screen has the database open (in_use.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import apsw

from kiosk.setup.files import create_private, partial_name, private_folder
from kiosk.store.fields import utc_now
from kiosk.store.in_use import DatabaseInUse, exclusive_use

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# Long enough for a large database on a slow USB stick; a backup still
# copying after this is stopped with a reason.
TIME_LIMIT_SECONDS = 600.0
SAFETY_COPIES_KEPT = 3
PAGES_PER_STEP = 1024
LEFTOVER = re.compile(r"^\..+\.[0-9a-f]{8}\.partial(-journal|-wal|-shm)?$")


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why, plainly."""


def backup_name(now: datetime) -> str:
    """The file name a backup gets inside a folder."""
    return f"consultations-{now:%Y%m%d-%H%M%S}.sqlite3"


def back_up(
    database: Path,
    destination: Path,
    now: datetime | None = None,
    time_limit: float = TIME_LIMIT_SECONDS,
) -> Path:
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
    if target.exists() or target.is_symlink():
        raise BackupError(f"{target} already exists; choose another name")
    if not database.is_file() or database.stat().st_size == 0:
        raise BackupError(f"there is no database at {database}")
    remove_leftovers(target.parent)
    with _partial(target) as partial:
        try:
            _copy(database, partial, standalone=True, time_limit=time_limit)
            problem = integrity_problem(partial)
            if problem is not None:
                raise BackupError(f"the copy failed its integrity check: {problem}")
            os.replace(partial, target)
        except apsw.Error as error:
            raise BackupError(f"the backup failed: {error}") from None
        except OSError as error:
            raise BackupError(f"cannot write the backup: {error.strerror or error}") from None
    log.info("backup written (%d bytes)", target.stat().st_size)
    return target


def restore(backup: Path, database: Path, now: datetime | None = None) -> Path:
    """Replace the live database's contents with a checked backup.

    The current database is first backed up beside itself (its path is
    returned), so a restore can itself be undone; only the newest
    SAFETY_COPIES_KEPT such copies are kept. Refused (DatabaseInUse) while a
    kiosk or staff screen has the database open.
    """
    check_backup(backup)
    if not database.parent.is_dir():
        raise BackupError(f"the folder {database.parent} does not exist")
    with exclusive_use(database):
        stamp = f"{now or utc_now():%Y%m%d-%H%M%S}"
        safety = database.with_name(f"{database.stem}.before-restore-{stamp}.sqlite3")
        if database.is_file() and database.stat().st_size > 0:
            back_up(database, safety, now)
        private_folder(database.parent)
        create_private(database)
        try:
            _copy(backup, database, standalone=False, time_limit=TIME_LIMIT_SECONDS)
        except apsw.Error as error:
            raise BackupError(f"the restore failed: {error}") from None
    keep_newest_safety_copies(database)
    log.info("database restored from a backup")
    return safety


def keep_newest_safety_copies(database: Path, kept: int = SAFETY_COPIES_KEPT) -> list[Path]:
    """Delete all but the newest `kept` safety copies beside `database`; returns those deleted."""
    copies = sorted(database.parent.glob(f"{database.stem}.before-restore-*.sqlite3"))
    old = copies[:-kept] if kept else copies
    for copy in old:
        copy.unlink(missing_ok=True)
    return old


def remove_leftovers(folder: Path) -> int:
    """Delete the partial files that killed backups and restores left in `folder`."""
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in folder.iterdir():
            if LEFTOVER.match(leftover.name) and _abandoned(leftover):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed += 1
    if removed:
        log.info("removed %d partial files of earlier interrupted backups", removed)
    return removed


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


@contextlib.contextmanager
def _partial(target: Path) -> Iterator[Path]:
    """A fresh owner-only partial file beside `target`, held (locked) while it is written."""
    partial = partial_name(target)
    create_private(partial)
    holder = _hold(partial)
    try:
        yield partial
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
        if holder is not None:
            os.close(holder)


def _hold(path: Path) -> int | None:
    """Mark `path` as being written by this process (POSIX advisory lock)."""
    if os.name != "posix":
        return None
    import fcntl  # noqa: PLC0415  (POSIX only)

    descriptor = os.open(path, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_SH)
    return descriptor


def _abandoned(path: Path) -> bool:
    """Whether no running backup holds `path` (its journal files follow their partial)."""
    main = Path(re.sub(r"-(journal|wal|shm)$", "", str(path)))
    if os.name != "posix" or not main.exists():
        return True
    import fcntl  # noqa: PLC0415  (POSIX only)

    try:
        descriptor = os.open(main, os.O_RDONLY)
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(descriptor)
    return True


def _copy(source: Path, target: Path, standalone: bool, time_limit: float) -> None:
    """The online backup API, from one database file to another, within `time_limit` seconds.

    A `standalone` copy (a backup file) is switched out of WAL mode, so it
    is one file with nothing beside it.
    """
    deadline = time.monotonic() + time_limit
    source_connection = apsw.Connection(str(source), flags=apsw.SQLITE_OPEN_READONLY)
    target_connection = apsw.Connection(str(target))
    try:
        source_connection.setbusytimeout(5_000)
        target_connection.setbusytimeout(15_000)
        with target_connection.backup("main", source_connection, "main") as copy:
            while not copy.done:
                if time.monotonic() > deadline:
                    raise BackupError(
                        f"the copy did not finish within {time_limit:g} seconds "
                        "(is the database readable, and its -shm file writable?)"
                    )
                try:
                    copy.step(PAGES_PER_STEP)
                except (apsw.BusyError, apsw.LockedError):
                    time.sleep(0.05)  # a writer holds it for a moment; try again
        if standalone:
            target_connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        target_connection.close()
        source_connection.close()


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))


__all__ = [
    "BackupError",
    "DatabaseInUse",
    "back_up",
    "check_backup",
    "integrity_problem",
    "keep_newest_safety_copies",
    "remove_leftovers",
    "restore",
]
