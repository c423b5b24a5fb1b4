"""Programmatic mutations of a copy of the content: each one loads (and then the kiosk works
with it) or is refused with a ContentError naming the file and line; never another
exception, never a hang."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from kiosk.content.errors import ContentError
from kiosk.content.loader import FILES, default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from tests.abuse.content_copy import content_copy
from tests.abuse.guards import time_limit
from tests.core.clients import CLEAN_CLIENT

# Values put in place of a scalar: wrong kinds, edges, huge and hostile ones.
HOSTILE_VALUES = (
    "100000",
    "-1",
    "0",
    "3.0",
    "1e309",
    ".inf",
    "-.inf",
    ".nan",
    "99999999999999999999999999999",
    "null",
    "~",
    "''",
    "[]",
    "{}",
    "true",
    "2026-13-45",
    "9999-12-31",
    '"{name!r} {0.__class__} {"',
    '"\\u202e\\U0010ffff\\x00"',
    "!!binary aGVsbG8=",
    "!!python/name:os.system",
    "*nowhere",
    "&anchor value",
    "[" * 60 + "]" * 60,
    "x" * 5000,
    "microneedling",
    "laser_resurfacing",
)
# A mutation per line is picked at random, from a fixed seed so every run is the same.
MUTATIONS_PER_FILE = 70
SEED = 14
SCALAR = re.compile(r"^(?P<head>\s*(?:- )?[A-Za-z_][\w]*:\s+)(?P<value>[^#\s].*)$")


@dataclass(frozen=True)
class Mutation:
    """One change to one content file.

    Attributes:
        file: the content file changed.
        label: what was done, for a failure message.
        apply: makes the change in the copy.
        in_file: the change is inside the file's text (a refusal then has a line).
    """

    file: str
    label: str
    apply: Callable[[Path], None]
    in_file: bool = True


def _text_edit(file: str, label: str, change: Callable[[list[str]], list[str]]) -> Mutation:
    def apply(path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(change(lines)), encoding="utf-8")

    return Mutation(file, label, apply)


def _replace_line(number: int, new: str) -> Callable[[list[str]], list[str]]:
    return lambda lines: [*lines[:number], new, *lines[number + 1 :]]


def mutations() -> Iterator[Mutation]:
    """Every mutation the suite applies, in a fixed order."""
    rng = random.Random(SEED)
    source = default_content_dir()
    for file in FILES:
        lines = (source / file).read_text(encoding="utf-8").splitlines(keepends=True)
        scalars = [n for n, line in enumerate(lines) if SCALAR.match(line.rstrip("\n"))]
        for _ in range(MUTATIONS_PER_FILE):
            number = rng.choice(scalars)
            match = SCALAR.match(lines[number].rstrip("\n"))
            assert match is not None
            kind = rng.randrange(10)
            if kind < 6:
                value = rng.choice(HOSTILE_VALUES)
                new = f"{match['head']}{value}\n"
                label = f"line {number + 1}: {value[:30]}"
            elif kind == 6:
                new = ""
                label = f"line {number + 1} deleted"
            elif kind == 7:
                new = lines[number] * 2
                label = f"line {number + 1} doubled"
            elif kind == 8:
                new = "   " + lines[number]
                label = f"line {number + 1} indented"
            else:
                new = lines[number].replace(":", "", 1)
                label = f"line {number + 1} without its colon"
            yield _text_edit(file, label, _replace_line(number, new))
        cut = rng.randrange(len(lines))
        yield _text_edit(file, f"cut at line {cut}", _cut_at(cut))
        yield from _whole_file(file)


def _cut_at(cut: int) -> Callable[[list[str]], list[str]]:
    return lambda lines: lines[:cut]


def _whole_file(file: str) -> Iterator[Mutation]:
    def fifo(path: Path) -> None:
        path.unlink()
        os.mkfifo(path)

    def folder(path: Path) -> None:
        path.unlink()
        path.mkdir()

    def device(path: Path) -> None:
        path.unlink()
        path.symlink_to("/dev/zero")

    def missing(path: Path) -> None:
        path.unlink()

    def writes(data: bytes) -> Callable[[Path], None]:
        def write(path: Path) -> None:
            path.write_bytes(data)

        return write

    for label, apply in (
        ("a pipe", fifo),
        ("a folder", folder),
        ("a device", device),
        ("missing", missing),
    ):
        yield Mutation(file, label, apply, in_file=False)
    yield Mutation(file, "empty", writes(b""), in_file=False)
    yield Mutation(file, "binary", writes(bytes(range(256)) * 4), in_file=False)
    yield Mutation(file, "not UTF-8", writes(b"name: \xff\xfe\n"), in_file=False)
    yield Mutation(file, "a list", writes(b"- 1\n- 2\n"))
    yield Mutation(file, "an alias bomb", writes(_bomb()))
    yield Mutation(file, "a self-alias", writes(b"a: &a [*a]\n"))
    yield Mutation(file, "deep nesting", writes(b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n"))


def _bomb() -> bytes:
    rows = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, 9)]
    return ("\n".join(rows) + "\n").encode()


MUTATIONS = tuple(mutations())


def kiosk_works_with(content: Content) -> None:
    """What the kiosk does with loaded content: assess a client and print the plan."""
    try:
        answers = parse_answers(content, CLEAN_CLIENT)
    except AnswerError:
        return  # the mutated questionnaire asks something else: the kiosk would ask again
    assessment = assess(content, answers, date(2026, 11, 21))
    plan = assessment.plan
    if plan.treatment is not None:
        limits = content.catalogue.treatment[plan.treatment].needle_depth_mm
        if plan.depth_mm is not None and limits is not None:
            assert limits.min <= plan.depth_mm[0] <= plan.depth_mm[1] <= limits.max
        assert len(plan.dates) <= 20
    timings = content.clinic.kiosk
    assert 20 <= timings.idle_timeout_seconds <= 600
    assert render_handout(plan_in_words(content, assessment, None)).startswith(b"%PDF")


def test_the_suite_mutates_every_content_file_hundreds_of_times() -> None:
    assert {mutation.file for mutation in MUTATIONS} == set(FILES)
    assert len(MUTATIONS) == len(FILES) * (MUTATIONS_PER_FILE + 12)


@pytest.mark.parametrize("file", FILES)
def test_every_mutation_loads_or_is_refused_with_file_and_line(tmp_path: Path, file: str) -> None:
    folder = content_copy(tmp_path)
    original = (folder / file).read_bytes()
    outcomes = {"loaded": 0, "refused": 0}
    for mutation in (m for m in MUTATIONS if m.file == file):
        target = folder / file
        mutation.apply(target)
        try:
            with time_limit(10):
                try:
                    content = load_content(folder)
                except ContentError as error:
                    outcomes["refused"] += 1
                    for problem in error.problems:
                        assert problem.file in FILES, (mutation.label, problem)
                        if mutation.in_file and problem.file == file:
                            assert problem.line is not None, (mutation.label, problem)
                        assert "Recursion" not in problem.message
                else:
                    outcomes["loaded"] += 1
                    kiosk_works_with(content)
        finally:
            _restore(target, original)
    assert outcomes["refused"] > 0


def _restore(path: Path, original: bytes) -> None:
    if path.is_symlink() or path.is_file() or (path.exists() and not path.is_dir()):
        path.unlink()
    elif path.is_dir():
        path.rmdir()
    path.write_bytes(original)
