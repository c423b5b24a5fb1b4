"""The content's translations as gettext PO files: the template, and refreshing each language."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

from kiosk.content.text import language_name
from kiosk.content.texts import ContentText

TRANSLATIONS_FOLDER = "translations"
TEMPLATE = "content.pot"
REVIEWED_BY = "X-Reviewed-By"
REVIEWED_ON = "X-Reviewed-On"

_HEADER_COMMENT = """\
# The clinic content's words in {language}, for the kiosk's clients.
# Made from content.pot by `clinic-kiosk translations`; edit only the msgstr
# lines. Keep every {{placeholder}} exactly as it is (translate the words after
# a | such as {{anticoagulant_kind|your medicine}}). An entry marked "fuzzy" is
# a translation of older English: check it, then remove the mark.
# A qualified reviewer fills X-Reviewed-By and X-Reviewed-On (YYYY-MM-DD):
# until then the kiosk does not offer this language."""

_TEMPLATE_COMMENT = """\
# Every clinic content text a client reads, in the content's own language.
# Made by `clinic-kiosk translations` from the YAML files; do not edit by hand."""


@dataclass(frozen=True)
class Refreshed:
    """What refreshing one language's PO file changed.

    Attributes:
        language: the language's code.
        kept: translations carried over unchanged.
        changed: translations whose English changed (marked fuzzy).
        added: new, empty entries.
        retired: entries whose text left the content (kept as obsolete `#~`).
    """

    language: str
    kept: int
    changed: int
    added: int
    retired: int


def translations_folder(content_dir: Path) -> Path:
    """Where a content folder keeps its PO files."""
    return content_dir / TRANSLATIONS_FOLDER


def write_template(texts: Iterable[ContentText], path: Path, language: str) -> bool:
    """Write content.pot from `texts` (in the content's `language`); whether it changed."""
    catalog = _catalog(None, _dates_of(path))
    for text in texts:
        for context, english in text.entries(language):
            catalog.add(english, "", locations=[(text.file, text.line or 0)], context=context)
    return _write(path, catalog, _TEMPLATE_COMMENT, None)


def refresh_translation(texts: Iterable[ContentText], path: Path, language: str) -> Refreshed:
    """Bring `path` (a language's PO file, made if missing) up to date with the content.

    A translation whose English is unchanged is kept; one whose English
    changed is kept but marked fuzzy, with the English it translated, so it
    counts as missing until someone checks it; entries whose text left the
    content are kept as obsolete, at the end.
    """
    old = read_catalog(path) if path.is_file() else None
    reviewed = read_review(path) if path.is_file() else ("", "")
    catalog = _catalog(language, _dates_of(path))
    if old is not None:
        # Who translated it stays with the file, as the review does.
        catalog.last_translator = old.last_translator
    earlier = {} if old is None else {m.context: m for m in old if m.id and m.context}
    kept = changed = added = 0
    wanted: set[str] = set()
    for text in texts:
        for context, english in text.entries(language):
            wanted.add(context)
            before = earlier.get(context)
            message = Message(english, "", locations=[(text.file, text.line or 0)], context=context)
            if before is None or not before.string:
                added += before is None
            elif before.id == english:
                message.string = before.string
                message.flags = set(before.flags)
                kept += 1
            else:
                message.string = before.string
                message.flags = {"fuzzy"}
                message.previous_id = [str(before.id)]
                changed += 1
            catalog[english] = message
    retired = 0
    if old is not None:
        for message in [*old, *old.obsolete.values()]:
            if message.id and message.context not in wanted and message.string:
                catalog.obsolete[(message.id, message.context)] = message
                retired += 1
    comment = _HEADER_COMMENT.format(language=language_name(language))
    _write(path, catalog, comment, reviewed)
    return Refreshed(language, kept, changed, added, retired)


def read_catalog(path: Path) -> Catalog:
    """A PO file as a babel Catalog (raises babel's PoFileError, with its line, on a mistake)."""
    with path.open("rb") as file:
        return read_po(file, abort_invalid=True)


def read_review(path: Path) -> tuple[str, str]:
    """The PO file's X-Reviewed-By and X-Reviewed-On headers (empty when not given)."""
    header = _header_text(path.read_text(encoding="utf-8", errors="replace"))
    return (_header_value(header, REVIEWED_BY), _header_value(header, REVIEWED_ON))


def _catalog(language: str | None, dates: tuple[datetime | None, datetime | None]) -> Catalog:
    created, revised = dates
    catalog = Catalog(
        locale=language,
        project="Clinic kiosk content",
        version="1",
        copyright_holder="the clinic",
        charset="utf-8",
        fuzzy=False,
    )
    if created is not None:
        catalog.creation_date = created
    if revised is not None:
        catalog.revision_date = revised
    return catalog


def _dates_of(path: Path) -> tuple[datetime | None, datetime | None]:
    # The dates of the file being refreshed stay, so a refresh with nothing
    # new writes the same bytes.
    if not path.is_file():
        return None, None
    try:
        old = read_catalog(path)
    except Exception:  # a broken file is remade from scratch
        return None, None
    created = old.creation_date if isinstance(old.creation_date, datetime) else None
    revised = old.revision_date if isinstance(old.revision_date, datetime) else None
    return created, revised


def _write(path: Path, catalog: Catalog, comment: str, reviewed: tuple[str, str] | None) -> bool:
    buffer = io.BytesIO()
    catalog.header_comment = comment
    write_po(buffer, catalog, width=0, sort_output=False, include_previous=True)
    text = buffer.getvalue().decode("utf-8")
    if reviewed is not None:
        text = _with_review(text, *reviewed)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    # Whole or not at all: a translator's file is never left half written.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return True


def _header_text(text: str) -> str:
    match = re.search(r'^msgid ""\nmsgstr ""\n((?:".*"\n)*)', text, re.MULTILINE)
    return "" if match is None else match.group(1)


def _header_value(header: str, name: str) -> str:
    match = re.search(rf'^"{re.escape(name)}:[ \t]*(.*?)\\n"$', header, re.MULTILINE)
    return "" if match is None else match.group(1).strip()


def _with_review(text: str, by: str, on: str) -> str:
    header = _header_text(text)
    lines = f'"{REVIEWED_BY}: {_quoted(by)}\\n"\n"{REVIEWED_ON}: {_quoted(on)}\\n"\n'
    return text.replace(header, header + lines, 1)


def _quoted(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
