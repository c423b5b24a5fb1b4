"""Every content text a client reads, with a stable name (msgctxt) and its line, for translation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from kiosk.content.model import Content
from kiosk.content.text import LocalText, PluralText, plural_categories
from kiosk.content.yaml_source import YamlSource

# Step = a key in a mapping (as text) or a position in a list.
Step = str | int

# Staff read these in the clinic's language whatever the client's, so
# translators are not asked for them.
STAFF_ONLY = frozenset({("Rule", "title"), ("Rule", "staff_text")})

# What names an entry in a list, in order of preference: its id, not its position.
ID_FIELDS = ("link_id", "id", "code")


@dataclass(frozen=True)
class ContentText:
    """One translatable text of the content.

    Attributes:
        context: "<file>:<path>" built from ids (positions only where the
            content has none), such as
            `questionnaire.yaml:pages/about_you/items/first_name/text`.
        file: the content file, such as `questionnaire.yaml`.
        line: the line of the text in that file (of its nearest parent when
            the file leaves it at its default).
        path: where the value sits in the file's data (keys and list positions).
        english: the text in the content's own language; for a plural text,
            each form by CLDR plural category.
    """

    context: str
    file: str
    line: int | None
    path: tuple[Step, ...]
    english: str | Mapping[str, str]

    @property
    def plural(self) -> bool:
        """Whether the text has a form per plural category."""
        return not isinstance(self.english, str)

    def entries(self, language: str) -> tuple[tuple[str, str], ...]:
        """(msgctxt, msgid) of each PO entry `language` needs for this text.

        A plural text has one per category of the language (`#one`, `#few` ...),
        each with the English form of that category, else the English `other`.
        """
        if isinstance(self.english, str):
            return ((self.context, self.english),)
        forms = self.english
        return tuple(
            (f"{self.context}#{category}", forms.get(category, forms["other"]))
            for category in plural_categories(language)
        )


# Where each part of the content comes from: its file and the path inside it.
def _parts(content: Content) -> Iterator[tuple[str, tuple[Step, ...], Any]]:
    yield "clinic.yaml", (), content.clinic
    yield "questionnaire.yaml", (), content.questionnaire
    yield "concerns.yaml", ("concerns",), content.catalogue.concerns
    yield "treatments.yaml", ("treatments",), content.catalogue.treatments
    yield "rules.yaml", (), content.rules
    yield "care.yaml", (), content.care
    yield "consent.yaml", (), content.consent
    yield "handout.yaml", (), content.handout


def content_texts(content: Content, sources: Mapping[str, YamlSource]) -> tuple[ContentText, ...]:
    """Every text a client reads, in file order, each with its context and line."""
    found: list[ContentText] = []
    seen: set[str] = set()
    language = content.clinic.language
    for file, start, part in _parts(content):
        source = sources[file]
        for path, names, value in _walk(part, start, start):
            context = f"{file}:{'/'.join(str(name) for name in names)}"
            if context in seen:  # two entries share an id: the position tells them apart
                context = f"{context}@{'/'.join(str(step) for step in path)}"
            seen.add(context)
            english: str | dict[str, str]
            if isinstance(value, PluralText):
                english = dict(value.forms(language, language)[1])
            else:
                english = value.get(language, language)
            found.append(ContentText(context, file, source.line_of(path), path, english))
    return tuple(found)


def _walk(
    value: Any, path: tuple[Step, ...], names: tuple[Step, ...]
) -> Iterator[tuple[tuple[Step, ...], tuple[Step, ...], LocalText | PluralText]]:
    if isinstance(value, LocalText | PluralText):
        yield path, names, value
    elif isinstance(value, BaseModel):
        kind = type(value).__name__
        for name, field in type(value).model_fields.items():
            if (kind, name) in STAFF_ONLY:
                continue
            key = field.alias or name
            yield from _walk(getattr(value, name), (*path, key), (*names, key))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index), (*names, _name_of(item, index)))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, str(key)), (*names, str(key)))


def _name_of(item: Any, index: int) -> Step:
    for attribute in ID_FIELDS:
        name = getattr(item, attribute, None)
        if isinstance(name, str | int) and not isinstance(name, bool):
            return str(name)
    return index
