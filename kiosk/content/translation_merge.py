"""Puts each language's translations into the content's texts, checked like its own words."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kiosk.content.errors import ContentError
from kiosk.content.model import Content
from kiosk.content.text import ANY_LANGUAGE, PLURAL_CATEGORIES, plural_categories
from kiosk.content.texts import ContentText, Step
from kiosk.content.translation import Translation
from kiosk.content.yaml_source import YamlSource


def with_translations(
    sources: Mapping[str, YamlSource],
    texts: tuple[ContentText, ...],
    translations: Mapping[str, Translation],
    build: Callable[[dict[str, YamlSource]], Content],
    finish: Callable[[Content, Mapping[str, Translation]], Content],
) -> Content:
    """The content built again with every usable translation in its texts.

    The merged files go through the same validation as the English (lengths,
    placeholders, the printed sheet's columns). A language whose words break
    a check the English passes is left out and counts as incomplete, with
    the reason; it never stops the content loading.
    """
    try:
        return finish(build(merged_sources(sources, texts, translations.values())), translations)
    except ContentError:
        pass
    checked = dict(translations)
    kept: list[Translation] = []
    for code, translation in translations.items():
        try:
            build(merged_sources(sources, texts, [translation]))
        except ContentError as error:
            checked[code] = dataclasses.replace(
                translation,
                texts={},
                missing=translation.missing + len(translation.texts),
                problems=translation.problems
                + tuple(
                    dataclasses.replace(
                        problem, message=f"the {code} translation cannot be used: {problem.message}"
                    )
                    for problem in error.problems
                ),
            )
        else:
            kept.append(translation)
    return finish(build(merged_sources(sources, texts, kept)), checked)


def merged_sources(
    sources: Mapping[str, YamlSource],
    texts: Iterable[ContentText],
    translations: Iterable[Translation],
) -> dict[str, YamlSource]:
    """Copies of the parsed files with each translated text added under its language."""
    data = {name: copy.deepcopy(source.data) for name, source in sources.items()}
    translations = tuple(translations)
    for text in texts:
        for translation in translations:
            value = _translated(text, translation)
            if value is not None:
                _add(data[text.file], text, translation.language, value)
    return {name: YamlSource(name, data[name], source.lines) for name, source in sources.items()}


def _translated(text: ContentText, translation: Translation) -> str | dict[str, str] | None:
    if not text.plural:
        return translation.texts.get(text.context)
    forms = {
        category: translation.texts.get(f"{text.context}#{category}")
        for category in plural_categories(translation.language)
    }
    if any(form is None for form in forms.values()):
        return None  # half a plural would pick the English for some numbers
    return {category: form for category, form in forms.items() if form is not None}


def _add(data: Any, text: ContentText, language: str, value: str | dict[str, str]) -> None:
    node = data
    for step in text.path[:-1]:
        key = _key(node, step)
        if key is None:  # a part the file leaves at its default
            node[step] = {}
            key = step
        node = node[key]
    last = text.path[-1]
    key = _key(node, last)
    if key is None:
        key = last
        current: Any = text.english if text.plural else {ANY_LANGUAGE: text.english}
    else:
        current = node[key]
    node[key] = {**_by_language(current, text.plural), language: value}


def _by_language(current: Any, plural: bool) -> dict[str, Any]:
    """A text as a map of language to its words (a plural's: to its forms)."""
    if isinstance(current, str):
        return {ANY_LANGUAGE: {"other": current} if plural else current}
    if isinstance(current, dict):
        if plural and current and all(key in PLURAL_CATEGORIES for key in current):
            return {ANY_LANGUAGE: dict(current)}
        if "values" in current and isinstance(current["values"], dict):
            return dict(current["values"])
        return dict(current)
    return {ANY_LANGUAGE: current}


def _key(node: Any, step: Step) -> Any:
    if isinstance(node, list):
        return step if isinstance(step, int) and step < len(node) else None
    if isinstance(node, dict):
        return next((key for key in node if str(key) == str(step)), None)
    return None
