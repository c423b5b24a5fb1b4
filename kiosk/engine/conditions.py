"""Evaluates enableWhen and rule conditions against answers (FHIR semantics)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from kiosk.content.questionnaire import Behavior, Condition, Operator
from kiosk.engine.answers import Answers, AnswerValue


def holds(condition: Condition, answers: Answers) -> bool:
    """Whether `condition` is true for `answers`.

    An unanswered question makes every comparison false (only `exists: false`
    is true). A multi-choice answer matches `=` when any picked code equals the
    value, and `!=` when none does.
    """
    value = answers.get(condition.question)
    if condition.operator is Operator.EXISTS:
        return (value is not None) == condition.answer
    if value is None:
        return False
    wanted = condition.answer
    if isinstance(value, tuple):
        if condition.operator is Operator.EQUALS:
            return wanted in value
        if condition.operator is Operator.NOT_EQUALS:
            return wanted not in value
        return False
    return _compare(value, condition.operator, wanted)


def all_or_any(conditions: Sequence[Condition], behavior: Behavior, answers: Answers) -> bool:
    """Whether the conditions hold together (`all`) or at least one does (`any`)."""
    results = (holds(condition, answers) for condition in conditions)
    return all(results) if behavior is Behavior.ALL else any(results)


def _compare(value: AnswerValue, operator: Operator, wanted: object) -> bool:
    left, right = _comparable(value, wanted)
    if left is None or right is None:
        return operator is Operator.NOT_EQUALS
    match operator:
        case Operator.EQUALS:
            return bool(left == right)
        case Operator.NOT_EQUALS:
            return bool(left != right)
        case Operator.GREATER:
            return bool(left > right)
        case Operator.LESS:
            return bool(left < right)
        case Operator.GREATER_OR_EQUAL:
            return bool(left >= right)
        case Operator.LESS_OR_EQUAL:
            return bool(left <= right)
    return False  # pragma: no cover


def _comparable(value: AnswerValue, wanted: object) -> tuple[Any, Any]:
    """The two sides as values of one kind, or (None, None) when they cannot be compared."""
    if isinstance(value, bool) or isinstance(wanted, bool):
        same_kind = isinstance(value, bool) and isinstance(wanted, bool)
        return (value, wanted) if same_kind else (None, None)
    if isinstance(value, date):
        if isinstance(wanted, str):
            try:
                return value, date.fromisoformat(wanted)
            except ValueError:
                return None, None
        return None, None
    if isinstance(value, int | float) and isinstance(wanted, int | float):
        return value, wanted
    if isinstance(value, str) and isinstance(wanted, str):
        return value, wanted
    return None, None
