"""Text a client or staff member reads, in one or more languages."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

ANY_LANGUAGE = "*"
# The longest texts (a treatment's course, its day) are about 250 characters.
# A text must fit a touch screen and one printed table cell, which cannot
# run onto a second page: past this the handout cannot be printed.
LONGEST_TEXT = 600


class LocalText(BaseModel):
    """A piece of content text and its translations.

    In a content file it is either a plain string (used for every language
    until someone translates it) or a map of language code to text, such as
    `{en: "Your skin", fr: "Votre peau"}`.

    Attributes:
        values: text by language code; `*` holds the untranslated text.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    values: dict[str, str]

    @model_validator(mode="before")
    @classmethod
    def _from_file(cls, raw: Any) -> Any:
        if isinstance(raw, str):
            return {"values": {ANY_LANGUAGE: raw}}
        if isinstance(raw, dict) and "values" not in raw:
            return {"values": raw}
        return raw

    @model_validator(mode="after")
    def _not_empty(self) -> LocalText:
        if not self.values or not all(text.strip() for text in self.values.values()):
            raise ValueError("the text is empty")
        if any(len(text) > LONGEST_TEXT for text in self.values.values()):
            raise ValueError(f"the text is longer than {LONGEST_TEXT} characters")
        return self

    def get(self, language: str, fallback: str = "en") -> str:
        """The text in `language`, else the untranslated or fallback text."""
        for key in (language, ANY_LANGUAGE, fallback):
            if key in self.values:
                return self.values[key]
        return next(iter(self.values.values()))

    def __str__(self) -> str:
        return self.get(ANY_LANGUAGE)
