"""The `clinic-kiosk` program: headless commands run without Qt; the rest opens windows."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.cli.main import HEADLESS_COMMANDS, build_parser
from kiosk.cli.main import main as run_headless


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch: a headless command runs without importing Qt at all."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in HEADLESS_COMMANDS or args[0] in ("-h", "--help")):
        return run_headless(args)
    print(
        "The touchscreen wizard is not part of this build yet; these headless commands are:\n",
        file=sys.stderr,
    )
    build_parser().print_help(sys.stderr)
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
