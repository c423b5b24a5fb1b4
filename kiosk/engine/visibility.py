"""Which questions a client sees, and the values that follow from their answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from kiosk.content.model import DATE_OF_BIRTH_ITEM, Content
from kiosk.content.questionnaire import Item
from kiosk.engine.answers import Answers, AnswerValue
from kiosk.engine.conditions import all_or_any
from kiosk.engine.skin_type import skin_type_from_quiz


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
