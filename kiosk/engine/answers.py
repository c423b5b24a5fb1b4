"""A client's answers: checked against the questionnaire and turned into typed values."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType

# bool (boolean), str | int (a choice's code), tuple (multi-choice codes, in
# the questionnaire's order), date, str (text) or int | float (number).
AnswerValue = bool | int | float | str | date | tuple[str | int, ...]
Answers = Mapping[str, AnswerValue]


class AnswerError(ValueError):
    """An answer that cannot be right: unknown linkId, wrong type, impossible date.

    The message is one plain line naming the linkId and the problem.
    """


def parse_answers(content: Content, raw: Mapping[str, object]) -> Answers:
    """Typed answers from JSON-like values (dates as ISO strings, lists for multi-choice).

    Empty text and empty lists count as unanswered and are left out.
    Raises AnswerError on the first answer that cannot be right.
    """
    items = content.questionnaire.by_link_id
    parsed: dict[str, AnswerValue] = {}
    for link_id, value in raw.items():
        item = items.get(link_id)
        if item is None:
            raise AnswerError(f"{link_id}: no question has this linkId")
        typed = parse_answer(content, item, value)
        if typed is not None:
            parsed[link_id] = typed
    return MappingProxyType(parsed)


def parse_answer(content: Content, item: Item, value: object) -> AnswerValue | None:
    """One answer as its typed value, or None for an empty answer."""
    name = item.link_id
    if value is None:
        return None
    match item.type:
        case ItemType.DISPLAY:
            raise AnswerError(f"{name}: this item is text to read and takes no answer")
        case ItemType.BOOLEAN:
            if not isinstance(value, bool):
                raise AnswerError(f"{name}: expected true or false, got {value!r}")
            return value
        case ItemType.CHOICE:
            codes = [option.code for option in content.options_of(name)]
            if isinstance(value, bool) or value not in codes:
                raise AnswerError(f"{name}: {value!r} is not one of {_listing(codes)}")
            return _code(value)
        case ItemType.MULTI_CHOICE:
            codes = [option.code for option in content.options_of(name)]
            if not isinstance(value, list | tuple):
                raise AnswerError(f"{name}: expected a list of {_listing(codes)}")
            unknown = [code for code in value if isinstance(code, bool) or code not in codes]
            if unknown:
                raise AnswerError(f"{name}: {unknown[0]!r} is not one of {_listing(codes)}")
            chosen = tuple(code for code in codes if code in value)
            return chosen or None
        case ItemType.DATE:
            if isinstance(value, date):
                return value
            if not isinstance(value, str):
                raise AnswerError(f"{name}: expected a date written YYYY-MM-DD, got {value!r}")
            return parse_date(name, value)
        case ItemType.TEXT:
            if not isinstance(value, str):
                raise AnswerError(f"{name}: expected text, got {value!r}")
            return value.strip() or None
        case ItemType.NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise AnswerError(f"{name}: expected a number, got {value!r}")
            if isinstance(value, float) and not math.isfinite(value):
                raise AnswerError(f"{name}: expected a number, got {value!r}")
            return value
    raise AnswerError(f"{name}: unknown item type {item.type}")  # pragma: no cover


def parse_date(name: str, text: str) -> date:
    """A date written YYYY-MM-DD; a date that does not exist is an AnswerError."""
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(parts[0]) != 4:
        raise AnswerError(f"{name}: {text!r} is not a date written YYYY-MM-DD")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise AnswerError(f"{name}: {text!r} is not a real date") from None


def answer_to_json(value: AnswerValue) -> object:
    """An answer as JSON can hold it (dates as ISO strings, lists for multi-choice)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _code(value: object) -> str | int:
    assert isinstance(value, str | int)
    return value


def _listing(codes: list[str | int]) -> str:
    return ", ".join(str(code) for code in codes)
