"""`clinic-kiosk outbox`: the consultations waiting for the database on this kiosk, and why."""

from __future__ import annotations

import argparse
import json

from kiosk.consultation.outbox import OutboxReport, Waiting, outbox_folder, outbox_report


def outbox_command(args: argparse.Namespace) -> int:
    """List what waits in the outbox (ids only: no client's name leaves the file)."""
    report = outbox_report()
    if args.json:
        print(json.dumps(as_json(report), indent=2))
        return 0
    for state, entries in (("waiting", report.waiting), ("refused", report.refused)):
        for entry in entries:
            print("\t".join(line(state, entry)))
    print(f"{report.summary()} ({outbox_folder()})")
    return 0


def line(state: str, entry: Waiting) -> list[str]:
    """One consultation's columns: id, state, since, tries, last error."""
    return [
        entry.public_id,
        state,
        f"since {entry.since:%Y-%m-%d %H:%M} UTC",
        f"{entry.tries} tries",
        entry.last_error or "not tried yet",
    ]


def as_json(report: OutboxReport) -> dict[str, object]:
    """The report as JSON: lists of waiting and refused consultations."""

    def entry(waiting: Waiting) -> dict[str, object]:
        return {
            "consultation_id": waiting.public_id,
            "since": waiting.since.isoformat(),
            "tries": waiting.tries,
            "last_error": waiting.last_error,
            "last_try": waiting.last_try.isoformat() if waiting.last_try else None,
        }

    return {
        "folder": str(outbox_folder()),
        "waiting": [entry(w) for w in report.waiting],
        "refused": [entry(w) for w in report.refused],
    }


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `outbox`."""
    outbox = commands.add_parser(
        "outbox",
        help="list the consultations waiting on this kiosk for the database, and why",
    )
    outbox.add_argument("--json", action="store_true", help="as JSON")
    outbox.set_defaults(run=outbox_command)
