"""Copies of the shipped content with hand-made translations, for the translation tests."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from babel.messages.pofile import write_po

from kiosk.content.loader import default_content_dir
from kiosk.content.po_files import read_catalog


def content_copy(tmp_path: Path, languages: str = "[en, es, pl, ar]") -> Path:
    """The shipped content in tmp_path, clinic.yaml listing `languages`."""
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    clinic = folder / "clinic.yaml"
    text = clinic.read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^languages: .*$", f"languages: {languages}", text)
    assert count == 1
    clinic.write_text(text, encoding="utf-8")
    return folder


def translate(
    folder: Path,
    language: str,
    words: Callable[[str, str], str | None] = lambda _context, english: f"«{english}»",
    reviewed: tuple[str, str] = ("", ""),
) -> Path:
    """Fill every msgstr of translations/<language>.po with `words(msgctxt, msgid)`.

    `words` returning None leaves that entry empty. The default keeps each
    placeholder and marks the text, so a test can tell it was translated.
    """
    path = folder / "translations" / f"{language}.po"
    catalog = read_catalog(path)
    for message in catalog:
        if message.id:
            message.string = words(str(message.context), str(message.id)) or ""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=False)
    text = buffer.getvalue().decode("utf-8")
    by, on = reviewed
    text = text.replace(
        '"Generated-By:', f'"X-Reviewed-By: {by}\\n"\n"X-Reviewed-On: {on}\\n"\n"Generated-By:', 1
    )
    path.write_text(text, encoding="utf-8")
    return path


def translate_all(folder: Path, reviewed: tuple[str, str] = ("", "")) -> None:
    """Every shipped language fully translated (with marked English)."""
    for language in ("es", "pl", "ar"):
        translate(folder, language, reviewed=reviewed)


def set_entries(path: Path, strings: Mapping[str, str]) -> None:
    """Give the entries named by msgctxt these msgstr, leaving the rest as they are."""
    catalog = read_catalog(path)
    text = path.read_text(encoding="utf-8")
    for message in catalog:
        if message.context in strings:
            old = f'msgctxt "{message.context}"\nmsgid "{message.id}"\nmsgstr "{message.string}"'
            assert old in text, old
            new = strings[str(message.context)]
            text = text.replace(old, old.rsplit("\n", 1)[0] + f'\nmsgstr "{new}"')
    path.write_text(text, encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first line of `path` holding `needle`."""
    for number, row in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in row:
            return number
    raise AssertionError(f"{needle!r} not in {path}")
