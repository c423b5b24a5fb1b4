"""The questions as a client was asked them, with their answers in words, for the record."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, ItemType
from kiosk.engine.answers import Answers, AnswerValue, answer_to_json
from kiosk.engine.visibility import enabled_items


def questions_as_asked(
    content: Content, answers: Answers, today: date, language: str | None = None
) -> list[dict[str, Any]]:
    """Each page with the questions the client saw and what they answered.

    Stored with a submitted consultation, so staff always read the wording
    the client saw, whatever the content says later.
    """
    shown = {item.link_id for item in enabled_items(content, answers, today)}
    pages = []
    for page in content.questionnaire.pages:
        items = [
            {
                "linkId": item.link_id,
                "text": content.text(item.text, language),
                "type": item.type.value,
                "answer": None if value is None else answer_to_json(value),
                "display": None
                if value is None
                else answer_in_words(content, item, value, language),
            }
            for item in page.items
            if item.link_id in shown and item.type is not ItemType.DISPLAY
            for value in (answers.get(item.link_id),)
        ]
        if items:
            pages.append(
                {"page": page.id, "title": content.text(page.title, language), "items": items}
            )
    return pages


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
