"""The translations' part of check-content: every problem of the languages offered, named."""

from __future__ import annotations

import sys

from kiosk.content.loader import english_texts
from kiosk.content.model import Content
from kiosk.content.po_files import translations_folder
from kiosk.content.translation_check import read_translation


def translation_report(content: Content) -> bool:
    """Print every problem of the languages clinic.yaml lists, and a line for other PO files.

    Returns whether every listed language is complete and without problems.
    """
    problems = [problem for t in content.translations.values() for problem in t.problems]
    if problems:
        count = len(problems)
        print(f"The translations have {count} problem{'s' if count != 1 else ''}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
    for translation in content.translations.values():
        if not translation.complete:
            print(
                f"{translation.language}: incomplete, {translation.missing} text"
                f"{'s' if translation.missing != 1 else ''} missing in {translation.file}",
                file=sys.stderr,
            )
    listed = set(content.translations) | {content.clinic.language}
    folder = translations_folder(content.directory)
    texts = None
    for path in sorted(folder.glob("*.po")):
        if path.stem in listed:
            continue
        if texts is None:
            texts = english_texts(content.directory)[1]
        other = read_translation(content.directory, texts, path.stem)
        total = len(other.texts) + other.missing
        print(
            f"{path.stem}: {len(other.texts)} of {total} texts translated "
            "(not offered: clinic.yaml does not list it)"
        )
    return not problems
