"""`clinic-kiosk` headless commands: argument parsing and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.cli import (
    handout_command,
    outbox_command,
    server_commands,
    staff_commands,
    store_commands,
    translations_command,
)
from kiosk.cli.content_commands import check_content, screen_answers
from kiosk.cli.problems import EXIT_CONTENT, EXIT_OK, EXIT_UNEXPECTED, CommandError
from kiosk.setup.logs import configure_logging

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The parser for every headless command."""
    parser = argparse.ArgumentParser(
        prog="clinic-kiosk",
        description="Skin clinic consultation kiosk: headless commands.",
        epilog=(
            "Without a command, `clinic-kiosk [staff] [--windowed] [--demo] [--verbose]` opens "
            "the kiosk or the staff screen, and `clinic-kiosk --self-test` checks that this "
            "installation works."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check-content", help="validate the clinic content and print its version"
    )
    check.add_argument(
        "directory",
        nargs="?",
        type=Path,
        help="content folder (default: the content_dir setting, else built-in)",
    )
    check.set_defaults(run=check_content)

    screen = commands.add_parser(
        "screen", help="screen a client's answers and print flags and plan as JSON"
    )
    screen.add_argument("answers", type=Path, help='ANSWERS.json: {"answers": {...}, "today": ...}')
    screen.add_argument(
        "--content",
        type=Path,
        help="content folder (default: the content_dir setting, else built-in)",
    )
    screen.add_argument("--language", help="language of the texts (default: the content's)")
    screen.set_defaults(run=screen_answers)
    handout_command.add_parser(commands)
    store_commands.add_parsers(commands)
    staff_commands.add_parsers(commands)
    server_commands.add_parsers(commands)
    outbox_command.add_parser(commands)
    translations_command.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command; returns the exit code."""
    args = build_parser().parse_args(argv)
    run: Command = args.run
    log_file = configure_logging()
    try:
        return run(args)
    except CommandError as error:
        print(f"clinic-kiosk {args.command}: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader (such as `head`) stopped early; that is not an error.
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:
        if "permission denied" in str(error):
            # A kiosk's account on a clinic server (server-roles): not a fault, the wrong machine.
            print(
                f"clinic-kiosk {args.command}: this machine's database account may not do this "
                f"({str(error).splitlines()[0]}): run it on a staff computer or on the server",
                file=sys.stderr,
            )
            return EXIT_CONTENT
        # Never a traceback on the screen: one line here, the details in the log.
        logging.getLogger(__name__).exception("clinic-kiosk %s failed", args.command)
        where = f" (details in {log_file})" if log_file else ""
        print(
            f"clinic-kiosk {args.command}: unexpected error: {type(error).__name__}{where}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
