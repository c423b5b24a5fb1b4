"""The `clinic-kiosk` program: headless commands run without Qt; the rest opens windows."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.cli.commands import HEADLESS_COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: a headless command runs without importing Qt at all."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in HEADLESS_COMMANDS or args[0] in ("-h", "--help")):
        # Imported here: the kiosk's start-up needs none of the commands (reportlab among them).
        from kiosk.cli.main import main as run_headless  # noqa: PLC0415

        return run_headless(args)
    from kiosk.setup.places import debug_requested  # noqa: PLC0415

    if debug_requested() and "--verbose" not in args:
        args.append("--verbose")
    if "--self-test" in args:
        # Imports Qt only after the checks that need none, so a broken Qt shows last.
        from ui.self_test import run_self_test  # noqa: PLC0415

        return run_self_test(verbose="--verbose" in args)
    # Only the windows need Qt: imported here, so headless commands never load it.
    from ui.launch import run  # noqa: PLC0415

    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
