"""The staff queue's queries: filters, search, counts, sorting and paging, on indexes."""

from __future__ import annotations

from datetime import date

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationStore
from kiosk.store.models import Consultation
from kiosk.store.queue import QueueFilter, queue_count, queue_page, status_counts
from tests.core.clients import FakeClock, submit_client


@pytest.fixture
def clinic_week(content: Content, store: ConsultationStore, clock: FakeClock) -> dict[str, str]:
    """A few days of consultations: clean, flagged, a draft, an abandoned one."""
    ids = {}
    clock.advance(days=-3)
    ids["ana"] = submit_client(content, store)
    clock.advance(days=1)
    ids["zoe"] = submit_client(
        content,
        store,
        first_name="Zoë",
        last_name="Brontë",
        date_of_birth="1990-05-01",
        pregnant_or_breastfeeding=True,
    )
    clock.advance(days=1)
    ids["li"] = submit_client(
        content,
        store,
        first_name="Li",
        last_name="Wei",
        date_of_birth="1975-12-30",
        anticoagulants=True,
    )
    ids["sam"] = submit_client(
        content,
        store,
        first_name="Sam",
        last_name="Silverman",
        date_of_birth="2001-07-04",
        topical_retinoids=True,
    )
    clock.advance(days=1)
    ids["draft"] = store.start("en", content.version)
    store.save_draft(ids["draft"], {"first_name": "Kim", "last_name": "Park"})
    ids["gone"] = store.start("en", content.version)
    store.abandon(ids["gone"])
    return ids


def names(rows: list) -> list[str | None]:  # type: ignore[type-arg]
    return [row.first_name for row in rows]


def test_the_newest_consultations_come_first(clinic_week: dict[str, str]) -> None:
    rows = queue_page(QueueFilter())

    assert names(rows) == [None, "Kim", "Sam", "Li", "Zoë", "Ana"]
    assert queue_count(QueueFilter()) == 6


def test_filtering_by_status(clinic_week: dict[str, str]) -> None:
    waiting = QueueFilter(statuses=("submitted",))

    assert names(queue_page(waiting)) == ["Sam", "Li", "Zoë", "Ana"]
    assert status_counts(waiting) == {
        "submitted": 4,
        "in_progress": 1,
        "abandoned": 1,
    }


def test_flagged_only_shows_stop_defer_and_review_but_not_preparation(
    clinic_week: dict[str, str],
) -> None:
    rows = queue_page(QueueFilter(flagged_only=True))

    assert names(rows) == ["Li", "Zoë"]
    assert {row.first_name: row.flag_outcomes for row in rows} == {
        "Li": ("review",),
        "Zoë": ("stop",),
    }


def test_a_date_range_includes_both_ends(clinic_week: dict[str, str]) -> None:
    rows = queue_page(QueueFilter(since=date(2026, 11, 19), until=date(2026, 11, 20)))

    assert names(rows) == ["Sam", "Li", "Zoë"]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("sil", ["Sam", "Ana"]),  # Silverman and Silva
        ("silva", ["Ana"]),
        ("zoe", ["Zoë"]),  # accents and case do not matter
        ("BRONTE", ["Zoë"]),
        ("ana sil", ["Ana"]),  # every word must start a name
        ("1990-05-01", ["Zoë"]),
        ("30/12/1975", ["Li"]),
        ("30.12.1975", ["Li"]),
        ("kim", ["Kim"]),  # a draft with a name is found too
        ("nobody", []),
    ],
)
def test_search_by_name_or_date_of_birth(
    clinic_week: dict[str, str], search: str, expected: list[str]
) -> None:
    assert names(queue_page(QueueFilter(search=search))) == expected
    assert queue_count(QueueFilter(search=search)) == len(expected)


def test_sorting_by_name_and_paging_never_repeat_or_skip_a_row(
    clinic_week: dict[str, str],
) -> None:
    pages = [
        queue_page(QueueFilter(), offset=offset, limit=2, sort="last_name", descending=False)
        for offset in (0, 2, 4)
    ]

    ids = [row.public_id for page in pages for row in page]
    assert len(ids) == len(set(ids)) == 6
    named = [row.last_name for page in pages for row in page if row.last_name]
    assert named == ["Brontë", "Park", "Silva", "Silverman", "Wei"]


@pytest.mark.sqlite_only
def test_the_queue_queries_use_indexes(db: Database, clinic_week: dict[str, str]) -> None:
    """With 100,000 rows a full scan would be slow; each filter has an index to use."""
    from kiosk.store.queue import filtered

    for where in (
        QueueFilter(statuses=("submitted",)),
        QueueFilter(flagged_only=True),
        QueueFilter(since=date(2026, 11, 19)),
        QueueFilter(search="silva"),
        QueueFilter(search="1990-05-01"),
    ):
        sql, params = filtered(where, Consultation.id).sql()
        plan = " | ".join(
            str(row[-1]) for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        )
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (where, plan)
