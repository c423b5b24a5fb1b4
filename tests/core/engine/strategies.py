"""Hypothesis strategies for answers: of each question's own kind, or any JSON value at all."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import strategies as st

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType

CONTENT = load_content()
# Any day the calendar holds, with extra weight on its two ends.
DAYS = (
    st.dates()
    | st.dates(max_value=date(1, 12, 31))
    | st.dates(min_value=date(9998, 1, 1))
    | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
)
# Any value a JSON file can hold.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)
TYPED_TEXT = st.text(st.characters(exclude_categories=("Cc", "Cs", "Cn")), max_size=40)


def raw_answer(content: Content, item: Item) -> st.SearchStrategy[Any]:
    """JSON-like values of the item's own kind, as the kiosk gives them."""
    match item.type:
        case ItemType.BOOLEAN:
            return st.booleans()
        case ItemType.CHOICE:
            return st.sampled_from([option.code for option in content.options_of(item.link_id)])
        case ItemType.MULTI_CHOICE:
            codes = [option.code for option in content.options_of(item.link_id)]
            return st.lists(st.sampled_from(codes), unique=True)
        case ItemType.DATE:
            return DAYS.map(date.isoformat)
        case ItemType.TEXT:
            return TYPED_TEXT
        case ItemType.NUMBER:
            return st.integers(-1000, 1000) | st.floats(allow_nan=False, allow_infinity=False)
    return st.nothing()


def any_answer(content: Content, item: Item) -> st.SearchStrategy[Any]:
    """Anything a file could give for `item`: its own kind, near misses, any JSON value."""
    near_misses: list[Any] = []
    if item.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        for option in content.options_of(item.link_id):
            code = option.code
            near_misses += [float(code), str(code)] if isinstance(code, int) else [[code], 0]
    return (
        raw_answer(content, item)
        | JSON_VALUES
        | (st.sampled_from(near_misses) if near_misses else st.nothing())
    )


ANSWERABLE = [item for item in CONTENT.questionnaire.items() if item.type is not ItemType.DISPLAY]


@st.composite
def answer_sets(draw: st.DrawFn, wild: bool = False) -> dict[str, Any]:
    """Any subset of the questions, each with any value of its kind (`wild`: any value)."""
    chosen = draw(st.lists(st.sampled_from(ANSWERABLE), unique_by=lambda item: item.link_id))
    answer = any_answer if wild else raw_answer
    return {item.link_id: draw(answer(CONTENT, item)) for item in chosen}
