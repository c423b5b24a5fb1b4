"""Times the staff queue's queries on a database of 100,000 consultations.

Run: .venv/bin/python benchmarks/queue_100k.py [--rows N] [--keep PATH]
Prints the median and worst time of each query over repeated runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from kiosk.store.models import Client, Consultation, database
from kiosk.store.names import name_key
from kiosk.store.queue import QueueFilter, queue_count, queue_page, status_counts
from ui.staff.queue_model import QueueModel

FIRST = ["Ana", "Zoë", "Li", "Sam", "Kim", "Jo", "Maria", "Tom", "Aisha", "Olga", "Noah", "Eva"]
LAST = ["Silva", "Brontë", "Wei", "Park", "Bell", "Lopez", "Reed", "Khan", "Ivanova", "Smith"]
STATUSES = (
    ["submitted"] * 3
    + ["approved"] * 10
    + ["follow_up", "deferred", "declined"]
    + [
        "abandoned",
        "in_progress",
    ]
)
OUTCOMES = [("", 0)] * 6 + [("prep", 1)] * 2 + [("review", 2), ("defer", 3), ("stop", 4)]


def seed(rows: int, rng: random.Random) -> None:
    """`rows` consultations over two years, a client for most of them."""
    start = datetime(2025, 1, 1)
    with database.atomic():
        clients = [
            {
                "first_name": (first := rng.choice(FIRST)),
                "last_name": (last := f"{rng.choice(LAST)}{rng.randrange(1000)}"),
                "first_name_key": name_key(first),
                "last_name_key": name_key(last),
                "date_of_birth": date(1950, 1, 1) + timedelta(days=rng.randrange(20000)),
                "created_at": start,
            }
            for _ in range(rows * 8 // 10)
        ]
        for batch in range(0, len(clients), 1000):
            Client.insert_many(clients[batch : batch + 1000]).execute()
        consultations = []
        for number in range(rows):
            began = start + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
            outcomes, level = rng.choice(OUTCOMES)
            status = rng.choice(STATUSES)
            consultations.append(
                {
                    "public_id": uuid.UUID(int=rng.getrandbits(128)).hex,
                    "client": (number % len(clients)) + 1,
                    "status": status,
                    "kiosk_id": "kiosk-1",
                    "language": "en",
                    "content_version": "benchmark",
                    "started_at": began,
                    "updated_at": began,
                    "submitted_at": None if status in ("abandoned", "in_progress") else began,
                    "flag_level": level,
                    "flag_outcomes": outcomes,
                    "recommended_treatment": "microneedling",
                    "answers": "{}",
                }
            )
        for batch in range(0, rows, 1000):
            Consultation.insert_many(consultations[batch : batch + 1000]).execute()


def timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and worst milliseconds of `action`."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "queue.sqlite3"
        db = open_database(Settings(database_url=f"sqlite:///{path}"))
        began = time.perf_counter()
        seed(args.rows, random.Random(7))
        db.execute_sql("ANALYZE")
        print(f"seeded {args.rows} consultations in {time.perf_counter() - began:.1f} s")
        today = date(2026, 12, 31)
        filters = {
            "all, newest first": QueueFilter(),
            "awaiting review": QueueFilter(statuses=("submitted",)),
            "flagged": QueueFilter(flagged_only=True),
            "deferred": QueueFilter(statuses=("deferred",)),
            "today": QueueFilter(since=today, until=today),
            "last 30 days": QueueFilter(since=today - timedelta(days=30)),
            "name search 'silva1'": QueueFilter(search="silva1"),
            "name search 'ana br'": QueueFilter(search="ana br"),
            "birth date search": QueueFilter(search="1980-06-15"),
        }
        print(f"{'query':28} {'page (50 rows)':>18} {'count':>18} {'status counts':>18}")
        for name, where in filters.items():
            page = timed(lambda where=where: queue_page(where, limit=50), args.repeats)
            deep = timed(lambda where=where: queue_page(where, offset=5000, limit=50), 5)
            count = timed(lambda where=where: queue_count(where), args.repeats)
            counts = timed(lambda where=where: status_counts(where), 5)
            print(
                f"{name:28} {page[0]:7.2f} ms ({page[1]:5.1f}) {count[0]:7.2f} ms ({count[1]:5.1f})"
                f" {counts[0]:7.2f} ms ({counts[1]:5.1f})  page at row 5000: {deep[0]:.1f} ms"
            )
        by_name = timed(
            lambda: queue_page(QueueFilter(), sort="last_name", descending=False), args.repeats
        )
        print(f"{'sorted by name':28} {by_name[0]:7.2f} ms ({by_name[1]:5.1f})")
        staff_screen_model(filters, today, args.repeats)
        db.close()


def staff_screen_model(filters: dict[str, QueueFilter], today: date, repeats: int) -> None:
    """The staff screen's own table model: opening a filter, and the next page on scrolling."""
    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - models need one
    model = QueueModel(today)
    print(f"\n{'staff screen (QueueModel)':28} {'open filter':>18} {'next 100 rows':>18}")
    for name, where in filters.items():
        opened = timed(lambda where=where: model.set_filter(where), repeats)
        more = timed(model.fetchMore, 5)
        print(
            f"{name:28} {opened[0]:7.2f} ms ({opened[1]:5.1f}) {more[0]:7.2f} ms ({more[1]:5.1f})"
        )


if __name__ == "__main__":
    main()
