"""Reads a YAML content file and remembers the line of every value, for error messages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kiosk.content.errors import ContentError, Problem

PathKey = tuple[str | int, ...]

# libyaml's parser when PyYAML has it (its wheels do): several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlSource:
    """One parsed content file.

    Attributes:
        file: the file's name as shown in messages (relative to the content folder).
        data: the plain Python value the file holds.
        lines: the 1-based line of each value, by its path of keys and indexes
            (for a value under a key, the line of the key).
    """

    file: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """The line of the deepest part of `path` the file has.

        Steps that are not in the file (such as the names validators add to a
        path) are skipped, so the line points as close to the mistake as the
        file allows.
        """
        best = self.lines.get(())
        known: PathKey = ()
        for step in path:
            candidate = (*known, step)
            if candidate in self.lines:
                known = candidate
                best = self.lines[candidate]
        return best

    def problem(self, path: Sequence[str | int], message: str) -> Problem:
        """A problem located at `path` in this file."""
        return Problem(self.file, self.line_of(path), format_path(path), message)


def format_path(path: Sequence[str | int]) -> str:
    """`('pages', 2, 'items', 0, 'type')` as `pages[2].items[0].type`."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        else:
            text += f".{step}" if text else step
    return text


# An unclosed bracket or quote is only noticed where the text stops making
# sense, often a line or more below; the mistake is where it was opened.
_OPENED = {
    "while parsing a flow sequence": "the [ on this line is not closed with ]",
    "while parsing a flow mapping": "the { on this line is not closed with }",
    "while scanning a quoted scalar": "the quote on this line is not closed",
}


def read_yaml(path: Path, name: str) -> YamlSource:
    """Parse `path`; a syntax error or a repeated key raises ContentError."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError([Problem(name, None, "", "the file is missing")]) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError([Problem(name, None, "", f"cannot be read: {error}")]) from None
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = error.problem or error.context or "not valid YAML"
        opened = _OPENED.get(error.context or "")
        start = error.context_mark
        if opened is not None and start is not None and start.line + 1 != line:
            what = f"{opened} (noticed on line {line}: {what})"
            line = start.line + 1
        raise ContentError([Problem(name, line, "", f"YAML syntax: {what}")]) from None
    except yaml.YAMLError as error:
        raise ContentError([Problem(name, None, "", f"YAML syntax: {error}")]) from None
    lines: dict[PathKey, int] = {}
    problems: list[Problem] = []
    if root is not None:
        _index(root, (), lines, problems, name)
    if problems:
        raise ContentError(problems)
    return YamlSource(name, data, lines)


def _index(
    node: yaml.Node,
    path: PathKey,
    lines: dict[PathKey, int],
    problems: list[Problem],
    name: str,
) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen and key != "<<":
                problems.append(
                    Problem(
                        name,
                        key_node.start_mark.line + 1,
                        format_path((*path, key)),
                        f"'{key}' is given twice; keep one",
                    )
                )
            seen.add(key)
            _index(value_node, (*path, key), lines, problems, name)
            # A field is where its name is, even when its value starts below.
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*path, index), lines, problems, name)
