"""Start-up checks of an installation's files: the database, the audit key and its anchor.

A brand-new installation (no database yet) gets its audit key and anchor
here, and only here. Afterwards a missing or empty database beside an
existing anchor is a lost database, never a fresh start; a missing or empty
key is an error naming the file, never silently replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

import apsw

from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditAction, AuditKeyError, AuditTrail, load_key, load_or_create_key
from kiosk.store.audit_anchor import GENESIS, AnchorError, AnchorMark, AuditAnchor, anchor_path
from kiosk.store.database import RESTORE_NEXT_STEP, DatabaseError, database_file
from kiosk.store.fields import utc_now
from kiosk.store.in_use import hold_shared
from kiosk.store.models import AuditEvent, database
from kiosk.store.server import AUDIT_LOCK, take_lock
from kiosk.store.transaction import transaction

log = logging.getLogger(__name__)


def before_open(settings: Settings, database: Path) -> None:
    """Refuse a lost database; make the key of a brand-new installation."""
    key_path = settings.audit_key_path()
    anchor = anchor_path(key_path)
    present = database.is_file() and database.stat().st_size > 0
    if present:
        return
    if anchor.exists():
        state = "empty" if database.exists() else "missing"
        raise DatabaseError(
            f"the database {database} is {state}, but this installation had one "
            f"(its audit trail is anchored in {anchor}); {RESTORE_NEXT_STEP}"
        )
    try:
        load_or_create_key(key_path)
    except AuditKeyError as error:
        raise DatabaseError(str(error)) from None


def after_open(settings: Settings) -> None:
    """Anchor the trail of a new installation (or of one from before anchors existed)."""
    key_path = settings.audit_key_path()
    try:
        key = load_key(key_path)
        anchor = AuditAnchor(anchor_path(key_path), key)
        with anchor.turn():
            if anchor.read() is None:
                mark = AuditTrail(key).newest_mark()
                if mark.event_id:
                    log.warning("the audit trail had no anchor; it is anchored at its newest event")
                anchor.write(mark)
    except (AuditKeyError, AnchorError) as error:
        raise DatabaseError(str(error)) from None


SERVER_KEY_STEP = (
    "copy audit.key from the machine that made it, as README 'A clinic server' step 6 says "
    "(a new key would make every event already stored read as altered)"
)


def server_key(settings: Settings) -> None:
    """On a clinic server: the first machine makes the clinic's audit key; a machine that lacks
    it once the trail has events is refused, with the step that fixes it (never a new key)."""
    key_path = settings.audit_key_path()
    if key_path.exists():
        return
    with transaction():
        # Machines starting together take turns; the first one's event, made
        # with the key it made, tells every later one that the clinic has a key.
        take_lock(database, AUDIT_LOCK)
        if key_path.exists():
            return  # made meanwhile by another program on this machine
        if AuditEvent.select(AuditEvent.id).limit(1).exists():
            raise DatabaseError(
                f"the audit key {key_path} is missing on this machine, and the clinic "
                f"server's audit trail already has events: {SERVER_KEY_STEP}"
            )
        try:
            key = load_or_create_key(key_path)
        except AuditKeyError as error:
            raise DatabaseError(str(error)) from None
        AuditTrail(key).record(
            AuditAction.KEY_MADE, utc_now(), detail={"machine": settings.kiosk_id}
        )
    log.info("this is the first machine on the clinic server: it made the clinic's audit key")


def open_audit(settings: Settings) -> AuditTrail:
    """The installation's audit trail: its key (never made here) and, on SQLite, its anchor."""
    key_path = settings.audit_key_path()
    key = load_key(key_path)
    anchored = database_file(settings) is not None
    return AuditTrail(key, anchor_path(key_path) if anchored else None)


def reanchor_after_restore(settings: Settings) -> None:
    """Anchor the trail of a restored database at its own newest event.

    A backup's trail ends before the anchor of the database it replaces; the
    restore itself is then the next event recorded, so the trail says when
    (and by whom) the newer events were given up.
    """
    key_path = settings.audit_key_path()
    key = load_key(key_path)
    path = database_file(settings)
    if path is None:
        return
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        row = connection.execute(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    anchor = AuditAnchor(anchor_path(key_path), key)
    with anchor.turn():
        anchor.write(AnchorMark(int(row[0]), str(row[1])) if row else AnchorMark(0, GENESIS))


def hold_while_running(settings: Settings) -> None:
    """Mark the SQLite database in use by this kiosk or staff screen (see in_use.py)."""
    path = database_file(settings)
    if path is not None:
        hold_shared(path)
