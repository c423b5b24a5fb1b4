"""The welcome page kept between starts, so a kiosk can paint it before loading anything else.

Most of a kiosk's start goes on importing and checking the settings, the
content and the database, and none of that changes between most starts;
the client only sees the welcome page at first. So every full start keeps
what that page shows (a FrontPage) in the cache folder, under a key made of
everything it came from: every CLINIC_KIOSK_ variable, the settings file
and every file of the content folder. The next start paints the welcome
page from it when the key still matches, and loads the rest behind it.
The kiosk then compares the page with the one the loaded content gives and
shows that one if they differ, so a kept page never outlives a change.

The record holds nothing about any client. Like the content cache, it is
only read when it and its folder are this user's alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.consultation.front_page import FrontPage
from kiosk.content.cache import files_key, trusted
from kiosk.content.languages import Language
from kiosk.setup.files import PRIVATE_FILE, partial_name, private_folder
from kiosk.setup.places import ENV_PREFIX, cache_dir, settings_file

log = logging.getLogger(__name__)

RECORD = "welcome-page.json"
FORMAT = 1


def settings_key() -> str:
    """The hash of every CLINIC_KIOSK_ variable and of the settings file's bytes."""
    digest = hashlib.sha256(f"{FORMAT}\0".encode())
    for name in sorted(name for name in os.environ if name.startswith(ENV_PREFIX)):
        digest.update(f"{name}={os.environ[name]}\0".encode())
    try:
        digest.update(b"file\0" + settings_file().read_bytes())
    except OSError:
        digest.update(b"no file\0")
    return digest.hexdigest()


def recall() -> FrontPage | None:
    """The welcome page kept by an earlier start, if nothing it came from has changed since."""
    path = cache_dir() / RECORD
    try:
        if not trusted(path):
            return None
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["format"] != FORMAT or record["settings"] != settings_key():
            return None
        if files_key(Path(record["content_folder"])) != record["content"]:
            return None
        return _page(record["page"])
    except (OSError, ValueError, KeyError, TypeError):  # missing, stale or of another shape
        return None


def remember(page: FrontPage, content_folder: Path) -> None:
    """Keep `page` for the next start (owner-only); unchanged records are not rewritten."""
    content = files_key(content_folder)
    if content is None:
        return
    record = {
        "format": FORMAT,
        "settings": settings_key(),
        "content_folder": str(content_folder),
        "content": content,
        "page": _fields(page),
    }
    text = json.dumps(record, ensure_ascii=False, indent=1)
    try:
        folder = private_folder(cache_dir())
        target = folder / RECORD
        with contextlib.suppress(OSError):
            if target.read_text(encoding="utf-8") == text:
                return
        partial = partial_name(target)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(partial, target)
    except OSError as error:
        log.warning("the welcome page could not be kept for the next start: %s", error)


def _fields(page: FrontPage) -> dict[str, Any]:
    return {
        "clinic_name": page.clinic_name,
        "language": page.language,
        "languages": [
            {
                "code": each.code,
                "own_name": each.own_name,
                "right_to_left": each.right_to_left,
                "reviewed_by": each.reviewed_by,
                "reviewed_on": each.reviewed_on.isoformat() if each.reviewed_on else None,
            }
            for each in page.languages
        ],
        "idle_seconds": page.idle_seconds,
        "countdown_seconds": page.countdown_seconds,
        "offers_lookup": page.offers_lookup,
    }


def _page(fields: dict[str, Any]) -> FrontPage:
    languages = tuple(
        Language(
            str(each["code"]),
            str(each["own_name"]),
            bool(each["right_to_left"]),
            str(each["reviewed_by"]),
            date.fromisoformat(each["reviewed_on"]) if each["reviewed_on"] else None,
        )
        for each in fields["languages"]
    )
    if not languages:
        raise ValueError("no language")
    return FrontPage(
        clinic_name=str(fields["clinic_name"]),
        language=str(fields["language"]),
        languages=languages,
        idle_seconds=int(fields["idle_seconds"]),
        countdown_seconds=int(fields["countdown_seconds"]),
        offers_lookup=bool(fields["offers_lookup"]),
    )
