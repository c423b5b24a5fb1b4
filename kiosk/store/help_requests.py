"""Help requests from the kiosks: stored once by their id, listed while open, answered by staff."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from kiosk.store.models import HelpRequestRow, database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HelpRequest:
    """A client at a kiosk asked for someone from the front desk.

    Holds no name and no answer: the kiosk, the page and the consultation's id say enough.

    Attributes:
        request_id: made at the kiosk, so a request delivered twice is stored once.
        kiosk_id: the kiosk the client stands at.
        page: the page the client was on (its name, such as "about_you").
        asked_at: when they asked (UTC).
        public_id: their consultation's id, once they have one (after the consent).
    """

    request_id: str
    kiosk_id: str
    page: str
    asked_at: datetime
    public_id: str | None = None


@dataclass(frozen=True)
class OpenHelpRequest:
    """A help request nobody has answered yet, as the staff queue shows it.

    Attributes:
        request: what the kiosk asked.
    """

    request: HelpRequest

    def minutes_waiting(self, now: datetime) -> int:
        """Whole minutes since the client asked (never negative)."""
        return max(0, int((now - self.request.asked_at).total_seconds() // 60))


class HelpRequestNotFound(LookupError):
    """No help request has that id."""


def record_help_request(request: HelpRequest) -> bool:
    """Store `request`; False if it was stored already (a delivery tried twice)."""
    with database.atomic():
        if HelpRequestRow.get_or_none(HelpRequestRow.request_id == request.request_id):
            return False
        HelpRequestRow.create(
            request_id=request.request_id,
            kiosk_id=request.kiosk_id,
            consultation_public_id=request.public_id,
            page=request.page,
            asked_at=request.asked_at,
        )
    log.info("help asked at kiosk %s (consultation %s)", request.kiosk_id, request.public_id)
    return True


def open_help_requests() -> list[OpenHelpRequest]:
    """Every help request not answered yet, the oldest first."""
    rows = (
        HelpRequestRow.select()
        .where(HelpRequestRow.answered_at.is_null())
        .order_by(HelpRequestRow.asked_at, HelpRequestRow.id)
    )
    return [
        OpenHelpRequest(
            HelpRequest(
                request_id=row.request_id,
                kiosk_id=row.kiosk_id,
                page=row.page,
                asked_at=row.asked_at,
                public_id=row.consultation_public_id,
            )
        )
        for row in rows
    ]


def answer_help_request(request_id: str, staff_username: str, now: datetime) -> HelpRequest:
    """Mark the request answered by `staff_username` (HelpRequestNotFound if there is none).

    Answering one already answered changes nothing (two staff tapped at once).
    """
    row = HelpRequestRow.get_or_none(HelpRequestRow.request_id == request_id)
    if row is None:
        raise HelpRequestNotFound(request_id)
    if row.answered_at is None:
        HelpRequestRow.update(answered_at=now, answered_by=staff_username).where(
            (HelpRequestRow.id == row.id) & HelpRequestRow.answered_at.is_null()
        ).execute()
    return HelpRequest(
        request_id=row.request_id,
        kiosk_id=row.kiosk_id,
        page=row.page,
        asked_at=row.asked_at,
        public_id=row.consultation_public_id,
    )
