"""Validated content kept between starts, keyed by the hash of every content file.

Parsing and validating the YAML takes longer than the rest of the kiosk's
start; the result only changes when a file does. So the validated Content is
pickled into the user's cache folder under a key made of every file below the
content folder (the translations included), the code that defines the
content's types, and Python's version: any change to any of them is a
different key, and the old entry is removed when the new one is written.

A pickle runs code when it is loaded, so an entry is only read when it, and
its folder, belong to this user and nobody else can write to them; it
carries the hash of its own bytes, and anything unexpected (unreadable,
changed, truncated, of another shape) makes the kiosk load the files afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.setup.files import PRIVATE_FILE, partial_name, private_folder
from kiosk.setup.places import cache_dir

if TYPE_CHECKING:
    from kiosk.content.model import Content

log = logging.getLogger(__name__)

PREFIX = "content-"
SUFFIX = ".pickle"
_DIGEST = hashlib.sha256().digest_size


def _code_files() -> list[Path]:
    # The modules whose classes are pickled: a changed class makes old entries stale.
    return sorted(Path(__file__).parent.glob("*.py"))


def content_key(directory: Path) -> str | None:
    """The hash of every file below `directory` and of the content code; None if unreadable."""
    digest = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0".encode())
    try:
        code = _code_files()
        if not code:  # a bundle without sources: nothing to tell the classes' version by
            return None
        for path in code:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        digest.update(b"content\0")
        for part in _file_parts(directory):
            digest.update(part)
    except OSError:
        return None
    return digest.hexdigest()


def files_key(directory: Path) -> str | None:
    """The hash of every file below `directory` (names and bytes); None if unreadable."""
    digest = hashlib.sha256()
    try:
        for part in _file_parts(directory):
            digest.update(part)
    except OSError:
        return None
    return digest.hexdigest()


def _file_parts(directory: Path) -> Iterator[bytes]:
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        name = path.relative_to(directory).as_posix()
        yield name.encode() + b"\0" + path.read_bytes() + b"\0"


def trusted(path: Path) -> bool:
    """Whether `path` and its folder are this user's own and nobody else may change them."""
    getuid = getattr(os, "getuid", None)
    for each in (path, path.parent):
        info = each.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_mode & 0o022:
            return False
        if getuid is not None and info.st_uid != getuid():
            return False
    return True


def cached_content(directory: Path, key: str) -> Content | None:
    """The content validated earlier under `key`, or None (missing, untrusted or damaged)."""
    # Unpickling imports the content's types anyway; the key alone needs none of them.
    from kiosk.content.model import Content  # noqa: PLC0415

    path = cache_dir() / f"{PREFIX}{key}{SUFFIX}"
    try:
        if not trusted(path):
            log.warning("the content cache %s is not this user's alone: not used", path)
            return None
        data = path.read_bytes()
    except OSError:
        return None
    body = data[_DIGEST:]
    if len(data) <= _DIGEST or hashlib.sha256(body).digest() != data[:_DIGEST]:
        log.warning("the content cache %s is damaged: the files are read afresh", path.name)
        return None
    try:
        content = pickle.loads(body)  # our own owner-only file, checked above
    except Exception:  # whatever a stale pickle raises
        log.warning("the content cache %s cannot be read: the files are read afresh", path.name)
        return None
    if not isinstance(content, Content):
        return None
    if content.directory != directory:
        # The same files in another folder (a copied installation): the folder is this one.
        content = Content(**{**content.__dict__, "directory": directory})
    return content


def keep_content(content: Content, key: str) -> None:
    """Keep `content` under `key` (owner-only) and drop older entries; failures only log."""
    try:
        folder = private_folder(cache_dir())
        body = pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL)
        target = folder / f"{PREFIX}{key}{SUFFIX}"
        partial = partial_name(target)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(handle, "wb") as out:
            out.write(hashlib.sha256(body).digest() + body)
        os.replace(partial, target)
        for old in folder.glob(f"{PREFIX}*{SUFFIX}"):
            if old != target:
                with contextlib.suppress(OSError):
                    old.unlink()
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as error:
        log.warning("the validated content could not be cached: %s", type(error).__name__)
