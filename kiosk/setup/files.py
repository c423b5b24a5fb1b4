"""The kiosk's own files: owner-only, written whole under a temporary name, never over data.

Every file a command writes (an export, a handout, a backup) is first written
to a hidden name in the target's folder, `.NAME.TOKEN.partial`, and renamed
into place only once it is complete, so a kill or a full disk never leaves a
half-written file under the name the user asked for. Leftovers of a killed
run carry that pattern and are removed by the next run.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
PARTIAL_SUFFIX = ".partial"


class OutputRefused(RuntimeError):
    """An output file that must not be written; the message says why in one line."""


def private_folder(path: Path) -> Path:
    """Make `path` (and missing parents) and keep it readable by this user only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    with contextlib.suppress(OSError):  # a folder owned by someone else stays as it is
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FOLDER:
            path.chmod(PRIVATE_FOLDER)
    return path


def make_private(path: Path) -> None:
    """Take every permission but the owner's off an existing file (missing: nothing to do)."""
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(stat.S_IMODE(path.stat().st_mode) & 0o700)


def create_private(path: Path) -> None:
    """Create `path` empty and owner-only, unless it exists (it is then made owner-only)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        make_private(path)


def partial_name(target: Path) -> Path:
    """A fresh hidden name beside `target` for writing it."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def remove_leftovers(target: Path) -> int:
    """Delete the partial files earlier killed runs left for `target`; returns how many."""
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{_glob_safe(target.name)}.*{PARTIAL_SUFFIX}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def _glob_safe(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)


def same_file(one: Path, other: Path) -> bool:
    """Whether two names reach one file: by resolved path, or by inode (hard links)."""
    try:
        if one.resolve() == other.resolve():
            return True
    except (OSError, RuntimeError):
        pass
    try:
        return one.samefile(other)
    except OSError:
        return False


def check_output(target: Path, force: bool, protected: Iterable[tuple[Path, str]]) -> None:
    """Refuse a target that is the data itself, or an existing file without `force`.

    `protected` pairs each file that is never replaced with what to call it
    ("the database", "the audit key" ...), whether or not `force` is given.
    """
    for path, what in protected:
        if same_file(target, path):
            raise OutputRefused(f"{target} is {what}; it is never overwritten, choose another name")
    if target.is_dir():
        raise OutputRefused(f"{target} is a folder; give a file name")
    if target.exists() or target.is_symlink():
        if not target.is_file():
            raise OutputRefused(f"{target} is not a regular file; choose another name")
        if not force:
            raise OutputRefused(f"{target} already exists; add --force to replace it")
    if not target.parent.is_dir():
        raise OutputRefused(f"cannot write {target}: the folder {target.parent} does not exist")


@contextlib.contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """A hidden owner-only file to fill; renamed to `target` when the block ends without error."""
    remove_leftovers(target)
    partial = partial_name(target)
    create_private(partial)
    try:
        yield partial
        _sync(partial)
        os.replace(partial, target)
        _sync_folder(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def write_output(
    target: Path,
    fill: Callable[[IO[str]], object] | bytes,
    *,
    force: bool,
    protected: Iterable[tuple[Path, str]] = (),
) -> None:
    """Write text (through `fill`) or bytes to `target`, whole, owner-only, never over data."""
    check_output(target, force, protected)
    with written_whole(target) as partial:
        if isinstance(fill, bytes):
            partial.write_bytes(fill)
        else:
            with partial.open("w", encoding="utf-8", newline="") as out:
                fill(out)


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
