"""Times the staff queue at 1,000,000 consultations, on SQLite and on a PostgreSQL server.

Run: PYTHONPATH=. .venv/bin/python benchmarks/queue_1m.py [--postgres URL] [--keep DIR]
(scripts/postgres starts a throw-away server and prints its URL). What the
staff screen does when it opens (the count, the awaiting-review count and
the first page, as kiosk.consultation.staff_queue loads them) and a name
search, median and worst over repeated runs, beside a bare `SELECT 1` round
trip: on a shared machine that anchor says how busy it was.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import Database

from kiosk.consultation.staff_queue import StaffQueue
from kiosk.setup.settings import Settings
from kiosk.store.database import close_database, open_database
from kiosk.store.fields import TIMESTAMP_FORMAT
from kiosk.store.queue import QueueFilter
from kiosk.store.server import is_server

FIRST = ["Ana", "Zoe", "Li", "Sam", "Kim", "Jo", "Maria", "Tom", "Aisha", "Olga", "Noah", "Eva"]
LAST = ["Silva", "Bronte", "Wei", "Park", "Bell", "Lopez", "Reed", "Khan", "Ivanova", "Smith"]
# Most consultations are long decided; a day's handful await review.
STATUSES = ["approved"] * 12 + ["follow_up", "deferred", "declined", "abandoned"]
OUTCOMES = [("", 0)] * 6 + [("prep", 1)] * 2 + [("review", 2), ("defer", 3), ("stop", 4)]
CLIENT_COLUMNS = (
    "first_name",
    "last_name",
    "first_name_key",
    "last_name_key",
    "date_of_birth",
    "created_at",
)
CONSULTATION_COLUMNS = (
    "public_id",
    "client_id",
    "status",
    "kiosk_id",
    "language",
    "content_version",
    "started_at",
    "updated_at",
    "submitted_at",
    "flag_level",
    "flag_outcomes",
    "recommended_treatment",
    "needs_print",
)
START = datetime(2023, 1, 1)


def spread(number: int) -> int:
    """A well-mixed number from `number` (Knuth's multiplicative hash), for repeatable data."""
    return (number * 2654435761) % 4294967296


def clients(count: int) -> Iterator[tuple[object, ...]]:
    """`count` distinct people: the name tuple repeats every 120,000, the birth dates never do."""
    for number in range(count):
        first = FIRST[number % 12]
        last = f"{LAST[(number // 12) % 10]}{(number // 120) % 1000}"
        born = date(1940, 1, 1) + timedelta(days=(number // 120_000) * 2000 + number % 1999)
        yield (first, last, first.lower(), last.lower(), born.isoformat(), START)


def consultations(count: int, client_count: int) -> Iterator[tuple[object, ...]]:
    """`count` consultations over four years; the newest thousand still await review."""
    minutes = 4 * 365 * 24 * 60
    for number in range(count):
        mixed = spread(number + 1)
        began = START + timedelta(minutes=number * minutes // count)
        status = "submitted" if number >= count - 1000 else STATUSES[mixed % len(STATUSES)]
        outcomes, level = OUTCOMES[(mixed >> 8) % len(OUTCOMES)]
        stamp = began.strftime(TIMESTAMP_FORMAT)
        yield (
            uuid.UUID(int=mixed << 64 | number).hex,
            spread(number) % client_count + 1,
            status,
            "kiosk-1",
            "en",
            "benchmark",
            stamp,
            stamp,
            None if status == "abandoned" else stamp,
            level,
            outcomes,
            "microneedling",
            False,
        )


def seed(db: Database, rows: int) -> None:
    """`rows` consultations and 80% as many clients, in bulk (COPY on PostgreSQL).

    A database seeded before is used as it is (--keep, or the same server database).
    """
    client_count = rows * 8 // 10
    tables = (
        ("client", CLIENT_COLUMNS, clients(client_count)),
        ("consultation", CONSULTATION_COLUMNS, consultations(rows, client_count)),
    )
    if is_server(db):
        connection = db.connection()
        with connection.cursor() as cursor:
            for table, columns, values in tables:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
        connection.commit()
        db.execute_sql("VACUUM ANALYZE")
        return
    connection = db.connection()
    with db.atomic():
        for table, columns, values in tables:
            marks = ", ".join("?" for _ in columns)
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                (tuple(_sqlite(v) for v in row) for row in values),
            )
    db.execute_sql("ANALYZE")


def _sqlite(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime(TIMESTAMP_FORMAT)
    return int(value) if isinstance(value, bool) else value


def timed(action: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and worst milliseconds of `action`."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), max(times)


def measure(name: str, db: Database, repeats: int) -> None:
    queue = StaffQueue()
    anchor = timed(lambda: db.execute_sql("SELECT 1").fetchall(), repeats * 3)
    print(f"\n{name}: a bare SELECT 1 round trip {anchor[0]:.2f} ms (worst {anchor[1]:.2f})")
    cases = {
        "open: awaiting review": QueueFilter(statuses=("submitted",)),
        "open: all, newest first": QueueFilter(),
        "open: flagged": QueueFilter(flagged_only=True),
        "open: today": QueueFilter(since=date(2026, 12, 31), until=date(2026, 12, 31)),
        "search 'silva1' (1.1% of clients)": QueueFilter(search="silva1"),
        "search 'ana silva12'": QueueFilter(search="ana silva12"),
        "search 'kim bell999'": QueueFilter(search="kim bell999"),
        "search a birth date": QueueFilter(search="1950-06-15"),
    }
    for case, where in cases.items():
        median, worst = timed(lambda where=where: queue.load(where), repeats)
        print(f"  {case:36} median {median:6.1f} ms, worst {worst:6.1f} ms")


def run(settings: Settings, rows: int, repeats: int) -> None:
    db = open_database(settings)
    try:
        kind = "PostgreSQL" if is_server(db) else "SQLite"
        stored = db.execute_sql("SELECT count(*) FROM consultation").fetchone()[0]
        if stored == 0:
            began = time.perf_counter()
            seed(db, rows)
            print(f"{kind}: seeded {rows:,} consultations in {time.perf_counter() - began:.0f} s")
        else:
            print(f"{kind}: {stored:,} consultations already there")
        measure(kind, db, repeats)
    finally:
        close_database(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postgres", help="an empty PostgreSQL database's URL")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument(
        "--keep", type=Path, help="a folder for the SQLite file and key, kept for the next run"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        # An installation of its own: its audit key and anchor, never this machine's.
        folder = args.keep or Path(temporary)
        key = str(folder / "audit.key")
        if args.only != "postgresql":
            url = f"sqlite:///{folder / 'queue.sqlite3'}"
            local = Settings(database_url=url, kiosk_id="b", audit_key_file=key)
            run(local, args.rows, args.repeats)
        if args.postgres and args.only != "sqlite":
            server = Settings(database_url=args.postgres, kiosk_id="b", audit_key_file=key)
            run(server, args.rows, args.repeats)


if __name__ == "__main__":
    main()
