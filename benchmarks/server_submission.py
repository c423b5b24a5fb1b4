"""Times a kiosk's submission to a PostgreSQL clinic server, and to SQLite for comparison.

Run: PYTHONPATH=. .venv/bin/python benchmarks/server_submission.py URL [--count N]
with URL a server such as postgresql://kiosk@host/db
(scripts/postgres starts a throw-away server and prints its URL). Prints the
median and worst time of storing one finished consultation (with its client,
consent and snapshot, in one transaction).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from kiosk.content.loader import load_content
from kiosk.engine.assessment import assess
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import close_database, open_database
from kiosk.store.fields import utc_now
from tests.core.clients import answers_of, submission_of


def timings(settings: Settings, count: int) -> list[float]:
    content = load_content()
    db = open_database(settings)
    try:
        store = ConsultationStore("bench", utc_now)
        seconds = []
        for n in range(count):
            public_id = store.start("en", content.version)
            answers = answers_of(content, first_name=f"Bench{n}", date_of_birth="1980-01-02")
            submission = submission_of(
                content, store, public_id, assess(content, answers, date.today())
            )
            started = time.perf_counter()
            store.submit(submission)
            seconds.append(time.perf_counter() - started)
        return seconds
    finally:
        close_database(db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", help="the PostgreSQL server's URL")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        # Installations of their own (audit keys and anchors), never this machine's.
        folder = Path(temporary)
        sqlite = Settings(
            database_url=f"sqlite:///{folder / 'bench.sqlite3'}",
            kiosk_id="b",
            audit_key_file=str(folder / "sqlite.key"),
        )
        server = Settings(
            database_url=args.url, kiosk_id="bench", audit_key_file=str(folder / "server.key")
        )
        for name, settings in (("PostgreSQL", server), ("SQLite", sqlite)):
            seconds = timings(settings, args.count)
            print(
                f"{name}: a submission, median {statistics.median(seconds) * 1000:.1f} ms, "
                f"worst {max(seconds) * 1000:.1f} ms over {len(seconds)}"
            )


if __name__ == "__main__":
    main()
