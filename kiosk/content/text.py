"""Text a client or staff member reads, in one or more languages."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

ANY_LANGUAGE = "*"


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
        return self

    def get(self, language: str, fallback: str = "en") -> str:
        """The text in `language`, else the untranslated or fallback text."""
        for key in (language, ANY_LANGUAGE, fallback):
            if key in self.values:
                return self.values[key]
        return next(iter(self.values.values()))

    def __str__(self) -> str:
        return self.get(ANY_LANGUAGE)
