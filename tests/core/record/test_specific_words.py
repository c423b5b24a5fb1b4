"""A flag names what the client told us, and a date said in the headline is not said again."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.content.errors import ContentError
from kiosk.content.loader import default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.assessment_view import assessment_view
from kiosk.record.telling import plan_in_words
from tests.core.clients import CLEAN_CLIENT

TODAY = date(2026, 11, 21)


def told(content: Content, **changes: object) -> tuple[str, ...]:
    assessment = assess(content, parse_answers(content, {**CLEAN_CLIENT, **changes}), TODAY)
    return tuple(reason.text for reason in plan_in_words(content, assessment).reasons)


def test_the_medicine_the_client_chose_is_named_in_their_terms(content: Content) -> None:
    reasons = told(content, anticoagulants=True, anticoagulant_kind="newer_anticoagulant")

    assert any("about your blood-thinning medicine." in reason for reason in reasons), reasons


def test_without_a_choice_the_fallback_words_are_used(content: Content) -> None:
    reasons = told(content, anticoagulants=True)

    assert any("talk with you about your medicine." in reason for reason in reasons), reasons
    assert not any("{" in reason for reason in reasons)


def test_staff_read_the_same_words_as_the_client(content: Content) -> None:
    answers = parse_answers(
        content, {**CLEAN_CLIENT, "anticoagulants": True, "anticoagulant_kind": "warfarin"}
    )
    view = assessment_view(content, assess(content, answers, TODAY))

    (flag,) = (flag for flag in view.flags if flag.rule == "anticoagulants")
    assert "about your warfarin." in flag.client_text


def test_the_printout_names_the_medicine_too(content: Content, tmp_path: Path) -> None:
    answers = parse_answers(
        content, {**CLEAN_CLIENT, "anticoagulants": True, "anticoagulant_kind": "aspirin"}
    )
    words = plan_in_words(content, assess(content, answers, TODAY))
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(render_handout(words))

    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "about your daily aspirin." in printed


def test_a_deferral_s_date_is_said_once(content: Content) -> None:
    assessment = assess(
        content,
        parse_answers(content, {**CLEAN_CLIENT, "recent_sunburn_or_tan": True}),
        TODAY,
    )
    words = plan_in_words(content, assessment)

    assert words.headline.from_date is not None
    assert words.reasons, "the sunburn is a reason"
    for reason in words.reasons:
        assert reason.until != words.headline.from_date
        assert words.headline.from_date not in reason.until_line


@pytest.mark.parametrize(
    ("new", "words"),
    [
        ("about {anticoagulant_kinds|your medicine}.", "'anticoagulant_kinds' in {...}"),
        ("about {anticoagulants|your medicine}.", "not a choice question"),
        ("about {anticoagulant_kind}.", "a brace that is not a placeholder"),
    ],
)
def test_check_content_refuses_a_placeholder_it_cannot_fill(
    tmp_path: Path, new: str, words: str
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    rules = folder / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    old = "about {anticoagulant_kind|your medicine}."
    assert text.count(old) == 1
    rules.write_text(text.replace(old, new), encoding="utf-8")
    line = text[: text.index(old)].count("\n")  # the client_text key's line, just above

    with pytest.raises(ContentError) as caught:
        load_content(folder)

    (problem,) = caught.value.problems
    assert problem.file == "rules.yaml"
    assert problem.line == line
    assert words in problem.message
