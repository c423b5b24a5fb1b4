"""What staff see of a client's earlier visits: the list, and what changed since the last."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.record.snapshot import Snapshot, read_snapshot
from kiosk.store.returning import StoredVisit, visits_of_client_of


@dataclass(frozen=True)
class EarlierVisit:
    """An earlier consultation of the same client: when, where it ended up, what was suggested."""

    public_id: str
    submitted_at: datetime | None
    status: str
    treatment: str | None


@dataclass(frozen=True)
class ChangedAnswer:
    """A question answered differently from last time, in the words the client read."""

    link_id: str
    question: str
    before: str
    now: str


@dataclass(frozen=True)
class SinceLastVisit:
    """A consultation compared with the same client's previous one.

    Attributes:
        earlier: the client's earlier finished consultations, newest first.
        new_flags: the staff wording of flags raised now and not last time.
        cleared_flags: the staff wording of flags raised last time and not now.
        changed: the answers that differ (questions asked only once are left out).
    """

    earlier: tuple[EarlierVisit, ...]
    new_flags: tuple[str, ...] = ()
    cleared_flags: tuple[str, ...] = ()
    changed: tuple[ChangedAnswer, ...] = ()

    @property
    def first_visit(self) -> bool:
        """Nothing earlier is on record."""
        return not self.earlier


def since_last_visit(public_id: str) -> SinceLastVisit:
    """The client's earlier visits, and what changed between the last of them and `public_id`."""
    visits = visits_of_client_of(public_id)
    index = next((i for i, visit in enumerate(visits) if visit.public_id == public_id), None)
    if index is None:
        return SinceLastVisit(earlier=())
    earlier = visits[index + 1 :]
    summary = tuple(
        EarlierVisit(v.public_id, v.submitted_at, v.status, v.recommended_treatment)
        for v in earlier
    )
    now, before = _read(visits[index]), _read(earlier[0]) if earlier else None
    if now is None or before is None:
        return SinceLastVisit(earlier=summary)
    flags_now = {flag.rule: flag.staff_text for flag in now.assessment.flags}
    flags_before = {flag.rule: flag.staff_text for flag in before.assessment.flags}
    answered_before = {
        item.link_id: item
        for page in before.asked
        for item in page.items
        if item.answer is not None
    }
    changed = tuple(
        ChangedAnswer(item.link_id, item.text, previous.display or "", item.display or "")
        for page in now.asked
        for item in page.items
        if (previous := answered_before.get(item.link_id)) is not None
        and item.answer is not None
        and previous.answer != item.answer
    )
    return SinceLastVisit(
        earlier=summary,
        new_flags=tuple(text for rule, text in flags_now.items() if rule not in flags_before),
        cleared_flags=tuple(text for rule, text in flags_before.items() if rule not in flags_now),
        changed=changed,
    )


def _read(visit: StoredVisit) -> Snapshot | None:
    if visit.snapshot is None:
        return None
    try:
        return read_snapshot(visit.snapshot)
    except ValueError:  # UnreadableSnapshot, or a record that does not validate
        return None  # an unreadable record is listed, not compared
