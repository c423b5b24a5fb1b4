"""Loads resources/content into a Content object, or reports every mistake."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, Field, ValidationError

from kiosk.content.care import Care
from kiosk.content.catalogue import Catalogue, Concern, Treatment
from kiosk.content.clinic import ClinicSettings
from kiosk.content.consent import ConsentNotice
from kiosk.content.crossref import check_references
from kiosk.content.errors import ContentError, Problem
from kiosk.content.handout_words import HandoutWords
from kiosk.content.model import Content
from kiosk.content.questionnaire import Frozen, Questionnaire
from kiosk.content.references import References
from kiosk.content.rules import Rules
from kiosk.content.skin_type import SkinTypeQuiz
from kiosk.content.texts import ContentText, content_texts
from kiosk.content.translation import Translation
from kiosk.content.translation_check import read_translation
from kiosk.content.translation_merge import with_translations
from kiosk.content.yaml_source import YamlSource, read_yaml
from kiosk.setup.resources import resource_path

log = logging.getLogger(__name__)

FILES = (
    "clinic.yaml",
    "questionnaire.yaml",
    "concerns.yaml",
    "treatments.yaml",
    "rules.yaml",
    "references.yaml",
    "care.yaml",
    "skin_type.yaml",
    "consent.yaml",
    "handout.yaml",
)

Model = TypeVar("Model", bound=BaseModel)


class _ConcernsFile(Frozen):
    concerns: tuple[Concern, ...]


class _TreatmentsFile(Frozen):
    groups: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    treatments: tuple[Treatment, ...]


def default_content_dir() -> Path:
    """The content shipped with the kiosk."""
    return resource_path("content")


def load_content(directory: Path | None = None) -> Content:
    """Read and validate every content file in `directory`, with its translations.

    Raises ContentError listing every mistake found, each with its file, line
    and field; nothing half-valid is ever returned. A mistake in a
    translation (translations/<code>.po) never stops the content loading: the
    texts it concerns are left untranslated, the language counts as
    incomplete (Content.translations says why), and the kiosk does not offer it.
    """
    directory = default_content_dir() if directory is None else directory
    english, sources = _load_english(directory)
    texts = content_texts(english, sources)
    languages = [code for code in english.clinic.languages if code != english.clinic.language]
    translations = {code: read_translation(directory, texts, code) for code in languages}
    if not any(translation.texts for translation in translations.values()):
        return _with(english, translations)
    return with_translations(
        sources,
        texts,
        translations,
        lambda merged: _build(directory, merged),
        _with,
    )


def english_texts(directory: Path | None = None) -> tuple[Content, tuple[ContentText, ...]]:
    """The content in its own language alone, and every text a client reads in it."""
    directory = default_content_dir() if directory is None else directory
    english, sources = _load_english(directory)
    return english, content_texts(english, sources)


def _with(content: Content, translations: Mapping[str, Translation]) -> Content:
    for translation in translations.values():
        if not translation.complete:
            log.info(
                "language %s is incomplete (%d texts missing in %s); it is not offered",
                translation.language,
                translation.missing,
                translation.file,
            )
    return dataclasses.replace(content, translations=dict(translations))


def _load_english(directory: Path) -> tuple[Content, dict[str, YamlSource]]:
    if not directory.is_dir():
        raise ContentError([Problem(str(directory), None, "", "no such content folder")])
    problems: list[Problem] = []
    sources: dict[str, YamlSource] = {}
    for name in FILES:
        try:
            sources[name] = read_yaml(directory / name, name)
        except ContentError as error:
            problems.extend(error.problems)
    if problems:
        raise ContentError(problems)
    return _build(directory, sources), sources


def _build(directory: Path, sources: dict[str, YamlSource]) -> Content:
    problems: list[Problem] = []

    def parse(name: str, model: type[Model]) -> Model | None:
        return _validate(sources[name], model, problems)

    clinic = parse("clinic.yaml", ClinicSettings)
    questionnaire = parse("questionnaire.yaml", Questionnaire)
    concerns = parse("concerns.yaml", _ConcernsFile)
    treatments = parse("treatments.yaml", _TreatmentsFile)
    rules = parse("rules.yaml", Rules)
    references = parse("references.yaml", References)
    care = parse("care.yaml", Care)
    quiz = parse("skin_type.yaml", SkinTypeQuiz)
    consent = parse("consent.yaml", ConsentNotice)
    handout = parse("handout.yaml", HandoutWords)
    if (
        clinic is None
        or questionnaire is None
        or concerns is None
        or treatments is None
        or rules is None
        or references is None
        or care is None
        or quiz is None
        or consent is None
        or handout is None
    ):
        raise ContentError(problems)

    catalogue = Catalogue(
        concerns=concerns.concerns, treatments=treatments.treatments, groups=treatments.groups
    )
    content = Content(
        clinic=clinic,
        questionnaire=questionnaire,
        catalogue=catalogue,
        rules=rules,
        references=references,
        care=care,
        skin_type_quiz=quiz,
        consent=consent,
        handout=handout,
        version=content_version(directory),
        directory=directory,
    )
    problems.extend(check_references(content, sources))
    if problems:
        raise ContentError(problems)
    return content


def content_version(directory: Path) -> str:
    """A short hash of every content and translation file's name and bytes: the version."""
    digest = hashlib.sha256()
    translations = directory / "translations"
    names = [*FILES, *(f"translations/{path.name}" for path in sorted(translations.glob("*.po")))]
    for name in names:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update((directory / name).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _validate(source: YamlSource, model: type[Model], problems: list[Problem]) -> Model | None:
    data: Any = source.data
    if not isinstance(data, dict):
        problems.append(source.problem((), "the file should hold named fields (a mapping)"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            location = _file_location(detail["loc"])
            problems.append(source.problem(location, _plain_message(detail)))
        return None
    except RecursionError:  # pragma: no cover - read_yaml limits the nesting first
        problems.append(source.problem((), "the values are nested too deeply"))
        return None


def _file_location(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    # Validators add the names of union members and wrappers to the path;
    # YamlSource.line_of skips whatever is not in the file.
    return tuple(step for step in loc if step not in ("values", "function-after"))


_MESSAGES: dict[str, Callable[[dict[str, Any]], str]] = {
    "missing": lambda _detail: "this field is required",
    "extra_forbidden": lambda _detail: "unknown field (is it misspelt?)",
}


def _plain_message(detail: Any) -> str:
    make = _MESSAGES.get(detail["type"])
    if make is not None:
        return make(detail)
    message = str(detail["msg"])
    return message.removeprefix("Value error, ")
