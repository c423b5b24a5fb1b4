"""What the commands print of a client's words: control and formatting characters escaped."""

from __future__ import annotations

import unicodedata
from typing import IO, Any

# Control (Cc), format (Cf: bidirectional overrides ...), surrogates, private
# use, unassigned, and the line and paragraph separators.
HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def printable(text: str, keep: str = "") -> str:
    """`text` with every character a terminal would obey (or hide) written as an escape."""
    return "".join(
        char
        if char in keep or unicodedata.category(char) not in HIDDEN
        else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class TerminalSafe:
    """A text stream that escapes what `printable` escapes, keeping lines and tabs."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text, keep="\n\r\t"))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def terminal_safe(stream: IO[str]) -> IO[str]:
    """`stream` itself when it goes to a file or a pipe; escaped when a person reads it."""
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        safe: Any = TerminalSafe(stream)
        return safe  # type: ignore[no-any-return]
    return stream
