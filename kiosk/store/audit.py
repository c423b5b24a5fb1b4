"""The audit trail: who did what and when, each event's hash chained to the one before.

Each hash is an HMAC keyed with a secret kept outside the database (a file in
the config folder), so someone who can edit the database cannot forge a
consistent chain. `verify` walks the chain and names the first event that was
altered, or after which events were removed or reordered; the anchor beside
the key (kiosk/store/audit_anchor.py) shows the newest events removed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk.setup.files import private_folder
from kiosk.store.audit_anchor import AnchorError, AnchorMark, AuditAnchor
from kiosk.store.fields import TIMESTAMP_FORMAT
from kiosk.store.models import AuditEvent, database
from kiosk.store.server import AUDIT_LOCK, take_lock
from kiosk.store.transaction import after_commit

log = logging.getLogger(__name__)


class AuditAction(StrEnum):
    """What an audit event records; the staff screen has a word for each."""

    SIGN_IN = "sign_in"
    SIGN_IN_REFUSED = "sign_in_refused"
    REFUSED = "refused"  # a member asked for something their role may not do
    VIEW = "view"
    DECISION = "decision"
    NOTE = "note"
    ARRIVAL = "arrival"
    HELP_ANSWERED = "help_answered"  # someone went to a client who asked for help
    PREVIEW = "preview"
    PRINT = "print"
    REPRINT = "reprint"  # a copy of the handout written to a file
    EXPORT = "export"
    PURGE = "purge"
    ERASE = "erase"
    STAFF_ADDED = "staff_added"
    PIN_RESET = "pin_reset"
    UNLOCKED = "unlocked"
    DEMO_SEEDED = "demo_seeded"
    RESTORE = "restore"  # the database replaced by a backup
    KEY_MADE = "key_made"  # the first machine on a clinic server made the clinic's key


GENESIS = "0" * 64
KEY_BYTES = 32


class AuditKeyError(RuntimeError):
    """The audit key cannot be read or made."""


RESTORE_KEY = (
    "restore it from the installation's backup (a new key would make the whole trail "
    "read as tampered)"
)


def load_key(path: Path) -> bytes:
    """The audit key at `path`; a missing, empty or damaged key is an AuditKeyError."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise AuditKeyError(f"the audit key {path} is missing: {RESTORE_KEY}") from None
    except (OSError, ValueError) as error:
        raise AuditKeyError(f"the audit key {path} cannot be read: {error}") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < KEY_BYTES:
        raise AuditKeyError(f"the audit key {path} is empty or damaged: {RESTORE_KEY}")
    return key


def load_or_create_key(path: Path) -> bytes:
    """The audit key at `path`, made (readable by this user only) when there is none.

    Only a brand-new installation (no database yet) may make one; the
    start-up checks (kiosk/store/installation.py) decide that.
    """
    if path.exists():
        return load_key(path)
    private_folder(path.parent)
    key = secrets.token_bytes(KEY_BYTES)
    # Written whole under a private name first, then linked into place: another
    # process starting at the same moment sees either no key or the whole key,
    # never an empty file it would take for a damaged one.
    descriptor, draft = tempfile.mkstemp(prefix=".audit-key-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(key.hex())
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(draft, path)
        except FileExistsError:
            return load_key(path)  # another process made it first
    finally:
        os.unlink(draft)
    log.info("a new audit key was created")
    return key


@dataclass(frozen=True)
class AuditProblem:
    """The first place the chain breaks.

    Attributes:
        event_id: the event where it breaks.
        what: in words: altered, or events before it removed or reordered.
    """

    event_id: int
    what: str

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.what}"


@dataclass(frozen=True)
class AuditLine:
    """One event as staff read it.

    Attributes:
        detail: the event's JSON detail, or "" when it has none.
    """

    id: int
    at: datetime
    staff: str
    action: str
    consultation: str
    detail: str


class AuditTrail:
    """Records events and checks the chain.

    Details never hold a client's name or answers: an event names the
    consultation by its id only. With an `anchor`, the newest event stored is
    also kept outside the database (see kiosk/store/audit_anchor.py).
    """

    def __init__(self, key: bytes, anchor: Path | None = None) -> None:
        self._key = key
        self.anchor = AuditAnchor(anchor, key) if anchor is not None else None

    def record(
        self,
        action: str,
        now: datetime,
        *,
        staff: str | None = None,
        consultation: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """Add an event, chained to the newest one (in one write transaction).

        Appends take turns, so the chain never forks: SQLite's write lock
        already makes them; on a clinic server a lock held until the event's
        transaction commits does.
        """
        with database.atomic():
            take_lock(database, AUDIT_LOCK)
            # Only the id and hash: all a kiosk's database role may read of the trail.
            last = (
                AuditEvent.select(AuditEvent.id, AuditEvent.hash)
                .order_by(AuditEvent.id.desc())
                .first()
            )
            previous = last.hash if last is not None else GENESIS
            # The id is chosen here, under the lock, so the event is written once,
            # hash and all: the trail is insert-only (no UPDATE, on a server not even allowed).
            event = AuditEvent(
                id=(last.id + 1) if last is not None else 1,
                at=now,
                staff_username=staff,
                action=action,
                consultation_public_id=consultation,
                detail=json.dumps(detail or {}, sort_keys=True),
                previous_hash=previous,
            )
            event.hash = self._digest(event, previous)
            event.save(force_insert=True)
        if self.anchor is not None:
            mark = AnchorMark(int(event.id), event.hash)
            after_commit(lambda: self._advance(mark))

    def _advance(self, mark: AnchorMark) -> None:
        """Move the anchor to `mark`, if it is stored and the anchored event still is."""
        assert self.anchor is not None
        try:
            with self.anchor.turn():
                current = self.anchor.read()
                if current is not None and current.event_id >= mark.event_id:
                    return
                if not _stored(mark) or (current is not None and not _stored(current)):
                    # Rolled back, or the trail lost its anchored event: the
                    # anchor stays where it is, so verify keeps saying so.
                    return
                self.anchor.write(mark)
        except (OSError, AnchorError) as error:
            log.error("the audit anchor cannot be updated: %s", error)

    def verify(self) -> AuditProblem | None:
        """The first event that was altered or removed behind the application's back."""
        expected = GENESIS
        for event in AuditEvent.select().order_by(AuditEvent.id).iterator():
            if event.previous_hash != expected:
                return AuditProblem(event.id, "the event before it was removed, changed or moved")
            if not hmac.compare_digest(event.hash, self._digest(event, expected)):
                return AuditProblem(event.id, "this event was altered")
            expected = event.hash
        return self._anchor_problem()

    def _anchor_problem(self) -> AuditProblem | None:
        if self.anchor is None:
            return None
        try:
            mark = self.anchor.read()
        except AnchorError as error:
            return AuditProblem(0, str(error))
        if mark is None:
            return AuditProblem(0, f"its anchor {self.anchor.path} is missing")
        if mark.event_id == 0:
            return None
        stored = AuditEvent.get_or_none(AuditEvent.id == mark.event_id)
        if stored is None:
            return AuditProblem(mark.event_id, "this event and any after it were removed")
        if not hmac.compare_digest(stored.hash, mark.event_hash):
            return AuditProblem(mark.event_id, "this event was replaced")
        return None

    def newest_mark(self) -> AnchorMark:
        """The newest event stored (event 0 for an empty trail), to anchor an installation."""
        last = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
        return AnchorMark(int(last.id), last.hash) if last is not None else AnchorMark(0, GENESIS)

    def count(self) -> int:
        """How many events the trail holds."""
        return int(AuditEvent.select().count())

    def newest_first(self, before_id: int | None = None, limit: int = 200) -> list[AuditLine]:
        """Up to `limit` events older than event `before_id` (None: the newest), newest first."""
        query = AuditEvent.select().order_by(AuditEvent.id.desc()).limit(limit)
        if before_id is not None:
            query = query.where(AuditEvent.id < before_id)
        return [
            AuditLine(
                e.id,
                e.at,
                e.staff_username or "",
                e.action,
                e.consultation_public_id or "",
                e.detail if e.detail != "{}" else "",
            )
            for e in query
        ]

    def _digest(self, event: AuditEvent, previous: str) -> str:
        at = event.at.strftime(TIMESTAMP_FORMAT) if isinstance(event.at, datetime) else event.at
        fields = [
            event.id,
            at,
            event.staff_username,
            event.action,
            event.consultation_public_id,
            event.detail,
            previous,
        ]
        message = json.dumps(fields, separators=(",", ":")).encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _stored(mark: AnchorMark) -> bool:
    if mark.event_id == 0:
        return True
    event = AuditEvent.get_or_none(AuditEvent.id == mark.event_id)
    return event is not None and hmac.compare_digest(event.hash, mark.event_hash)
