"""Text a client or staff member reads, in one or more languages."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from pydantic import BaseModel, ConfigDict, model_validator

ANY_LANGUAGE = "*"
# The longest texts (a treatment's course, its day) are about 250 characters.
# A text must fit a touch screen and one printed table cell, which cannot
# run onto a second page: past this the handout cannot be printed.
LONGEST_TEXT = 600

# CLDR's plural categories, in CLDR's order; every language has `other`.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")

# Whatever a text holds in {braces}: handout words ({date}) and rule
# placeholders ({anticoagulant_kind|your medicine}, named by their question).
_BRACED = re.compile(r"\{([^{}|]*)(\|[^{}]*)?\}")


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


def placeholder_names(text: str) -> frozenset[str]:
    """The names in {braces} in `text`: a translation keeps exactly the same ones."""
    return frozenset(
        match.group(1) for match in _BRACED.finditer(text.replace("{{", "").replace("}}", ""))
    )


@lru_cache(maxsize=64)
def plural_categories(language: str) -> tuple[str, ...]:
    """The CLDR plural categories `language` tells apart, in CLDR's order (`other` last)."""
    try:
        tags = Locale.parse(language).plural_form.tags
    except (UnknownLocaleError, ValueError):
        tags = frozenset({"one"})
    return tuple(
        category for category in PLURAL_CATEGORIES if category in tags or category == "other"
    )


def language_name(language: str, in_language: str = "en") -> str:
    """`language`'s name in `in_language` (Babel's), such as "Polish"; the code if unknown."""
    try:
        return str(Locale.parse(language).get_display_name(in_language) or language)
    except (UnknownLocaleError, ValueError):
        return language


def plural_category(language: str, count: float) -> str:
    """The CLDR plural category of `count` in `language` (`other` for an unknown language)."""
    try:
        return str(Locale.parse(language).plural_form(count))
    except (UnknownLocaleError, ValueError):
        return "one" if count == 1 else "other"


class PluralText(BaseModel):
    """A text that depends on a number: one form per CLDR plural category, per language.

    In a content file it is a plain string (one form for every number), a map
    of plural category to text (`{one: "{days} day before", other: "{days}
    days before"}`), or a map of language code to either of those.

    Attributes:
        values: by language code (`*`: untranslated), the text by plural category.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    values: dict[str, dict[str, str]]

    @model_validator(mode="before")
    @classmethod
    def _from_file(cls, raw: Any) -> Any:
        if isinstance(raw, str):
            return {"values": {ANY_LANGUAGE: {"other": raw}}}
        if isinstance(raw, dict) and "values" not in raw:
            if raw and all(key in PLURAL_CATEGORIES for key in raw):
                return {"values": {ANY_LANGUAGE: raw}}
            return {
                "values": {
                    language: {"other": forms} if isinstance(forms, str) else forms
                    for language, forms in raw.items()
                }
            }
        return raw

    @model_validator(mode="after")
    def _forms(self) -> PluralText:
        if not self.values:
            raise ValueError("the text is empty")
        for forms in self.values.values():
            unknown = sorted(set(forms) - set(PLURAL_CATEGORIES))
            if unknown:
                raise ValueError(
                    f"'{unknown[0]}' is not a plural category "
                    f"(they are {', '.join(PLURAL_CATEGORIES)})"
                )
            if "other" not in forms:
                raise ValueError("give the `other` form (the one used for most numbers)")
            if not all(text.strip() for text in forms.values()):
                raise ValueError("the text is empty")
            if any(len(text) > LONGEST_TEXT for text in forms.values()):
                raise ValueError(f"the text is longer than {LONGEST_TEXT} characters")
        return self

    def texts(self) -> tuple[str, ...]:
        """Every form in every language."""
        return tuple(text for forms in self.values.values() for text in forms.values())

    def forms(self, language: str, fallback: str = "en") -> tuple[str, dict[str, str]]:
        """The language whose forms are used, and those forms."""
        for key in (language, ANY_LANGUAGE, fallback):
            if key in self.values:
                return (fallback if key == ANY_LANGUAGE else key), self.values[key]
        key, forms = next(iter(self.values.items()))
        return key, forms

    def get(self, language: str, count: float, fallback: str = "en") -> str:
        """The form for `count` in `language`, else in the untranslated or fallback text."""
        used, forms = self.forms(language, fallback)
        return forms.get(plural_category(used, count), forms["other"])
