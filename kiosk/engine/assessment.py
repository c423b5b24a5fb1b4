"""One consultation's outcome: the answers that count, screening, plan and overall status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.content.model import Content
from kiosk.engine.answers import Answers
from kiosk.engine.plan import Plan, build_plan
from kiosk.engine.screening import ScreeningResult, Suitability, screen
from kiosk.engine.validation import AnswerIssue, check_answers
from kiosk.engine.visibility import active_answers


@dataclass(frozen=True)
class Assessment:
    """Everything the kiosk concludes from one client's answers.

    Attributes:
        today: the day it was worked out for.
        answers: the answers that count (enabled items, plus derived values).
        issues: answers still missing or not acceptable; empty when complete.
        screening: the flags and each treatment's standing.
        plan: the ranked, scheduled, priced plan.
        status: the standing of the recommended treatment, or not_suitable
            when nothing can be offered.
        content_version: the content the answers were checked against.
    """

    today: date
    answers: Answers
    issues: tuple[AnswerIssue, ...]
    screening: ScreeningResult
    plan: Plan
    status: Suitability
    content_version: str

    @property
    def complete(self) -> bool:
        """Whether every required answer is given and acceptable."""
        return not self.issues


def assess(content: Content, answers: Answers, today: date) -> Assessment:
    """Screen and plan for `answers` as of `today`.

    Answers to questions that are not enabled are dropped first, so they never
    change the outcome.
    """
    active = active_answers(content, answers, today)
    screening = screen(content, active, today)
    plan = build_plan(content, active, screening, today)
    status = (
        Suitability.NOT_SUITABLE
        if plan.treatment is None
        else screening.treatments[plan.treatment].suitability
    )
    return Assessment(
        today=today,
        answers=active,
        issues=tuple(check_answers(content, answers, today)),
        screening=screening,
        plan=plan,
        status=status,
        content_version=content.version,
    )
