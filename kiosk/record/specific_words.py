"""A flag's client text in the client's own terms: its placeholders filled from their answers."""

from __future__ import annotations

import re

from kiosk.content.model import Content
from kiosk.content.placeholders import PLACEHOLDER
from kiosk.content.text import LocalText
from kiosk.engine.answers import Answers


def in_their_terms(
    content: Content, value: LocalText, answers: Answers, language: str | None = None
) -> str:
    """`value` in `language`, each {linkId|fallback} replaced by the words of the option
    the client chose (its phrase, else its label), or by the fallback when they chose none."""
    text = content.text(value, language)

    def fill(found: re.Match[str]) -> str:
        link_id, fallback = found.group(1), found.group(2)
        chosen = answers.get(link_id)
        codes = chosen if isinstance(chosen, tuple) else (chosen,)
        options = {option.code: option for option in content.options_of(link_id)}
        words = [
            content.text(option.phrase or option.label, language)
            for code in codes
            if (option := options.get(str(code))) is not None
        ]
        return " and ".join(words) if words else fallback

    return PLACEHOLDER.sub(fill, text)
