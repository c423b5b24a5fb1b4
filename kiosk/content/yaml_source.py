"""Reads a YAML content file and remembers the line of every value, for error messages."""

from __future__ import annotations

import os
import stat
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


# Limits far above any clinic's content (the shipped files hold a few
# thousand values, nested eight deep, in under 30 KB) that keep a mistaken or
# hostile file from hanging or exhausting the kiosk: a file that is not a
# regular file (a pipe would wait for ever), a huge file, nesting deep enough
# to exhaust Python's stack, and aliases that multiply into billions of values
# ("billion laughs").
LARGEST_FILE = 1_000_000  # bytes
DEEPEST_NESTING = 40  # lists and mappings inside each other
MOST_VALUES = 100_000  # values in one file, each alias counted as what it repeats


def read_yaml(path: Path, name: str) -> YamlSource:
    """Parse `path`; a syntax error, a repeated key or a file past the limits is a ContentError."""
    text = _read_text(path, name)
    try:
        _check_nesting(text, name)
        root = yaml.compose(text, Loader=SAFE_LOADER)
        lines: dict[PathKey, int] = {}
        problems: list[Problem] = []
        if root is None:
            lines[()] = 1  # a file of comments only: its mistakes are at its top
        else:
            _Indexer(name, lines, problems).index(root, ())
        if problems:
            raise ContentError(problems)
        try:
            data = yaml.load(text, Loader=SAFE_LOADER)
        except (ValueError, OverflowError) as error:
            # Such as a date that does not exist (2026-13-45): PyYAML does not
            # say where, so the value is found among the parsed nodes.
            raise ContentError([_unreadable_value(root, name, error)]) from None
    except yaml.MarkedYAMLError as error:
        raise ContentError([_syntax_problem(name, error)]) from None
    except yaml.YAMLError as error:
        raise ContentError([Problem(name, None, "", f"YAML syntax: {error}")]) from None
    except RecursionError:  # pragma: no cover - the nesting limit comes first
        raise ContentError([Problem(name, None, "", "the values are nested too deeply")]) from None
    return YamlSource(name, data, lines)


def _read_text(path: Path, name: str) -> str:
    """The file's text; only a regular file of sensible size is read."""
    # Opened without waiting (a pipe opens at once) and checked before a
    # byte is read: the type of what was opened, not of what was there before.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise ContentError([Problem(name, None, "", "the file is missing")]) from None
    except OSError as error:
        raise ContentError([Problem(name, None, "", f"cannot be read: {error}")]) from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ContentError(
                [Problem(name, None, "", "is not a regular file (a folder, pipe or device)")]
            )
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(LARGEST_FILE + 1)
    except OSError as error:
        raise ContentError([Problem(name, None, "", f"cannot be read: {error}")]) from None
    finally:
        os.close(descriptor)
    if len(data) > LARGEST_FILE:
        raise ContentError(
            [Problem(name, None, "", f"is larger than {LARGEST_FILE // 1_000_000} MB")]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError([Problem(name, None, "", f"cannot be read: {error}")]) from None


def _check_nesting(text: str, name: str) -> None:
    """Refuse lists and mappings nested past the limit, before anything recursive reads them."""
    depth = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > DEEPEST_NESTING:
                line = event.start_mark.line + 1 if event.start_mark is not None else None
                message = f"lists and mappings are nested more than {DEEPEST_NESTING} deep"
                raise ContentError([Problem(name, line, "", message)])
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _unreadable_value(root: yaml.Node | None, name: str, error: Exception) -> Problem:
    """The first scalar that cannot be turned into a value, located; else the whole file."""
    pending = [] if root is None else [root]
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(node)
            except (ValueError, OverflowError, yaml.YAMLError) as found:
                return Problem(name, node.start_mark.line + 1, "", f"not a usable value: {found}")
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
    return Problem(name, None, "", f"not a usable value: {error}")


def _syntax_problem(name: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    what = error.problem or error.context or "not valid YAML"
    opened = _OPENED.get(error.context or "")
    start = error.context_mark
    if opened is not None and start is not None and start.line + 1 != line:
        what = f"{opened} (noticed on line {line}: {what})"
        line = start.line + 1
    return Problem(name, line, "", f"YAML syntax: {what}")


class _Indexer:
    """Walks a composed file: the line of every value, repeated keys, and the limits
    on aliases (a value that contains itself, or too many values once expanded).

    An alias (*name) shares the node it names, so a node met a second time is
    part of an alias's expansion; a problem there is reported at the last
    place in the file's own text, not inside the anchor it came from.
    """

    def __init__(self, name: str, lines: dict[PathKey, int], problems: list[Problem]) -> None:
        self.name = name
        self.lines = lines
        self.problems = problems
        self.values = 0
        self.open: set[int] = set()
        self.visited: set[int] = set()
        self.written: list[tuple[PathKey, int]] = []

    def index(self, node: yaml.Node, path: PathKey) -> None:
        self.values += 1
        if self.values > MOST_VALUES:
            self._refuse(
                f"holds more than {MOST_VALUES:,} values once its aliases (*name) are "
                "expanded; write the values out instead of repeating aliases"
            )
        if id(node) in self.open:
            self._refuse("an alias (*name) is used inside the value it names")
        first_visit = id(node) not in self.visited
        self.visited.add(id(node))
        self.lines[path] = node.start_mark.line + 1
        self.open.add(id(node))
        try:
            self._children(node, path, first_visit)
        finally:
            self.open.discard(id(node))

    def _refuse(self, message: str) -> None:
        path, line = self.written[-1] if self.written else ((), 1)
        raise ContentError([Problem(self.name, line, format_path(path), message)])

    def _children(self, node: yaml.Node, path: PathKey, first_visit: bool) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
                key_line = key_node.start_mark.line + 1
                if key in seen and key != "<<":
                    self.problems.append(
                        Problem(
                            self.name,
                            key_line,
                            format_path((*path, key)),
                            f"'{key}' is given twice; keep one",
                        )
                    )
                seen.add(key)
                self._child(value_node, (*path, key), key_line, first_visit)
                # A field is where its name is, even when its value starts below.
                self.lines[(*path, key)] = key_line
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                # An alias's node starts at its anchor, elsewhere in the file.
                own = first_visit and id(item) not in self.visited
                self._child(item, (*path, index), item.start_mark.line + 1, own)

    def _child(self, node: yaml.Node, path: PathKey, line: int, written: bool) -> None:
        if written:
            self.written.append((path, line))
        try:
            self.index(node, path)
        finally:
            if written:
                self.written.pop()
