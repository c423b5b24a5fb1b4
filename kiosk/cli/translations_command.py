"""`translations`: the content's PO template and each language's file, refreshed from the YAML."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from kiosk.cli.content_commands import configured_content_dir
from kiosk.cli.problems import EXIT_CONTENT, CommandError
from kiosk.content.errors import ContentError
from kiosk.content.loader import default_content_dir, english_texts
from kiosk.content.po_files import (
    TEMPLATE,
    refresh_translation,
    translations_folder,
    write_template,
)

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")


def translations_command(args: argparse.Namespace) -> int:
    """Write content.pot and bring every <code>.po (and any --new one) up to date."""
    directory = configured_content_dir(args.directory) or default_content_dir()
    try:
        content, texts = english_texts(directory)
    except ContentError as error:
        raise CommandError(
            f"the content has {len(error.problems)} problem(s); `check-content` lists them",
            EXIT_CONTENT,
        ) from None
    for code in args.new:
        if not LANGUAGE_CODE.match(code) or code == content.clinic.language:
            raise CommandError(
                f"--new {code}: give a two-letter language code other than the content's"
            )
    folder = translations_folder(directory)
    changed = write_template(texts, folder / TEMPLATE, content.clinic.language)
    print(f"{folder / TEMPLATE}: {len(texts)} texts{'' if changed else ' (unchanged)'}")
    codes = sorted({path.stem for path in folder.glob("*.po")} | set(args.new))
    for code in codes:
        done = refresh_translation(texts, folder / f"{code}.po", code)
        print(
            f"{folder / f'{code}.po'}: {done.kept} kept, {done.changed} changed (marked fuzzy), "
            f"{done.added} new, {done.retired} retired"
        )
    return 0


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The `translations` command."""
    command = commands.add_parser(
        "translations",
        help="write the content's translation template and refresh each language's PO file",
    )
    command.add_argument(
        "directory",
        nargs="?",
        type=Path,
        help="content folder (default: the content_dir setting, else built-in)",
    )
    command.add_argument(
        "--new",
        action="append",
        default=[],
        metavar="CODE",
        help="also start translations/CODE.po for a new language (such as ro)",
    )
    command.set_defaults(run=translations_command)
