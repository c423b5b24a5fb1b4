"""The error a headless command reports as one line and an exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_CONTENT = 1  # the content, settings or database cannot be used
EXIT_INPUT = 2  # the input is wrong; the message says how
EXIT_UNEXPECTED = 3  # a fault of the program; the log has the details


class CommandError(Exception):
    """A problem the user can fix; printed as one line, never a traceback.

    Attributes:
        exit_code: 1 for unusable content, 2 for bad input.
    """

    def __init__(self, message: str, exit_code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code
