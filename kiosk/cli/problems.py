"""The error a headless command reports as one line and an exit code."""

from __future__ import annotations


class CommandError(Exception):
    """A problem the user can fix; printed as one line, never a traceback.

    Attributes:
        exit_code: 1 for unusable content, 2 for bad input.
    """

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
