"""The headless commands: check-content and screen, their output and their errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.cli.main import main
from kiosk.content.loader import default_content_dir
from tests.core.clients import CLEAN_CLIENT
from tests.core.content.translated_copies import content_copy, translate_all


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def answers_file(tmp_path: Path, document: Any) -> str:
    path = tmp_path / "answers.json"
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_check_content_says_ok_with_the_version(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The shipped content, each language it lists translated in full.
    folder = content_copy(tmp_path)
    translate_all(folder)

    code, out, _ = run(capsys, "check-content", str(folder))

    assert code == 0
    assert re.fullmatch(
        r"OK: content version [0-9a-f]{16} \(\d+ questions on \d+ pages, .*\)\n", out
    )


def test_check_content_lists_each_mistake_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    rules = folder / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert "question: pacemaker," in text
    rules.write_text(text.replace("question: pacemaker,", "question: pacemakr,"), encoding="utf-8")
    line = next(
        number
        for number, row in enumerate(rules.read_text().splitlines(), start=1)
        if "pacemakr" in row
    )

    code, out, err = run(capsys, "check-content", str(folder))

    assert code == 1
    assert out == ""
    assert f"rules.yaml, line {line}" in err
    assert "no question has linkId 'pacemakr'" in err
    assert "Traceback" not in err


def test_check_content_refuses_a_rule_citing_an_unknown_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    rules = folder / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert text.count("source: [colorado_aesthetics]") == 1
    rules.write_text(
        text.replace("source: [colorado_aesthetics]", "source: [colorado_aesthetic]"),
        encoding="utf-8",
    )
    line = next(
        number
        for number, row in enumerate(rules.read_text().splitlines(), start=1)
        if "colorado_aesthetic]" in row
    )

    code, out, err = run(capsys, "check-content", str(folder))

    assert code == 1
    assert out == ""
    assert f"rules.yaml, line {line}, rules[5].source[0]: no reference has id" in err
    assert "'colorado_aesthetic'" in err


def test_check_content_refuses_a_reference_listed_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    references = folder / "references.yaml"
    text = references.read_text(encoding="utf-8")
    assert "  - id: kauai_skin\n" in text
    references.write_text(
        text.replace("  - id: kauai_skin\n", "  - id: mailash\n"), encoding="utf-8"
    )
    line = max(
        number
        for number, row in enumerate(references.read_text().splitlines(), start=1)
        if row == "  - id: mailash"
    )

    code, _, err = run(capsys, "check-content", str(folder))

    assert code == 1
    assert f"references.yaml, line {line}" in err
    assert "reference id 'mailash' is used twice" in err


def test_screen_prints_the_outcome_as_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = answers_file(
        tmp_path,
        {
            "today": "2026-11-21",
            "answers": {
                **CLEAN_CLIENT,
                "isotretinoin_taken": True,
                "isotretinoin_last_dose": "2026-08-31",
            },
        },
    )

    code, out, err = run(capsys, "screen", path)

    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) >= {
        "status",
        "earliest_date",
        "flags",
        "treatments",
        "plan",
        "content_version",
    }
    assert result["status"] == "defer"
    assert result["earliest_date"] == "2027-02-28"
    flag = result["flags"][0]
    assert set(flag) >= {
        "rule",
        "outcome",
        "treatments",
        "until",
        "answers",
        "client_text",
        "staff_text",
        "source",
        "title",
        "references",
    }
    assert flag["title"] == "Isotretinoin, before needling"
    assert flag["references"][0]["title"].startswith("Isotretinoin and timing of procedural")
    assert flag["source"].startswith("Isotretinoin and timing of procedural interventions")
    assert flag["answers"] == {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-08-31"}
    assert flag["until"] == "2027-02-28"
    assert {t["code"]: t["suitability"] for t in result["treatments"]}["microneedling"] == "defer"
    plan = result["plan"]
    assert set(plan) >= {
        "treatment",
        "alternatives",
        "sessions",
        "interval_weeks",
        "dates",
        "depth_mm",
        "preparation",
        "aftercare",
        "cost",
    }
    assert plan["treatment"] == "microneedling"
    assert plan["dates"][0] == "2027-03-01"  # the 28th is a Sunday: the clinic is closed
    assert plan["cost"]["currency"] == "GBP"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"answers": {', "not valid JSON (line 1, column 14"),
        ("[1, 2]", 'expected {"answers": {linkId: value, ...}}'),
        ({"answers": {"shoe_size": 7}}, "shoe_size: no question has this linkId"),
        ({"answers": {"pacemaker": "yes"}}, "pacemaker: expected true or false, got 'yes'"),
        ({"answers": {"date_of_birth": "1990-02-30"}}, "'1990-02-30' is not a real date"),
        ({"answers": {}, "today": "2026-13-01"}, "today: '2026-13-01' is not a real date"),
        ({"answers": {}, "when": "now"}, "unknown field 'when'"),
        ({"answers": {"first_name": "Ana"}}, "incomplete answers: last_name: Please answer"),
    ],
)
def test_screen_refuses_bad_input_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> None:
    code, out, err = run(capsys, "screen", answers_file(tmp_path, document))

    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert message in err


def test_screen_names_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "screen", str(tmp_path / "nowhere.json"))

    assert code == 2
    assert "nowhere.json: no such file" in err


def test_the_installed_command_runs_headless_without_loading_qt(tmp_path: Path) -> None:
    path = answers_file(tmp_path, {"answers": {"pacemaker": "yes"}})
    script = (
        "import sys; from ui.main import main; code = main(['screen', sys.argv[1]]); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(code)"
    )

    done = subprocess.run(
        [sys.executable, "-c", script, path], capture_output=True, text=True, check=False
    )

    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        "clinic-kiosk screen: pacemaker: expected true or false, got 'yes'"
    )
