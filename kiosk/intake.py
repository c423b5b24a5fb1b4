"""Which questions a client sees, the values derived from answers, and answer checks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from kiosk.answers import Answers, AnswerValue
from kiosk.conditions import all_or_any
from kiosk.content.model import DATE_OF_BIRTH_ITEM, Content
from kiosk.content.questionnaire import (
    AgeBetween,
    ChoiceCount,
    Constraint,
    DateNotInFuture,
    Item,
    ItemType,
    NumberBetween,
    Page,
    TextLength,
    TextPattern,
)
from kiosk.content.text import LocalText
from kiosk.skin_type import skin_type_from_quiz


@dataclass(frozen=True)
class AnswerIssue:
    """Why an answer cannot be accepted yet.

    Attributes:
        link_id: the question it belongs to.
        message: what the client reads next to it.
    """

    link_id: str
    message: LocalText


def age_on(born: date, today: date) -> int:
    """Whole years between `born` and `today`."""
    return relativedelta(today, born).years


def with_derived(content: Content, answers: Answers, today: date) -> Answers:
    """`answers` plus what follows from them: the quiz's skin type, and `age`.

    A skin type the client chose directly is kept; the quiz only fills a gap.
    """
    derived: dict[str, AnswerValue] = dict(answers)
    quiz = content.skin_type_quiz
    if quiz.result not in derived:
        skin_type = skin_type_from_quiz(content, answers)
        if skin_type is not None:
            derived[quiz.result] = skin_type
    born = answers.get(DATE_OF_BIRTH_ITEM)
    if isinstance(born, date) and born <= today:
        derived["age"] = age_on(born, today)
    return MappingProxyType(derived)


def enabled_items(content: Content, answers: Answers, today: date) -> Iterator[Item]:
    """The items a client with these answers is shown, in order.

    A condition only sees answers to items that are themselves enabled, so a
    follow-up to a hidden question stays hidden too.
    """
    seen: dict[str, AnswerValue] = {}
    derived = with_derived(content, answers, today)
    for item in content.questionnaire.items():
        visible = {**seen, **{k: v for k, v in derived.items() if k not in answers}}
        if item.enable_when and not all_or_any(
            item.enable_when, item.enable_behavior, MappingProxyType(visible)
        ):
            continue
        if item.link_id in derived:
            seen[item.link_id] = derived[item.link_id]
        yield item


def active_answers(content: Content, answers: Answers, today: date) -> Answers:
    """The answers that count: those to enabled items, plus derived values.

    Answers to items that are not enabled are dropped here, so they never
    influence screening or the plan.
    """
    derived = with_derived(content, answers, today)
    enabled = {item.link_id for item in enabled_items(content, answers, today)}
    kept = {
        link_id: value
        for link_id, value in derived.items()
        if link_id in enabled or link_id not in content.questionnaire.by_link_id
    }
    return MappingProxyType(kept)


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
