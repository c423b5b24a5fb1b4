"""The privacy notice and consent a client agrees to before answering."""

from __future__ import annotations

import hashlib

from pydantic import Field

from kiosk.content.questionnaire import Frozen
from kiosk.content.text import LocalText


class ConsentNotice(Frozen):
    """What the client reads and agrees to.

    Attributes:
        version: a name for this wording; change it whenever the wording changes.
        title: the page's heading.
        paragraphs: the notice, in short paragraphs.
        agreement: the sentence the client ticks.
        name_label: the label of the typed-name field.
        signature_label: the label of the signature pad.
    """

    version: str = Field(min_length=1)
    title: LocalText
    paragraphs: tuple[LocalText, ...] = Field(min_length=1)
    agreement: LocalText
    name_label: LocalText
    signature_label: LocalText

    def text_in(self, language: str, fallback: str) -> str:
        """The notice as the client read it, one block of text."""
        parts = [self.title, *self.paragraphs, self.agreement]
        return "\n\n".join(part.get(language, fallback) for part in parts)

    def hash_in(self, language: str, fallback: str) -> str:
        """A SHA-256 of the exact text the client read."""
        return hashlib.sha256(self.text_in(language, fallback).encode("utf-8")).hexdigest()
