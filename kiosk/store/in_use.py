"""Knowing that a kiosk or staff screen has the database open: a shared lock beside it.

Each running kiosk and staff screen holds a shared advisory lock (flock) on
`NAME.in-use` beside the database for as long as it runs; restore needs that
lock exclusively, so it refuses while any of them is open. The operating
system drops a lock when its process ends, even killed, so nothing stale
is ever left to clean up. (Windows has no flock: there restore cannot tell,
and says so in its help.)
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from kiosk.setup.files import create_private

# The descriptors this process holds its shared locks through, for its lifetime.
_held: dict[Path, int] = {}


class DatabaseInUse(RuntimeError):
    """A kiosk or staff screen has the database open; the message says what to do."""


def marker(database: Path) -> Path:
    """The file whose lock says the database is in use."""
    return database.with_name(database.name + ".in-use")


def hold_shared(database: Path) -> None:
    """Mark the database in use by this program until it exits (or `release`)."""
    if os.name != "posix" or database in _held:
        return
    import fcntl  # noqa: PLC0415  (POSIX only)

    path = marker(database)
    create_private(path)
    descriptor = os.open(path, os.O_RDONLY)
    fcntl.flock(descriptor, fcntl.LOCK_SH)
    _held[database] = descriptor


def release(database: Path) -> None:
    """Stop marking the database in use (closing the program does the same)."""
    descriptor = _held.pop(database, None)
    if descriptor is not None:
        os.close(descriptor)


@contextlib.contextmanager
def exclusive_use(database: Path) -> Iterator[None]:
    """The database to ourselves, or DatabaseInUse when a kiosk or staff screen has it open."""
    if os.name != "posix":
        yield
        return
    import fcntl  # noqa: PLC0415  (POSIX only)

    path = marker(database)
    create_private(path)
    descriptor = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise DatabaseInUse(
                "a kiosk or staff screen is using the database; close every kiosk and "
                "staff screen on this computer, then restore again"
            ) from None
        yield
    finally:
        os.close(descriptor)
