"""Content that would break the kiosk is refused by check-content, with file and line."""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from kiosk.cli.main import main
from tests.abuse.content_copy import content_copy, edit, refusal
from tests.abuse.guards import time_limit


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return content_copy(tmp_path)


def only(problems: tuple[object, ...]) -> str:
    assert len(problems) == 1, problems
    return str(problems[0])


@pytest.mark.parametrize(
    ("name", "old", "new", "said"),
    [
        # A 100,000-month wait left a client stuck on the last page.
        (
            "clinic.yaml",
            "isotretinoin_needling: {months: 6}",
            "isotretinoin_needling: {months: 100000}",
            "waiting_periods.isotretinoin_needling.months: "
            "Input should be less than or equal to 120",
        ),
        (
            "clinic.yaml",
            "sunburn: {weeks: 2}",
            "sunburn: {days: 99999999999}",
            "waiting_periods.sunburn.days: Input should be less than or equal to 3660",
        ),
        # An idle timeout of 1,000,000 s switched the privacy reset off.
        (
            "clinic.yaml",
            "idle_timeout_seconds: 90",
            "idle_timeout_seconds: 1000000",
            "kiosk.idle_timeout_seconds: Input should be less than or equal to 600",
        ),
        (
            "clinic.yaml",
            "idle_countdown_seconds: 30",
            "idle_countdown_seconds: 86400",
            "kiosk.idle_countdown_seconds: Input should be less than or equal to 120",
        ),
        (
            "clinic.yaml",
            "first_session_after_days: 7",
            "first_session_after_days: 3000000",
            "first_session_after_days: Input should be less than or equal to 365",
        ),
        (
            "clinic.yaml",
            "review_penalty: 1.0",
            "review_penalty: .inf",
            "ranking.review_penalty: Input should be a finite number",
        ),
        (
            "clinic.yaml",
            "microneedling: {min: 180, max: 250}",
            "microneedling: {min: 180, max: 1e308}",
            "prices.microneedling: a price is at most 1,000,000",
        ),
        # A concern's depth beyond its treatment's range made the plan propose 3.0 mm.
        (
            "concerns.yaml",
            "needle_depth_mm: {min: 1.5, max: 2.0, typical: 1.5}",
            "needle_depth_mm: {min: 3.0, max: 3.0, typical: 3.0}",
            "concerns[1].needle_depth_mm: 3-3 mm is outside the range of 'microneedling' in "
            "treatments.yaml (0.5-2.5 mm)",
        ),
        (
            "treatments.yaml",
            "needle_depth_mm: {min: 0.5, max: 2.5, typical: 1.0}",
            "needle_depth_mm: {min: 0.5, max: 25, typical: 1.0}",
            "treatments[0].needle_depth_mm: a needle depth is at most 4 mm",
        ),
        (
            "treatments.yaml",
            "sessions: {min: 3, max: 6, typical: 4}",
            "sessions: {min: 3, max: 1000000000, typical: 4}",
            "treatments[3].sessions: a course has at most 20 sessions",
        ),
        # A placeholder mistake was always reported at line 5.
        (
            "handout.yaml",
            'prepared_for: "Prepared for {name} on {date}"',
            'prepared_for: "Prepared for {nmae} on {date}"',
            "prepared_for: unknown {nmae}; it can use {date}, {name}",
        ),
        (
            "handout.yaml",
            'prepared_for: "Prepared for {name} on {date}"',
            'prepared_for: "Prepared for {name:>999999999} on {date}"',
            "prepared_for: write {name} without formatting codes (: or !)",
        ),
        (
            "handout.yaml",
            'prepared_for: "Prepared for {name} on {date}"',
            'prepared_for: "Prepared for {name on {date}"',
            "prepared_for: a { or } is not closed",
        ),
    ],
)
def test_a_value_that_would_break_the_kiosk_is_refused_on_its_line(
    folder: Path, name: str, old: str, new: str, said: str
) -> None:
    line = edit(folder, name, old, new)

    assert only(refusal(folder)).startswith(f"{name}, line {line}, {said}")


def test_a_wait_in_a_rule_is_limited_like_the_clinics_waits(folder: Path) -> None:
    line = edit(folder, "rules.yaml", "setting: sunburn", "period: {months: 100000}")

    assert f"rules.yaml, line {line}" in only(refusal(folder))


BOMB = "lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{level}: &lol{level} [" + ", ".join([f"*lol{level - 1}"] * 10) + "]\n"
    for level in range(1, 10)
)


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("care.yaml", BOMB, "care.yaml, line 5, lol4: holds more than 100,000 values"),
        (
            "care.yaml",
            "preparation: &loop {again: *loop}\n",
            "care.yaml, line 1, preparation.again",
        ),
        ("rules.yaml", "rules: " + "[" * 10_000 + "]" * 10_000 + "\n", "rules.yaml, line 1"),
        (
            "clinic.yaml",
            "".join("  " * depth + f"level{depth}:\n" for depth in range(60)) + "  " * 60 + "x\n",
            "clinic.yaml, line 41",
        ),
        ("skin_type.yaml", "x: " + "y" * 2_000_000 + "\n", "skin_type.yaml: is larger than 1 MB"),
        ("consent.yaml", "\ufffe\x00\x01", "consent.yaml"),
        ("handout.yaml", "a: !!python/object/apply:os.system [echo]\n", "handout.yaml, line 1"),
    ],
)
def test_files_built_to_hang_or_exhaust_the_kiosk_are_refused_quickly(
    folder: Path, name: str, text: str, said: str
) -> None:
    (folder / name).write_text(text, encoding="utf-8")

    problems = refusal(folder, seconds=5)

    assert str(problems[0]).startswith(said)
    assert "Recursion" not in str(problems[0])


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_special_file_in_place_of_a_content_file_is_refused_without_waiting(
    folder: Path, kind: str
) -> None:
    path = folder / "rules.yaml"
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero")

    problems = refusal(folder, seconds=5)

    assert str(problems[0]).startswith("rules.yaml: is not a regular file")


def test_check_content_on_a_pipe_answers_in_one_line_per_problem(folder: Path) -> None:
    (folder / "care.yaml").unlink()
    os.mkfifo(folder / "care.yaml")
    out, err = io.StringIO(), io.StringIO()

    with redirect_stdout(out), redirect_stderr(err), time_limit(10):
        code = main(["check-content", str(folder)])

    assert code == 1
    assert "care.yaml: is not a regular file" in err.getvalue()
    assert "unexpected error" not in err.getvalue()


def test_a_pattern_that_could_freeze_the_kiosk_on_a_long_answer_is_refused(folder: Path) -> None:
    line = edit(
        folder,
        "questionnaire.yaml",
        r"regex: '^\+?[0-9][0-9 ()-]{6,19}$'",
        r"regex: '^(\+?[0-9 ]+)+$'",
    )

    problem = only(refusal(folder))

    assert problem.startswith(f"questionnaire.yaml, line {line}, ")
    assert "the regex repeats a group that itself repeats" in problem
