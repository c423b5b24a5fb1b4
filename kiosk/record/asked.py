"""The questions as a client was asked them, with their answers in words, for the record."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType
from kiosk.engine.answers import Answers, AnswerValue, answer_to_json
from kiosk.engine.visibility import enabled_items

# An answer as JSON holds it: dates as ISO text, multi-choice as a list.
JsonAnswer = bool | int | float | str | list[str | int]


class AskedItem(BaseModel):
    """One question as the client read it, and their answer.

    Attributes:
        link_id: the question's linkId (stored as "linkId", as FHIR spells it).
        text: the question's wording, in the client's language.
        type: the item type (boolean, choice, date ...).
        answer: the answer as JSON holds it; None when unanswered.
        display: the answer in words (option labels, Yes or No, a date).
    """

    model_config = ConfigDict(
        frozen=True, validate_by_name=True, validate_by_alias=True, serialize_by_alias=True
    )

    link_id: str = Field(alias="linkId")
    text: str
    type: str
    answer: JsonAnswer | None = None
    display: str | None = None


class AskedPage(BaseModel):
    """A page of the questionnaire as shown: its id, title and the questions on it."""

    model_config = ConfigDict(frozen=True)

    page: str
    title: str
    items: tuple[AskedItem, ...]


def questions_as_asked(
    content: Content, answers: Answers, today: date, language: str | None = None
) -> tuple[AskedPage, ...]:
    """Each page with the questions the client saw and what they answered.

    Stored with a submitted consultation, so staff always read the wording
    the client saw, whatever the content says later.
    """
    shown = {item.link_id for item in enabled_items(content, answers, today)}
    pages = []
    for page in content.questionnaire.pages:
        items = tuple(
            AskedItem(
                link_id=item.link_id,
                text=content.text(item.text, language),
                type=item.type.value,
                answer=None if value is None else json_answer(value),
                display=None if value is None else answer_in_words(content, item, value, language),
            )
            for item in page.items
            if item.link_id in shown and item.type is not ItemType.DISPLAY
            for value in (answers.get(item.link_id),)
        )
        if items:
            pages.append(
                AskedPage(page=page.id, title=content.text(page.title, language), items=items)
            )
    return tuple(pages)


def answer_in_words(
    content: Content, item: Item, value: AnswerValue, language: str | None = None
) -> str:
    """An answer as the client read it: option labels, Yes or No, a date."""
    messages = content.questionnaire.messages
    if isinstance(value, bool):
        return content.text(messages.yes if value else messages.no, language)
    if item.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        labels = {
            option.code: content.text(option.label, language)
            for option in content.options_of(item.link_id)
        }
        codes = value if isinstance(value, tuple) else (value,)
        return ", ".join(
            labels.get(code, str(code)) if isinstance(code, str | int) else str(code)
            for code in codes
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def json_answer(value: AnswerValue) -> JsonAnswer:
    converted = answer_to_json(value)
    assert isinstance(converted, bool | int | float | str | list)
    return converted
