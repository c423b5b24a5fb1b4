"""Any JSON value for any answer, any date from 0001 to 9999: refused in one line or assessed,
never a crash, through the engine and through the `screen` and `handout` commands."""

from __future__ import annotations

import io
import json
import os
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli.main import main
from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.assessment import assess
from kiosk.record.assessment_json import assessment_to_json
from tests.abuse.guards import time_limit
from tests.core.clients import CLEAN_CLIENT
from tests.core.engine.strategies import CONTENT, DAYS, answer_sets

# The figures the suite reports: fixed, and derandomised so CI runs the same sets.
ENGINE_SETS = 2500
WHOLE_CONSULTATIONS = 2500
SCREEN_COMMANDS = 300
HANDOUT_COMMANDS = 60

FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def assessed_or_refused(raw: dict[str, Any], today: date) -> str:
    """The outcome as JSON, or the one-line refusal; anything else fails the test."""
    try:
        answers = parse_answers(CONTENT, raw)
    except AnswerError as error:
        return f"refused: {error}"
    with time_limit(10):
        assessment = assess(CONTENT, answers, today)
    return json.dumps(assessment_to_json(CONTENT, assessment))


@settings(FUZZ, max_examples=ENGINE_SETS)
@given(raw=answer_sets(wild=True), today=DAYS)
def test_any_answer_set_is_refused_in_one_line_or_assessed(
    raw: dict[str, Any], today: date
) -> None:
    outcome = assessed_or_refused(raw, today)

    assert len(outcome.splitlines()) == 1


@settings(FUZZ, max_examples=WHOLE_CONSULTATIONS)
@given(changes=answer_sets(wild=True), today=DAYS)
def test_a_whole_consultation_with_any_answers_changed_is_refused_or_assessed(
    changes: dict[str, Any], today: date
) -> None:
    outcome = assessed_or_refused({**CLEAN_CLIENT, **changes}, today)

    assert len(outcome.splitlines()) == 1


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err), time_limit(20):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def document(changes: dict[str, Any], today: date | None) -> str:
    body: dict[str, Any] = {"answers": {**CLEAN_CLIENT, **changes}}
    if today is not None:
        body["today"] = today.isoformat()
    return json.dumps(body)


@settings(FUZZ, max_examples=SCREEN_COMMANDS)
@given(changes=answer_sets(wild=True), today=st.none() | DAYS)
def test_screen_answers_any_answers_file_with_json_or_one_line(
    tmp_path: Path, changes: dict[str, Any], today: date | None
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(document(changes, today), encoding="utf-8")

    code, out, err = run("screen", str(path))

    assert "unexpected error" not in err
    if code == 0:
        assert json.loads(out)["plan"] is not None
    else:
        assert code == 2
        assert out == ""
        assert len(err.splitlines()) == 1


@settings(FUZZ, max_examples=HANDOUT_COMMANDS)
@given(changes=answer_sets(wild=True), today=DAYS)
def test_handout_answers_any_answers_file_with_a_pdf_or_one_line(
    tmp_path: Path, changes: dict[str, Any], today: date
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(document(changes, today), encoding="utf-8")
    pdf = tmp_path / "plan.pdf"
    pdf.unlink(missing_ok=True)

    code, _, err = run("handout", str(path), "-o", str(pdf))

    assert "unexpected error" not in err
    if code == 0:
        assert pdf.read_bytes().startswith(b"%PDF")
    else:
        assert code == 2
        assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    ("answers", "named"),
    [
        ({"fitzpatrick_type": 3.0}, "fitzpatrick_type: 3.0 is not one of 1, 2, 3, 4, 5, 6"),
        ({"fitzpatrick_type": "3"}, "fitzpatrick_type: '3' is not one of"),
        ({"fitzpatrick_type": True}, "fitzpatrick_type: True is not one of"),
        ({"concerns": ["texture", 1.5]}, "concerns: 1.5 is not one of"),
        ({"concerns": [["texture"]]}, "concerns: ['texture'] is not one of"),
        ({"concerns": "texture"}, "concerns: expected a list of"),
        ({"diabetes": {"no": 1}}, "diabetes: {'no': 1} is not one of"),
        ({"date_of_birth": "9999-99-99"}, "date_of_birth: '9999-99-99' is not a real date"),
        ({"date_of_birth": "0000-01-01"}, "is not a real date"),
        ({"date_of_birth": 19880314}, "expected a date written YYYY-MM-DD, got 19880314"),
        ({"first_name": ["Ana"] * 1000}, "first_name: expected text, got ['Ana', 'Ana', 'Ana',"),
        ({"first_name": "x" * 10_000}, "first_name: the text is longer than 2000 characters"),
        ({"pacemaker": 10**5000}, "pacemaker: expected true or false, got the value"),
        ({"no\nsuch": 1}, "'no\\nsuch': no question has this linkId"),
    ],
)
def test_a_wrong_kind_of_answer_is_one_plain_line(answers: dict[str, Any], named: str) -> None:
    with pytest.raises(AnswerError) as refused:
        parse_answers(CONTENT, {**CLEAN_CLIENT, **answers})

    message = str(refused.value)
    assert named in message
    assert len(message.splitlines()) == 1
    assert len(message) < 200


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"isotretinoin_taken": True, "isotretinoin_last_dose": "9999-12-01"},
        {"recent_sunburn_or_tan": True},
        {"had_chemical_peel": True, "last_chemical_peel": "9999-12-30"},
    ],
)
@pytest.mark.parametrize("today", [date(9999, 12, 31), date(9999, 11, 1)])
def test_near_the_year_9999_the_dates_are_left_to_staff_instead_of_crashing(
    changes: dict[str, Any], today: date
) -> None:
    assessment = assess(CONTENT, parse_answers(CONTENT, {**CLEAN_CLIENT, **changes}), today)
    plan = assessment.plan

    assert plan.treatment is not None
    assert plan.dates == ()  # "dates to be confirmed" with staff
    assert all(step.on is None for step in plan.preparation)


def test_a_course_that_still_fits_before_the_year_10000_is_scheduled() -> None:
    assessment = assess(CONTENT, parse_answers(CONTENT, CLEAN_CLIENT), date(9999, 6, 30))

    assert assessment.plan.dates[0] == date(9999, 7, 7)
    assert assessment.plan.dates[-1] <= date(9999, 12, 31)


def test_a_wait_that_ends_past_9999_is_an_undated_deferral() -> None:
    answers = {**CLEAN_CLIENT, "isotretinoin_taken": True, "isotretinoin_last_dose": "9999-10-01"}
    assessment = assess(CONTENT, parse_answers(CONTENT, answers), date(9999, 10, 2))

    flags = {flag.rule: flag for flag in assessment.screening.flags}
    assert flags["isotretinoin_needling"].until is None
    assert assessment.screening.treatments["microneedling"].awaiting_healing
    assert assessment.plan.earliest_date is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('{"answers": {"fitzpatrick_type": 3.0}}', "fitzpatrick_type: 3.0 is not one of"),
        ('{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"answers": {}, "today": ' + "9" * 5000 + "}", "not usable JSON"),
        ('{"answers": {}, "today": "9999-12-31"}', "incomplete answers"),
        (
            '{"answers": {}, "today": [1, 2]}',
            "today: expected a date written YYYY-MM-DD, got [1, 2]",
        ),
        ('{"answers": {}, "\\u001b[2J": 1}', "unknown field '\\x1b[2J'"),
    ],
)
def test_screen_refuses_hostile_files_in_one_line(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")

    code, out, err = run("screen", str(path))

    assert code == 2
    assert out == ""
    assert named in err
    assert len(err.splitlines()) == 1


def test_screen_refuses_a_pipe_instead_of_waiting_for_it(tmp_path: Path) -> None:
    pipe = tmp_path / "answers.json"
    os.mkfifo(pipe)

    code, _, err = run("screen", str(pipe))

    assert code == 2
    assert "not a file" in err
