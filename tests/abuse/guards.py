"""A time limit for code that must never hang, and the hostile inputs the suite feeds in."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Hang(Exception):
    """The guarded code ran past its time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang in the guarded block after `seconds` (a blocking open or read included)."""

    def expire(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _hostile_strings() -> list[str]:
    controls = [chr(point) for point in (*range(0x20), *range(0x7F, 0xA0))]
    formatting = [
        "\u202eevil\u202c",  # right-to-left override
        "\u2066isolate\u2069",
        "\u200f\u0645\u062d\u0645\u062f\u200e",  # RTL mark, Arabic name
        "\u05e9\u05e8\u05d4 \u05db\u05d4\u05df",  # Hebrew name
        "a\u200bb\u200dc\u2060d",  # zero-width characters
        "\ufeffbom",
        "\u00ad",  # soft hyphen only
        "line\u2028separator\u2029paragraph",
        "\U0001f469\u200d\U0001f52c\U0001f3fd",  # emoji sequence
        "Zo\u0308e" + "\u0301" * 500,  # a tower of accents
        "\U0010ffff",
        "Ana\U0010ffff",
        "\U0010fffe\uffff\ufffe\ufdd0",  # noncharacters
        "\ud800",  # half a surrogate pair
        "x\udfffy",
        "\U000e0041\U000e007f",  # tag characters
        "\U0001d518\U0001d52b\U0001d526",  # mathematical letters (NFKD folds them)
        "\u0130stanbul \u00df \ufb01",  # case folding that changes length
    ]
    markup = [
        "<b>bold</b> & <font size=99>big</font>",
        "<para>",
        "&amp;&lt;&#0;",
        "{name} {0} %s %(name)s {{",
        "'; DROP TABLE client; --",
        "\x1b[31mred\x1b[0m",
        '=HYPERLINK("http://x")',
        "../../etc/passwd",
    ]
    sizes = [
        "W" * 2000,
        "W" * 2001,
        "a " * 1000,
        "\u4e2d" * 2000,
        "\U0001f600" * 2000,
        "x" * 100_000,
        " " * 5000,
        "",
        " ",
    ]
    mixed = [f"Ana{char}Silva" for char in controls[:8]]
    return [*controls, *formatting, *markup, *sizes, *mixed]


HOSTILE_STRINGS = tuple(_hostile_strings())
