"""`check-content` and `screen`: the content and the engine from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.cli.problems import EXIT_CONTENT, CommandError
from kiosk.cli.translation_report import translation_report
from kiosk.content.errors import ContentError
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.answers import AnswerError, parse_answers, parse_date, shown
from kiosk.engine.assessment import Assessment, assess
from kiosk.record.assessment_json import assessment_to_json
from kiosk.setup.settings import SettingsError, load_settings


def check_content(args: argparse.Namespace) -> int:
    """Validate the content and its translations; print OK and its version, or every mistake.

    A language clinic.yaml lists whose translation is incomplete (or has any
    problem) is refused here, though the kiosk itself starts without it.
    """
    content = load_or_explain(args.directory)
    if not translation_report(content):
        raise CommandError("the translations cannot be offered until these are fixed", EXIT_CONTENT)
    print(
        f"OK: content version {content.version} "
        f"({len(content.questionnaire.by_link_id)} questions on "
        f"{len(content.questionnaire.pages)} pages, {len(content.rules.rules)} rules, "
        f"{len(content.catalogue.treatments)} treatments)"
    )
    return 0


def assess_answers_file(
    path: Path, content_dir: Path | None, language: str | None
) -> tuple[Content, Assessment]:
    """The content and a complete assessment of ANSWERS.json, or a one-line CommandError."""
    content = load_or_explain(content_dir)
    raw, today = read_answers_file(path)
    try:
        answers = parse_answers(content, raw)
    except AnswerError as error:
        raise CommandError(str(error)) from None
    assessment = assess(content, answers, today)
    if assessment.issues:
        first = assessment.issues[0]
        more = len(assessment.issues) - 1
        suffix = f" (and {more} more)" if more else ""
        message = content.text(first.message, language)
        raise CommandError(f"incomplete answers: {first.link_id}: {message}{suffix}")
    return content, assessment


def screen_answers(args: argparse.Namespace) -> int:
    """Screen ANSWERS.json and print the outcome as JSON."""
    content, assessment = assess_answers_file(args.answers, args.content, args.language)
    json.dump(assessment_to_json(content, assessment, args.language), sys.stdout, indent=2)
    print()
    return 0


def configured_content_dir(given: Path | None) -> Path | None:
    """The folder given on the command line, else the `content_dir` setting (None: built-in)."""
    if given is not None:
        return given
    try:
        configured = load_settings().content_dir
    except SettingsError as error:
        raise CommandError(str(error), EXIT_CONTENT) from None
    return Path(configured) if configured else None


def load_or_explain(directory: Path | None) -> Content:
    """The content (given folder, else the configured one), or every problem and a CommandError."""
    directory = configured_content_dir(directory)
    try:
        return load_content(directory)
    except ContentError as error:
        count = len(error.problems)
        print(f"The content has {count} problem{'s' if count != 1 else ''}:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        raise CommandError(
            "the content cannot be used until these are fixed", EXIT_CONTENT
        ) from None


def read_answers_file(path: Path) -> tuple[dict[str, Any], date]:
    """The answers and the day from an ANSWERS.json file; CommandError on any mistake."""
    if path.exists() and not path.is_file():
        # A folder, a pipe or a device: reading a pipe would wait for ever.
        raise CommandError(f"{path}: not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"{path}: cannot be read ({error})") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise CommandError(f"{path}: the JSON is nested too deeply to be answers") from None
    except ValueError as error:  # such as an integer of more than 4,300 digits
        raise CommandError(f"{path}: not usable JSON ({error})") from None
    if not isinstance(document, dict) or not isinstance(document.get("answers"), dict):
        raise CommandError(f'{path}: expected {{"answers": {{linkId: value, ...}}}}')
    unknown = set(document) - {"answers", "today"}
    if unknown:
        raise CommandError(f"{path}: unknown field {shown(sorted(unknown)[0])}")
    today_text = document.get("today")
    if today_text is None:
        today = date.today()
    elif isinstance(today_text, str):
        try:
            today = parse_date("today", today_text)
        except AnswerError as error:
            raise CommandError(str(error)) from None
    else:
        raise CommandError(f"today: expected a date written YYYY-MM-DD, got {shown(today_text)}")
    return document["answers"], today
