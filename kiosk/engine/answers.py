"""A client's answers: checked against the questionnaire and turned into typed values."""

from __future__ import annotations

import math
import reprlib
import unicodedata
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType

# bool (boolean), str | int (a choice's code), tuple (multi-choice codes, in
# the questionnaire's order), date, str (text) or int | float (number).
AnswerValue = bool | int | float | str | date | tuple[str | int, ...]
Answers = Mapping[str, AnswerValue]

# Far beyond anything a client types (a long address is a few hundred
# characters), small enough that a pasted file cannot flood the record or the PDF.
LONGEST_TEXT = 2000
# Numbers past this are typing mistakes; it also keeps them exact as floats.
LARGEST_NUMBER = 10**12

# A value shown in a message: short, one line, and safe for any value
# (a huge or deeply nested one is abbreviated instead of printed whole).
_SHOWN = reprlib.Repr()
_SHOWN.maxlevel = 2
_SHOWN.maxstring = _SHOWN.maxother = _SHOWN.maxlong = 40
_SHOWN.maxlist = _SHOWN.maxtuple = _SHOWN.maxdict = 4


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
        item = items.get(link_id) if isinstance(link_id, str) else None
        if item is None:
            plain = isinstance(link_id, str) and link_id.isidentifier() and len(link_id) <= 60
            raise AnswerError(
                f"{link_id if plain else shown(link_id)}: no question has this linkId"
            )
        typed = parse_answer(content, item, value)
        if typed is not None:
            parsed[link_id] = typed
    return MappingProxyType(parsed)


def parse_answer(content: Content, item: Item, value: object) -> AnswerValue | None:
    """One answer as its typed value, or None for an empty answer.

    Any value at all is either accepted or refused with an AnswerError: a
    choice's code must match in kind too (the choice 3 is not 3.0 or "3").
    """
    name = item.link_id
    if value is None:
        return None
    match item.type:
        case ItemType.DISPLAY:
            raise AnswerError(f"{name}: this item is text to read and takes no answer")
        case ItemType.BOOLEAN:
            if not isinstance(value, bool):
                raise AnswerError(f"{name}: expected true or false, got {shown(value)}")
            return value
        case ItemType.CHOICE:
            codes = [option.code for option in content.options_of(name)]
            code = _matching_code(value, codes)
            if code is None:
                raise AnswerError(f"{name}: {shown(value)} is not one of {_listing(codes)}")
            return code
        case ItemType.MULTI_CHOICE:
            codes = [option.code for option in content.options_of(name)]
            if not isinstance(value, list | tuple):
                raise AnswerError(f"{name}: expected a list of {_listing(codes)}")
            picked = []
            for element in value:
                code = _matching_code(element, codes)
                if code is None:
                    raise AnswerError(f"{name}: {shown(element)} is not one of {_listing(codes)}")
                picked.append(code)
            chosen = tuple(code for code in codes if code in picked)
            return chosen or None
        case ItemType.DATE:
            if isinstance(value, date):
                return value
            if not isinstance(value, str):
                raise AnswerError(f"{name}: expected a date written YYYY-MM-DD, got {shown(value)}")
            return parse_date(name, value)
        case ItemType.TEXT:
            if not isinstance(value, str):
                raise AnswerError(f"{name}: expected text, got {shown(value)}")
            return _text(name, value)
        case ItemType.NUMBER:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise AnswerError(f"{name}: expected a number, got {shown(value)}")
            if isinstance(value, float) and not math.isfinite(value):
                raise AnswerError(f"{name}: expected a number, got {shown(value)}")
            if abs(value) > LARGEST_NUMBER:
                raise AnswerError(f"{name}: {shown(value)} is too large a number")
            return value
    raise AnswerError(f"{name}: unknown item type {item.type}")  # pragma: no cover


def parse_date(name: str, text: str) -> date:
    """A date written YYYY-MM-DD; a date that does not exist is an AnswerError."""
    parts = text.strip().split("-")
    # isascii: str.isdigit also accepts other scripts' digits and superscripts.
    written = all(part.isascii() and part.isdigit() for part in parts)
    if len(parts) != 3 or not written or len(parts[0]) != 4 or len(text) > 12:
        raise AnswerError(f"{name}: {shown(text)} is not a date written YYYY-MM-DD")
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise AnswerError(f"{name}: {shown(text)} is not a real date") from None


def answer_to_json(value: AnswerValue) -> object:
    """An answer as JSON can hold it (dates as ISO strings, lists for multi-choice)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def shown(value: object) -> str:
    """`value` as a message shows it: its repr, abbreviated, always on one line."""
    try:
        return _SHOWN.repr(value)
    except ValueError:  # an integer too long to write out (over 4,300 digits)
        return "the value"


def _matching_code(value: object, codes: list[str | int]) -> str | int | None:
    """The option code equal to `value` and of its kind (True is not 1, 3.0 is not 3)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return next((code for code in codes if type(code) is type(value) and code == value), None)


def _text(name: str, value: str) -> str | None:
    """Text as typed, trimmed; characters no keyboard types are refused."""
    if len(value) > LONGEST_TEXT:
        raise AnswerError(f"{name}: the text is longer than {LONGEST_TEXT} characters")
    for char in value:
        kind = unicodedata.category(char)
        # Control characters (tabs, escapes, NUL), halves of surrogate pairs
        # and Unicode's noncharacters cannot be stored or printed faithfully.
        if kind in ("Cc", "Cs") or _is_noncharacter(char):
            raise AnswerError(f"{name}: the text holds the character U+{ord(char):04X}")
    return value.strip() or None


def _is_noncharacter(char: str) -> bool:
    point = ord(char)
    return 0xFDD0 <= point <= 0xFDEF or point & 0xFFFE == 0xFFFE


def _listing(codes: list[str | int]) -> str:
    return ", ".join(str(code) for code in codes)
