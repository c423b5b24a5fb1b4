"""The staff queue: pages of consultations by status, dates, flags and name or birth date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from peewee import JOIN, SQL, fn

from kiosk.store.models import Client, Consultation
from kiosk.store.names import name_key, prefix_upper_bound

AWAITING_REVIEW = "submitted"

SORTABLE = {
    "started_at": Consultation.started_at,
    "submitted_at": Consultation.submitted_at,
    "last_name": Client.last_name_key,
    "date_of_birth": Client.date_of_birth,
    "status": Consultation.status,
    "flag_level": Consultation.flag_level,
    "recommended_treatment": Consultation.recommended_treatment,
    "needs_print": Consultation.needs_print,
}


ROW_COLUMNS = (
    Consultation.public_id,
    Consultation.started_at,
    Consultation.submitted_at,
    Consultation.status,
    Consultation.flag_outcomes,
    Consultation.recommended_treatment,
    Consultation.needs_print,
    Client.first_name,
    Client.last_name,
    Client.date_of_birth,
)


@dataclass(frozen=True)
class QueueFilter:
    """Which consultations the queue shows.

    Attributes:
        statuses: only these statuses (none: every status).
        since, until: started on or after `since` and on or before `until` (local
            dates are the caller's business; these compare with UTC days).
        flagged_only: only consultations with a stop, defer or review flag.
        needs_print: only clients still waiting for a printed plan.
        search: words that start a first or last name, or a date of birth
            (YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY).
    """

    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    flagged_only: bool = False
    needs_print: bool = False
    search: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue."""

    public_id: str
    started_at: datetime
    submitted_at: datetime | None
    first_name: str | None
    last_name: str | None
    date_of_birth: date | None
    status: str
    flag_outcomes: tuple[str, ...]
    recommended_treatment: str | None
    needs_print: bool


def queue_page(
    where: QueueFilter,
    offset: int = 0,
    limit: int = 50,
    sort: str = "started_at",
    descending: bool = True,
) -> list[QueueRow]:
    """One page of the queue, sorted by `sort` (a key of SORTABLE)."""
    column = SORTABLE[sort]
    order = column.desc() if descending else column.asc()
    # The id breaks ties so that paging never skips or repeats a row.
    tie = Consultation.id.desc() if descending else Consultation.id.asc()
    # The page's ids first, from the indexes alone; then only those rows are read
    # (a search matching ten thousand consultations reads a hundred of them).
    page = filtered(where, Consultation.id, by_client=column.model is Client)
    page = page.order_by(order, tie).offset(offset).limit(limit)
    query: Any = (
        Consultation.select(*ROW_COLUMNS)
        .join(Client, JOIN.LEFT_OUTER)
        .where(Consultation.id.in_(page))
        .order_by(order, tie)
        .dicts()
    )
    return [_row(record) for record in query]


def queue_count(where: QueueFilter, at_most: int | None = None) -> int:
    """How many consultations the filter lets through (counting stops past `at_most`).

    Counting a million rows takes longer than a screen may wait; the queue
    says "more than" instead (see kiosk.consultation.staff_queue).
    """
    if at_most is None:
        return int(filtered(where, fn.COUNT(SQL("*"))).scalar())
    return int(filtered(where, Consultation.id).limit(at_most + 1).count())


def awaiting_review_count(where: QueueFilter) -> int:
    """How many consultations the filter would let through if it asked only for those awaiting
    review (its own statuses ignored): the "awaiting review" figure beside the list."""
    return queue_count(replace(where, statuses=(AWAITING_REVIEW,)))


def status_counts(where: QueueFilter) -> dict[str, int]:
    """Counts by status for the filter (its own statuses ignored), for the filter buttons."""
    unfiltered = replace(where, statuses=())
    query = filtered(unfiltered, Consultation.status, fn.COUNT(SQL("*")).alias("n"))
    return {row["status"]: row["n"] for row in query.group_by(Consultation.status).dicts()}


def filtered(where: QueueFilter, *columns: Any, by_client: bool = False) -> Any:
    """A query of `columns` over the consultations the filter lets through
    (`by_client`: joined with their clients, to sort by them)."""
    query = Consultation.select(*columns)
    if by_client or any(getattr(c, "model", None) is Client for c in columns):
        # Only a name column needs the clients; counting stays on the
        # consultation table's own indexes.
        query = query.join(Client, JOIN.LEFT_OUTER)
    conditions: list[Any] = []
    if where.statuses:
        conditions.append(Consultation.status.in_(list(where.statuses)))
    if where.since is not None:
        conditions.append(Consultation.started_at >= datetime.combine(where.since, time()))
    if where.until is not None:
        end = datetime.combine(where.until + timedelta(days=1), time())
        conditions.append(Consultation.started_at < end)
    if where.flagged_only:
        conditions.append(Consultation.flag_level >= 2)
    if where.needs_print:
        conditions.append(Consultation.needs_print == True)  # noqa: E712 - SQL, not Python
    people = search_conditions(where.search)
    if people:
        # The clients found first (their name and birth date indexes), then
        # their consultations: never a walk through every consultation.
        conditions.append(Consultation.client.in_(Client.select(Client.id).where(*people)))
    for condition in conditions:
        query = query.where(condition)
    return query


DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})$"),
)


def parse_birth_date(text: str) -> date | None:
    """A date typed in the search box, or None if it is not one."""
    for pattern in DATE_PATTERNS:
        match = pattern.match(text.strip())
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                return None
    return None


def search_conditions(text: str) -> Sequence[Any]:
    """Conditions on the clients for words that start a name, or for a typed birth date."""
    text = text.strip()
    if not text:
        return []
    born = parse_birth_date(text)
    if born is not None:
        return [Client.date_of_birth == born]
    conditions = []
    for word in name_key(text).split():
        bound = prefix_upper_bound(word)
        conditions.append(
            ((Client.last_name_key >= word) & (Client.last_name_key < bound))
            | ((Client.first_name_key >= word) & (Client.first_name_key < bound))
        )
    return conditions


def _row(record: dict[str, Any]) -> QueueRow:
    return QueueRow(
        public_id=record["public_id"],
        started_at=record["started_at"],
        submitted_at=record["submitted_at"],
        first_name=record["first_name"],
        last_name=record["last_name"],
        date_of_birth=record["date_of_birth"],
        status=record["status"],
        flag_outcomes=tuple(record["flag_outcomes"].split()),
        recommended_treatment=record["recommended_treatment"],
        needs_print=bool(record["needs_print"]),
    )
