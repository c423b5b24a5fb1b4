"""The screen and the paper tell a client the same plan: treatment, reasons, dates, steps, cost."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.consultation.intake import Intake
from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from tests.core.clients import CLEAN_CLIENT, TODAY
from tests.pdf import pdf_text
from ui.wizard.plan_page import PlanPage
from ui.wizard.results_page import ResultsPage


@dataclass(frozen=True)
class Story:
    """A realistic client and what both the screen and the paper must say to them."""

    changes: dict[str, object]
    treatment: str | None
    says: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    dates: tuple[str, ...] = field(default=())


STORIES = {
    "clean": Story(
        {},
        "Microneedling",
        says=("Acne scars (very well)", "Rough texture (very well)", "£540", "£750"),
        dates=(
            "Saturday 28 November 2026",
            "Tuesday 29 December 2026",  # closed 24 to 28 December
            "Tuesday 26 January 2027",
        ),
    ),
    # The screen used to list "Stretch marks (not really)" as a reason for a
    # peel; the paper left it out. Now neither does.
    "bleeding disorder, uneven tone and stretch marks": Story(
        {"bleeding_disorder": True, "concerns": ["uneven_tone", "stretch_marks"]},
        "Chemical peel",
        says=("Dull or uneven tone (very well)", "£360", "£600"),
        never=("Stretch marks (", "not really"),
        dates=("Saturday 28 November 2026", "Thursday 26 November 2026"),
    ),
    "deferred by isotretinoin, with retinoids and cold sores": Story(
        {
            "isotretinoin_taken": True,
            "isotretinoin_last_dose": "2026-08-31",
            "topical_retinoids": True,
            "cold_sore_history": True,
        },
        "Microneedling",
        says=(
            "needling waits until the date shown",
            "Treatment can wake up cold sores",
            "Stop using retinol, retinoid and acid creams",
            "ask your doctor or pharmacist whether to start them",
        ),
        dates=(
            "Sunday 28 February 2027",  # the headline's date, said once
            "Monday 1 March 2027",  # the first open day
            "Tuesday 30 March 2027",  # Easter Monday is a closure
            "Wednesday 24 February 2027",  # retinoids stop 5 days before
            "Saturday 27 February 2027",
        ),
    ),
    "several deferrals at once": Story(
        {
            "recent_sunburn_or_tan": True,
            "had_chemical_peel": True,
            "last_chemical_peel": "2026-11-10",
            "had_laser": True,
            "last_laser": "2026-11-14",
        },
        "Microneedling",
        dates=("Saturday 5 December 2026", "Tuesday 8 December 2026", "Saturday 28 November 2026"),
    ),
    "deferred until a cold sore heals": Story(
        {"cold_sore_active": True, "had_laser": True, "last_laser": "2026-11-14"},
        "Microneedling",
        says=("7 days before", "The day before", "The day itself"),
        never=("1 days before", "Session 1"),
        dates=("Saturday 28 November 2026",),
    ),
    "not suitable: pregnant": Story(
        {"pregnant_or_breastfeeding": True},
        None,
        says=("We do not offer these treatments during pregnancy",),
        never=("£",),
    ),
}


def intake_for(content: Content, changes: dict[str, object]) -> Intake:
    """An intake with the clean client's answers and `changes`, given question by question."""
    raw = {k: v for k, v in {**CLEAN_CLIENT, **changes}.items() if v is not None}
    answers = parse_answers(content, raw)
    intake = Intake(content, TODAY, "en")
    for item in content.questionnaire.items():
        if item.link_id in answers:
            intake.set(item.link_id, answers[item.link_id])
    return intake


def words_on(page: QWidget) -> str:
    """Every label's text on `page`, as one line (as pdf_text gives the paper's)."""
    labels = [label.text() for label in page.findChildren(QLabel) if label.text()]
    return re.sub(r"\s+", " ", " ".join(labels))


@pytest.mark.parametrize("story", STORIES.values(), ids=STORIES.keys())
def test_the_screen_and_the_paper_carry_the_same_plan(
    qtbot: QtBot, content: Content, story: Story
) -> None:
    intake = intake_for(content, story.changes)
    results, plan = ResultsPage(intake), PlanPage(intake, can_print=True)
    for page in (results, plan):
        qtbot.addWidget(page)
        page.initialize_page()
    screen = words_on(results) + " " + words_on(plan)
    told = plan_in_words(content, intake.assessment(), intake.language)
    paper = pdf_text(render_handout(told, reproducible=True))

    expected: list[str] = [*story.says, *story.dates]
    expected += [reason.text for reason in told.reasons]
    expected += [reason.until for reason in told.reasons if reason.until]
    suggestion = told.suggestion
    if story.treatment is None:
        assert suggestion is None
    else:
        assert suggestion is not None
        assert suggestion.treatment == story.treatment
        expected += [suggestion.treatment, *suggestion.helps_with, *suggestion.dates]
        for step in suggestion.preparation:
            expected += [step.when, step.text]
        if suggestion.cost is not None:
            expected += [suggestion.cost.low, suggestion.cost.high]
    for words in expected:
        assert words in screen, f"the screen does not say {words!r}"
        assert words in paper, f"the paper does not say {words!r}"
    for words in story.never:
        assert words not in screen, f"the screen says {words!r}"
        assert words not in paper, f"the paper says {words!r}"


def test_a_deferral_s_date_is_said_once_on_the_screen_and_once_on_paper(
    qtbot: QtBot, content: Content
) -> None:
    intake = intake_for(
        content, {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-08-31"}
    )
    results = ResultsPage(intake)
    qtbot.addWidget(results)
    results.initialize_page()
    told = plan_in_words(content, intake.assessment(), intake.language)
    paper = pdf_text(render_handout(told, reproducible=True))

    assert words_on(results).count("28 February 2027") == 1
    assert "(from Sunday 28 February 2027)" not in paper
    assert "Not today: your treatment can start from Sunday 28 February 2027." in paper
