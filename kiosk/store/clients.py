"""Finding clients by name or date of birth, as the staff queue's search does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from peewee import JOIN, fn

from kiosk.store.models import Client, Consultation
from kiosk.store.queue import search_conditions


@dataclass(frozen=True)
class ClientMatch:
    """A client found by a search, with how many consultations they have."""

    client_id: int
    first_name: str
    last_name: str
    date_of_birth: date | None
    consultations: int


def find_clients(text: str, limit: int = 50) -> list[ClientMatch]:
    """Clients whose first or last name starts with each word, or born on the date typed.

    The same matching as the queue's search box (folded name keys, prefix
    ranges that use the indexes), so a name found on screen is found here.
    """
    conditions = search_conditions(text)
    if not conditions:
        return []
    query = (
        Client.select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.date_of_birth,
            fn.COUNT(Consultation.id),
        )
        .join(Consultation, JOIN.LEFT_OUTER, on=Consultation.client == Client.id)
        .group_by(Client.id)
        .order_by(Client.last_name_key, Client.first_name_key, Client.id)
        .limit(limit)
    )
    for condition in conditions:
        query = query.where(condition)
    rows: Any = query.tuples()
    return [
        ClientMatch(client_id, first, last, born, int(count))
        for client_id, first, last, born, count in rows
    ]


def client_of(public_id: str) -> int | None:
    """The id of the client a consultation belongs to (None: no name given yet, or no such one)."""
    row = (
        Consultation.select(Consultation.client)
        .where(Consultation.public_id == public_id)
        .tuples()
        .first()
    )
    return None if row is None or row[0] is None else int(row[0])
