"""Keeping data no longer than needed: purge, erasure, and the expiry of abandoned drafts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from peewee import SqliteDatabase

from kiosk.store.consultations import Status
from kiosk.store.models import Client, Consultation, HelpRequestRow, database
from kiosk.store.transaction import after_commit

log = logging.getLogger(__name__)


class ClientNotFound(LookupError):
    """No client has that id."""


def purge_older_than(days: int, now: datetime) -> int:
    """Delete consultations started more than `days` ago; returns how many."""
    cutoff = now - timedelta(days=days)
    with database.atomic():
        count = int(Consultation.delete().where(Consultation.started_at < cutoff).execute())
        _delete_clients_without_consultations()
        # Calls for help are kept no longer than the consultations they belong to.
        HelpRequestRow.delete().where(HelpRequestRow.asked_at < cutoff).execute()
    if count:
        after_commit(clear_journal)
    log.info("purged %d consultations older than %d days", count, days)
    return count


def erase_client(client_id: int) -> int:
    """Erase a client and every consultation of theirs; returns how many consultations."""
    with database.atomic():
        client = Client.get_or_none(Client.id == client_id)
        if client is None:
            raise ClientNotFound(client_id)
        theirs = Consultation.select(Consultation.public_id).where(Consultation.client == client)
        HelpRequestRow.delete().where(HelpRequestRow.consultation_public_id.in_(theirs)).execute()
        count = int(Consultation.delete().where(Consultation.client == client).execute())
        client.delete_instance()
    after_commit(clear_journal)
    log.info("erased client %d and %d consultations", client_id, count)
    return count


def drop_stale_drafts(now: datetime, hours: int) -> int:
    """Drafts idle for `hours`: abandoned, and their answers and name dropped.

    A kiosk that crashed leaves drafts `in_progress`; those are abandoned here
    too. Returns how many drafts lost their answers.
    """
    cutoff = now - timedelta(hours=hours)
    stale = (Consultation.status.in_([Status.IN_PROGRESS, Status.ABANDONED])) & (
        Consultation.updated_at < cutoff
    )
    with database.atomic():
        count = int(
            Consultation.update(
                status=Status.ABANDONED,
                answers=None,
                answers_dropped_at=now,
                client=None,
            )
            .where(stale & Consultation.answers_dropped_at.is_null())
            .execute()
        )
        _delete_clients_without_consultations()
    if count:
        after_commit(clear_journal)
        log.info("dropped the answers of %d abandoned drafts", count)
    return count


def _delete_clients_without_consultations() -> None:
    used = Consultation.select(Consultation.client).where(Consultation.client.is_null(False))
    Client.delete().where(Client.id.not_in(used)).execute()


def clear_journal() -> None:
    """Leave no copy of erased rows in SQLite's write-ahead log.

    The database runs with secure_delete, so the rows' own pages are
    overwritten with zeros; their earlier versions may still sit in the
    -wal file, which a TRUNCATE checkpoint copies back and empties. (The
    -shm file holds only the log's index, never row data.) A kiosk reading
    at that moment keeps its snapshot, the checkpoint then waits for it
    up to the busy timeout; if it cannot finish, the next erasure, or the
    next checkpoint SQLite makes, clears the rest.
    """
    if not _is_sqlite():
        return
    try:
        cursor = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        busy = cursor.fetchone()[0]
    except Exception as error:  # the driver's own types
        log.warning("the journal could not be cleared after an erasure: %s", error)
        return
    if busy:
        log.warning("the journal could not be cleared after an erasure: a reader was busy")


def _is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)
