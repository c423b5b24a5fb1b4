"""A copy of the shipped content in a test folder, edited one known line at a time."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.content.errors import ContentError, Problem
from kiosk.content.loader import default_content_dir, load_content
from tests.abuse.guards import time_limit


def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content folder."""
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace `old` (which must be there) with `new` in one file; the edit's line."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} no longer holds {old!r}: update the test"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def refusal(folder: Path, seconds: float = 10) -> tuple[Problem, ...]:
    """The problems load_content reports, within `seconds`; fails if the content loads."""
    with time_limit(seconds):
        try:
            load_content(folder)
        except ContentError as error:
            return error.problems
    raise AssertionError("the content loaded")
