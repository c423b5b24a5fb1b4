"""Reads a language's PO file against the content: usable translations, and every problem."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError

from kiosk.content.errors import Problem
from kiosk.content.po_files import (
    REVIEWED_ON,
    TRANSLATIONS_FOLDER,
    read_catalog,
    read_review,
)
from kiosk.content.text import LONGEST_TEXT, language_name, placeholder_names
from kiosk.content.texts import ContentText
from kiosk.content.translation import Translation

REFRESH = "`clinic-kiosk translations` refreshes the file"


def read_translation(content_dir: Path, texts: Iterable[ContentText], language: str) -> Translation:
    """`language`'s translation of `texts`, from translations/<language>.po in `content_dir`.

    Never raises for a mistake in the file: each becomes a problem naming the
    file and line, and the texts it concerns count as missing.
    """
    texts = tuple(texts)
    wanted = [
        (text, context, english) for text in texts for context, english in text.entries(language)
    ]
    file = f"{TRANSLATIONS_FOLDER}/{language}.po"
    path = content_dir / TRANSLATIONS_FOLDER / f"{language}.po"
    name = language_name(language)
    if not path.is_file():
        absent = Problem(
            file,
            None,
            "",
            f"there is no {name} translation; "
            f"`clinic-kiosk translations --new {language}` starts one",
        )
        return Translation(language, file, problems=(absent,), missing=len(wanted))
    try:
        catalog = read_catalog(path)
    except (PoFileError, UnicodeDecodeError, ValueError) as error:
        # babel counts lines from 0, and says so at the end of its message.
        lineno = getattr(error, "lineno", None)
        line = None if lineno is None else lineno + 1
        reason = re.sub(r" on \d+$", "", str(error))
        unreadable = Problem(file, line, "", f"not a readable PO file: {reason}")
        return Translation(language, file, problems=(unreadable,), missing=len(wanted))
    reviewed_by, reviewed_on_text = read_review(path)
    problems: list[Problem] = []
    reviewed_on = _review_date(reviewed_on_text, file, problems)
    found = _by_context(catalog)
    usable: dict[str, str] = {}
    missing = 0
    for text, context, english in wanted:
        message = found.get(context)
        problem = _problem(text, context, english, message, file=file, name=name)
        if problem is None and message is not None:
            usable[context] = str(message.string)
        else:
            missing += 1
            if problem is not None:
                problems.append(problem)
    known = {context for _, context, _ in wanted}
    for context, message in found.items():
        if context not in known:
            problems.append(
                Problem(
                    file, message.lineno, context, f"extra: the content has no such text; {REFRESH}"
                )
            )
    return Translation(
        language,
        file,
        reviewed_by=reviewed_by,
        reviewed_on=reviewed_on,
        texts=usable,
        problems=tuple(problems),
        missing=missing,
    )


def _by_context(catalog: Catalog) -> dict[str, Message]:
    return {str(message.context): message for message in catalog if message.id and message.context}


def _problem(
    text: ContentText, context: str, english: str, message: Message | None, *, file: str, name: str
) -> Problem | None:
    if message is None:
        return Problem(
            text.file, text.line, context, f"missing: no {name} translation in {file}; {REFRESH}"
        )
    translated = str(message.string or "")
    if not translated.strip():
        return Problem(
            text.file,
            text.line,
            context,
            f"missing: no {name} translation (empty in {file}, line {message.lineno})",
        )
    if message.id != english:
        return Problem(
            file,
            message.lineno,
            context,
            f"stale: it translates older English ({str(message.id)!r}); the text now reads "
            f"{english!r}; {REFRESH}",
        )
    if message.fuzzy:
        return Problem(
            file,
            message.lineno,
            context,
            "stale: marked fuzzy (the English changed); check it, then remove the mark",
        )
    expected, given = placeholder_names(english), placeholder_names(translated)
    if expected != given:
        return Problem(
            file,
            message.lineno,
            context,
            f"the translation has {_listed(given)} in braces, the English {_listed(expected)}; "
            "keep the same ones",
        )
    if len(translated) > LONGEST_TEXT:
        return Problem(
            file,
            message.lineno,
            context,
            f"the translation is longer than {LONGEST_TEXT} characters",
        )
    return None


def _review_date(text: str, file: str, problems: list[Problem]) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(Problem(file, None, REVIEWED_ON, f"{text!r} is not a date (YYYY-MM-DD)"))
        return None


def _listed(names: frozenset[str]) -> str:
    return ", ".join("{" + name + "}" for name in sorted(names)) or "nothing"
