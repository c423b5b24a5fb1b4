"""The audit trail's anchor: its newest event, kept beside the key, outside the database.

The hash chain shows an event altered or removed in the middle of the trail,
but not the newest events removed (or all of them): what is left is still a
sound chain. The anchor closes that gap. It is one line of JSON beside the
audit key (`audit.anchor`) naming the newest event stored, its hash, and an
HMAC of both with the audit key:

    {"event": 1234, "hash": "<64 hex>", "mac": "<64 hex>"}

- It is written after the event's transaction commits, never before, so it is
  never ahead of the database; a crash in between leaves it one event
  behind, which is harmless (only the newest events since are unanchored).
- It is replaced whole (a temporary file, fsync, rename), so a crash leaves
  the old line or the new one, never half of one.
- Writers on this machine take turns through an advisory lock on a file
  beside it (`audit.anchor.lock`), and the anchor only moves forward: it moves to a newer event only
  while the event it names is still stored with its hash, so removing the
  newest events is reported until someone restores them.
- `verify` reports the anchored event missing (events removed) or changed.
- A brand-new installation writes it with event 0 (an empty trail); its
  presence also says that this installation had a database before.

With several machines writing to one server (PostgreSQL) a file on one of
them cannot follow the whole trail: the anchor is then not used (the server's
own backups and access control protect the newest events).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.setup.files import create_private, written_whole

GENESIS = "0" * 64


class AnchorError(RuntimeError):
    """The anchor file cannot be read or does not match the key; the message names it."""


@dataclass(frozen=True)
class AnchorMark:
    """The newest event known stored: its id (0 for an empty trail) and its hash."""

    event_id: int
    event_hash: str


def anchor_path(key_path: Path) -> Path:
    """Where the anchor of the key at `key_path` is kept: beside it, `audit.anchor`."""
    return key_path.with_suffix(".anchor")


class AuditAnchor:
    """Reads and advances the anchor file; writers take turns on `audit.anchor.lock`."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        self._key = key
        self._lock_file = path.with_name(path.name + ".lock")

    def read(self) -> AnchorMark | None:
        """The anchored event, or None when there is no anchor file."""
        try:
            text = self.path.read_text(encoding="ascii")
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise AnchorError(f"the audit anchor {self.path} cannot be read: {error}") from None
        try:
            line = json.loads(text)
            mark = AnchorMark(int(line["event"]), str(line["hash"]))
            sound = hmac.compare_digest(str(line["mac"]), self._mac(mark))
        except (ValueError, KeyError, TypeError):
            sound = False
        if not sound:
            raise AnchorError(f"the audit anchor {self.path} is damaged or was edited")
        return mark

    def write(self, mark: AnchorMark) -> None:
        """Replace the anchor with `mark`, whole and durably."""
        line = {"event": mark.event_id, "hash": mark.event_hash, "mac": self._mac(mark)}
        with written_whole(self.path) as partial:
            partial.write_text(json.dumps(line) + "\n", encoding="ascii")

    @contextlib.contextmanager
    def turn(self) -> Iterator[None]:
        """This process's turn to read and advance the anchor (an advisory lock)."""
        if os.name != "posix":
            yield
            return
        import fcntl  # noqa: PLC0415  (POSIX only)

        create_private(self._lock_file)
        descriptor = os.open(self._lock_file, os.O_RDONLY)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            yield
        finally:
            os.close(descriptor)

    def _mac(self, mark: AnchorMark) -> str:
        message = f"{mark.event_id}:{mark.event_hash}".encode("ascii")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()
