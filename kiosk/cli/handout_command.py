"""`clinic-kiosk handout`: a client's plan and aftercare sheet as a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.content_commands import assess_answers_file
from kiosk.cli.problems import CommandError
from kiosk.cli.store_commands import desk, opened, operator, settings, write_file
from kiosk.handout.render import render_handout
from kiosk.record.plan_words import PlanInWords
from kiosk.record.telling import plan_in_words
from kiosk.store.consultations import ConsultationNotFound


def handout_command(args: argparse.Namespace) -> int:
    """Render the handout from ANSWERS.json, or from a stored consultation's snapshot."""
    if (args.answers is None) == (args.consultation is None):
        raise CommandError("give ANSWERS.json or --consultation ID (one of them)")
    data = _from_consultation(args.consultation) if args.consultation else _from_answers(args)
    pdf = render_handout(data, reproducible=args.reproducible)
    write_file(args.output, pdf, args.force)
    print(f"Wrote {args.output} ({len(pdf) // 1024} KB).", file=sys.stderr)
    return 0


def _from_answers(args: argparse.Namespace) -> PlanInWords:
    content, assessment = assess_answers_file(args.answers, args.content, args.language)
    return plan_in_words(content, assessment, args.language)


def _from_consultation(public_id: str) -> PlanInWords:
    config = settings()
    with opened(config):
        try:
            return desk(config).handout_copy(operator(), public_id)
        except ConsultationNotFound as error:
            raise CommandError(f"no plan for consultation {error}") from None


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The handout command's parser."""
    handout = commands.add_parser("handout", help="write a client's plan and aftercare sheet (PDF)")
    handout.add_argument("answers", nargs="?", type=Path, help="ANSWERS.json")
    handout.add_argument(
        "--consultation", metavar="ID", help="reprint a stored consultation's plan"
    )
    handout.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    handout.add_argument("--force", action="store_true", help="replace an existing file")
    handout.add_argument(
        "--content",
        type=Path,
        help="content folder (default: the content_dir setting, else built-in)",
    )
    handout.add_argument("--language", help="language of the texts (default: the content's)")
    handout.add_argument(
        "--reproducible", action="store_true", help="the same input gives the same bytes"
    )
    handout.set_defaults(run=handout_command)
