"""Mistakes in the clinic's calendar are reported on their own line of clinic.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.content.test_content_errors import edit, folder, only_problem

__all__ = ["folder"]  # the fixture, shared with the other content-error tests


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        pytest.param(
            '    tuesday: "09:00-18:00"\n',
            '    tuesday: "9 till 6"\n',
            'write the hours as "09:00-18:00"',
            id="hours-in-words",
        ),
        pytest.param(
            '    tuesday: "09:00-18:00"\n',
            '    tuesday: "18:00-09:00"\n',
            "closes (09:00) before it opens (18:00)",
            id="closes-before-it-opens",
        ),
        pytest.param(
            '    tuesday: "09:00-18:00"\n',
            '    tuesday: "09:00-25:00"\n',
            "is not a time of day",
            id="no-such-time",
        ),
    ],
)
def test_a_wrong_day_of_hours_is_reported_on_its_line(
    folder: Path, old: str, new: str, words: str
) -> None:
    line = edit(folder, "clinic.yaml", old, new)

    problem = only_problem(folder)

    assert (problem.file, problem.line) == ("clinic.yaml", line)
    assert words in problem.message


def test_a_closure_ending_before_it_starts_is_reported_on_its_line(folder: Path) -> None:
    old = "    - {first: 2027-01-01, reason: New Year's Day}\n"
    line = edit(folder, "clinic.yaml", old, "    - {first: 2027-01-01, last: 2026-12-31}\n")

    problem = only_problem(folder)

    assert (problem.file, problem.line) == ("clinic.yaml", line)
    assert "before the first" in problem.message


def test_a_week_missing_a_day_or_with_no_open_day_is_refused(folder: Path) -> None:
    edit(folder, "clinic.yaml", '    saturday: "10:00-16:00"\n', "")

    problem = only_problem(folder)

    assert problem.file == "clinic.yaml"
    assert "missing: saturday" in problem.message


def test_a_closure_of_more_than_three_months_is_a_typing_mistake(folder: Path) -> None:
    old = "    - {first: 2027-01-01, reason: New Year's Day}\n"
    edit(folder, "clinic.yaml", old, "    - {first: 2027-01-01, last: 2028-01-01}\n")

    assert "at most 92 days" in only_problem(folder).message
