"""Clients who have been here before, found by date of birth: persistence only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.store.consultations import Status
from kiosk.store.models import Client, Consent, Consultation
from kiosk.store.names import name_key


@dataclass(frozen=True)
class EarlierConsent:
    """What the client signed last time: the notice's version and hash, the name and signature."""

    text_version: str
    text_hash: str
    typed_name: str
    signature_png: bytes = field(repr=False)


@dataclass(frozen=True)
class KnownClient:
    """A client on record, with what their last finished consultation said.

    Attributes:
        client_id: the client's row.
        first_name, last_name, date_of_birth, phone, email: as last given.
        last_consultation: the latest finished consultation's public id, if any.
        last_answers: its answers (empty once the retention period dropped them).
        last_consent: what they signed then.
    """

    client_id: int
    first_name: str
    last_name: str
    date_of_birth: date | None
    phone: str | None = field(repr=False)
    email: str | None = field(repr=False)
    last_consultation: str | None = None
    last_submitted_at: datetime | None = None
    last_answers: dict[str, object] = field(default_factory=dict, repr=False)
    last_consent: EarlierConsent | None = None

    @property
    def initials(self) -> str:
        """The first letters of the first and last names, folded (no case, no accents)."""
        return initials_of(self.first_name, self.last_name)


def initials_of(first: str, last: str) -> str:
    """Two letters, folded as names are searched: "Ana Silva" and "ÁNA silva" both give "as"."""
    return "".join(name_key(part)[:1] for part in (first, last))


def clients_born_on(born: date) -> list[KnownClient]:
    """Every client with this date of birth, each with their last finished consultation."""
    found = []
    for client in Client.select().where(Client.date_of_birth == born).order_by(Client.id):
        last = (
            Consultation.select()
            .where(
                (Consultation.client == client)
                & Consultation.status.not_in([Status.IN_PROGRESS.value, Status.ABANDONED.value])
            )
            .order_by(Consultation.submitted_at.desc(), Consultation.id.desc())
            .first()
        )
        consent = None if last is None else Consent.get_or_none(Consent.consultation == last)
        found.append(
            KnownClient(
                client_id=client.id,
                first_name=client.first_name,
                last_name=client.last_name,
                date_of_birth=client.date_of_birth,
                phone=client.phone,
                email=client.email,
                last_consultation=None if last is None else last.public_id,
                last_submitted_at=None if last is None else last.submitted_at,
                last_answers=json.loads(last.answers) if last is not None and last.answers else {},
                last_consent=None
                if consent is None
                else EarlierConsent(
                    text_version=consent.text_version,
                    text_hash=consent.text_hash,
                    typed_name=consent.typed_name,
                    signature_png=bytes(consent.signature_png),
                ),
            )
        )
    return found


@dataclass(frozen=True)
class StoredVisit:
    """One finished consultation of a client, as staff compare it.

    Attributes:
        public_id: the consultation.
        submitted_at: when the client finished (UTC).
        status: where it is (submitted, approved ...).
        recommended_treatment: the plan's treatment code, if any.
        snapshot: the stored record's JSON (None if it was erased).
    """

    public_id: str
    submitted_at: datetime | None
    status: str
    recommended_treatment: str | None
    snapshot: str | None = field(repr=False)


def visits_of_client_of(public_id: str) -> list[StoredVisit]:
    """Every finished consultation of the client of `public_id` (itself included), newest first.

    Empty when the consultation has no client on record.
    """
    this = Consultation.get_or_none(Consultation.public_id == public_id)
    client = None if this is None else this.client
    if client is None:
        return []
    rows = (
        Consultation.select()
        .where(
            (Consultation.client == client)
            & Consultation.status.not_in([Status.IN_PROGRESS.value, Status.ABANDONED.value])
        )
        .order_by(Consultation.submitted_at.desc(), Consultation.id.desc())
    )
    return [
        StoredVisit(
            public_id=row.public_id,
            submitted_at=row.submitted_at,
            status=row.status,
            recommended_treatment=row.recommended_treatment,
            snapshot=row.snapshot,
        )
        for row in rows
    ]
