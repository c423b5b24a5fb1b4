"""Whether a client's answers can be accepted: required answers and each question's limits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kiosk.content.model import Content
from kiosk.content.questionnaire import (
    AgeBetween,
    ChoiceCount,
    Constraint,
    DateNotInFuture,
    ItemType,
    NumberBetween,
    Page,
    TextLength,
    TextPattern,
)
from kiosk.content.text import LocalText
from kiosk.engine.answers import Answers, AnswerValue
from kiosk.engine.visibility import active_answers, age_on, enabled_items


@dataclass(frozen=True)
class AnswerIssue:
    """Why an answer cannot be accepted yet.

    Attributes:
        link_id: the question it belongs to.
        message: what the client reads next to it.
    """

    link_id: str
    message: LocalText


def check_answers(
    content: Content, answers: Answers, today: date, page: Page | None = None
) -> list[AnswerIssue]:
    """Every reason the answers (on `page`, or everywhere) cannot be accepted yet."""
    active = active_answers(content, answers, today)
    on_page = None if page is None else {item.link_id for item in page.items}
    issues: list[AnswerIssue] = []
    for item in enabled_items(content, answers, today):
        if on_page is not None and item.link_id not in on_page:
            continue
        value = active.get(item.link_id)
        if value is None:
            if item.required:
                messages = content.questionnaire.messages
                tapped = item.type in (ItemType.BOOLEAN, ItemType.CHOICE, ItemType.MULTI_CHOICE)
                message = messages.choice_needed if tapped else messages.answer_needed
                issues.append(AnswerIssue(item.link_id, message))
            continue
        for constraint in item.constraints:
            if not _satisfies(constraint, value, today):
                issues.append(AnswerIssue(item.link_id, constraint.message))
                break
    return issues


def _satisfies(constraint: Constraint, value: AnswerValue, today: date) -> bool:
    match constraint:
        case DateNotInFuture():
            return not isinstance(value, date) or value <= today
        case AgeBetween(min=low, max=high):
            if not isinstance(value, date):
                return True
            return value <= today and low <= age_on(value, today) <= high
        case NumberBetween(min=low, max=high):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return True
            return low <= value <= high
        case TextPattern(regex=regex):
            return not isinstance(value, str) or re.fullmatch(regex, value) is not None
        case TextLength(min=low, max=high):
            return not isinstance(value, str) or low <= len(value) <= high
        case ChoiceCount(min=low, max=high):
            count = len(value) if isinstance(value, tuple) else 1
            return count >= low and (high is None or count <= high)
    return True  # pragma: no cover
