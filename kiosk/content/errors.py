"""The mistakes a content file can hold, each located by file, line and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One mistake in the clinic's content.

    Attributes:
        file: the content file, relative to the content folder.
        line: the 1-based line in that file, when known.
        field: the dotted path to the value, such as `pages[2].items[0].type`.
        message: what is wrong, in words a content editor understands.
    """

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}, line {self.line}"
        if self.field:
            where += f", {self.field}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content cannot be used; `problems` lists every mistake found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
