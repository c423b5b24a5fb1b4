"""Start-up checks of an installation's files: the database, the audit key and its anchor.

A brand-new installation (no database yet) gets its audit key and anchor
here, and only here. Afterwards a missing or empty database beside an
existing anchor is a lost database, never a fresh start; a missing or empty
key is an error naming the file, never silently replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditKeyError, AuditTrail, load_key, load_or_create_key
from kiosk.store.audit_anchor import AnchorError, AuditAnchor, anchor_path
from kiosk.store.database import RESTORE_NEXT_STEP, DatabaseError, database_file

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


def open_audit(settings: Settings) -> AuditTrail:
    """The installation's audit trail: its key (never made here) and, on SQLite, its anchor."""
    key_path = settings.audit_key_path()
    key = load_key(key_path)
    anchored = database_file(settings) is not None
    return AuditTrail(key, anchor_path(key_path) if anchored else None)
