"""The kiosk's outbox: finished consultations kept safe on disk until the database has them.

One file per consultation id (`<id>.json`, the Submission as JSON), the
newest replacing the older; beside it `<id>.tries.json` says since when it
waits, how many deliveries were tried and the last error in words (ids and
words only, never a client's name or answer). A submission that can never be
stored moves to `refused/`, where staff see it: nothing is silently deleted.

Every write is crash-safe: a temporary file, flushed to the disk, renamed
over the old one, and the folder itself flushed, so after a power cut the
file is either the old one or the new one, whole. Files are 0600 in a 0700
folder: they hold health data.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from kiosk.setup.places import data_dir, file_in

if TYPE_CHECKING:
    # Loaded with the first submission read back, not at the kiosk's start.
    from kiosk.record.submission import Submission

log = logging.getLogger(__name__)

SUBMISSION = ".json"
TRIES = ".tries.json"
TEMPORARY = ".tmp"
REFUSED = "refused"

# Consultation ids become file names: nothing that could leave the folder.
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def outbox_folder() -> Path:
    """The kiosk's outbox: a folder in its data folder."""
    return data_dir() / "outbox"


class UnreadableSubmission(ValueError):
    """A file in the outbox is not a submission this program can read (the reason in words)."""


@dataclass(frozen=True)
class Letter:
    """A submission as read from the outbox, with the exact bytes it was read from.

    Attributes:
        submission: the consultation to store.
        raw: the file's bytes; the file is removed only if it still holds these.
    """

    submission: Submission
    raw: bytes


@dataclass(frozen=True)
class Waiting:
    """One consultation in the outbox, as staff see it.

    Attributes:
        public_id: the consultation's id.
        since: when it went into the outbox (UTC).
        tries: how many deliveries were tried.
        last_error: why the last try failed, in words (None before a try failed).
        last_try: when the last try was (UTC), or None.
    """

    public_id: str
    since: datetime
    tries: int
    last_error: str | None
    last_try: datetime | None


@dataclass(frozen=True)
class OutboxReport:
    """What waits in the outbox and what was refused.

    Attributes:
        waiting: consultations still to be delivered, oldest first.
        refused: consultations the database refused for good (set aside, kept).
    """

    waiting: tuple[Waiting, ...]
    refused: tuple[Waiting, ...]

    def summary(self) -> str:
        """One line in words: how many wait, since when, and why."""
        if not self.waiting and not self.refused:
            return "the outbox is empty: every finished consultation is in the database"
        parts = []
        if self.waiting:
            oldest = self.waiting[0]
            reason = oldest.last_error or "not tried yet"
            parts.append(
                f"{len(self.waiting)} waiting to be stored, the oldest since "
                f"{oldest.since:%Y-%m-%d %H:%M} UTC ({oldest.tries} tries; last: {reason})"
            )
        if self.refused:
            parts.append(f"{len(self.refused)} refused by the database, kept aside for staff")
        return "; ".join(parts)


class _Tries(BaseModel):
    """The note beside a waiting submission: since when, how many tries, the last error."""

    since: datetime
    tries: int = 0
    last_error: str | None = None
    last_try: datetime | None = None


class Outbox:
    """The folder of submissions waiting for the database.

    Safe to use from the screen's thread and the delivery thread at once:
    a submission replaced while it was being delivered is not removed.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()

    # --- writing ---------------------------------------------------------------

    def put(self, submission: Submission) -> None:
        """Keep `submission` on disk, replacing an older one of the same consultation.

        Returns only once the file is on the disk (raises OSError if it cannot be).
        """
        public_id = _checked(submission.public_id)
        raw = submission.model_dump_json().encode()
        with self._lock:
            _private_folder(self.folder)
            tries = self._tries(self.folder, public_id)
            _write_durably(file_in(self.folder, public_id + SUBMISSION), raw)
            if tries is None:
                self._write_tries(self.folder, public_id, _Tries(since=_now()))
        log.info("consultation %s is kept in the outbox", public_id)

    def remove_if_unchanged(self, letter: Letter) -> bool:
        """Remove the delivered file, unless a newer submission replaced it meanwhile."""
        public_id = letter.submission.public_id
        path = file_in(self.folder, public_id + SUBMISSION)
        with self._lock:
            try:
                if _read(path) != letter.raw:
                    return False
            except FileNotFoundError:
                return True
            os.unlink(path)
            _unlink_if_there(file_in(self.folder, public_id + TRIES))
            _sync_folder(self.folder)
        return True

    def note_try(self, public_id: str, error: str) -> None:
        """Count a failed delivery, with its reason in words."""
        with self._lock:
            self._write_tries(self.folder, public_id, self._one_more(public_id, error))

    def refuse(self, public_id: str, error: str) -> None:
        """Set a submission aside for staff: the database can never take it as it is."""
        public_id = _checked(public_id)
        aside = self.folder / REFUSED
        with self._lock:
            _private_folder(aside)
            self._write_tries(aside, public_id, self._one_more(public_id, error))
            # A second refusal of the same consultation keeps both files.
            target = file_in(aside, public_id + SUBMISSION)
            if os.path.exists(target):
                target = file_in(aside, f"{public_id}-{secrets.token_hex(4)}{SUBMISSION}")
            os.replace(file_in(self.folder, public_id + SUBMISSION), target)
            _unlink_if_there(file_in(self.folder, public_id + TRIES))
            _sync_folder(aside)
            _sync_folder(self.folder)
        log.error("consultation %s was refused by the database and set aside: %s", public_id, error)

    def sweep_temporary(self) -> None:
        """Remove half-written temporary files a crash left behind (they hold client data)."""
        if not self.folder.is_dir():
            return
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") and entry.name.endswith(TEMPORARY):
                    _unlink_if_there(entry.path)

    # --- reading ------------------------------------------------------------------

    def waiting(self) -> list[str]:
        """The ids of the submissions waiting, oldest first."""
        return [entry.name.removesuffix(SUBMISSION) for entry in _submissions(self.folder)]

    def read(self, public_id: str) -> Letter:
        """The submission waiting for `public_id` (UnreadableSubmission if it cannot be read)."""
        from kiosk.record.submission import Submission  # noqa: PLC0415

        raw = _read(file_in(self.folder, _checked(public_id) + SUBMISSION))
        try:
            submission = Submission.model_validate_json(raw)
        except ValidationError as error:
            # The error's text would quote the file: only its kind goes further.
            raise UnreadableSubmission(
                f"the file is not a submission this program can read ({error.error_count()} "
                "problems)"
            ) from None
        if submission.public_id != public_id:
            raise UnreadableSubmission("the file holds another consultation's submission")
        return Letter(submission, raw)

    def report(self) -> OutboxReport:
        """What waits, since when and why; and what was refused."""
        return OutboxReport(
            waiting=tuple(self._waiting_in(self.folder)),
            refused=tuple(self._waiting_in(self.folder / REFUSED)),
        )

    def _waiting_in(self, folder: Path) -> list[Waiting]:
        found = []
        for entry in _submissions(folder):
            public_id = entry.name.removesuffix(SUBMISSION)
            tries = self._tries(folder, public_id) or _Tries(
                since=datetime.fromtimestamp(entry.stat().st_mtime, UTC)
            )
            found.append(
                Waiting(
                    public_id=public_id,
                    since=tries.since,
                    tries=tries.tries,
                    last_error=tries.last_error,
                    last_try=tries.last_try,
                )
            )
        return found

    def _one_more(self, public_id: str, error: str) -> _Tries:
        tries = self._tries(self.folder, public_id) or _Tries(since=_now())
        return tries.model_copy(
            update={"tries": tries.tries + 1, "last_error": error, "last_try": _now()}
        )

    def _tries(self, folder: Path, public_id: str) -> _Tries | None:
        try:
            return _Tries.model_validate_json(_read(file_in(folder, public_id + TRIES)))
        except (OSError, ValueError):
            return None  # a torn note is only a count; the submission beside it is what matters

    def _write_tries(self, folder: Path, public_id: str, tries: _Tries) -> None:
        _write_durably(file_in(folder, public_id + TRIES), tries.model_dump_json().encode())


def outbox_report(folder: Path | None = None) -> OutboxReport:
    """How many consultations wait in this kiosk's outbox and why (for staff and the self-test)."""
    return Outbox(folder or outbox_folder()).report()


def _submissions(folder: Path) -> list[os.DirEntry[str]]:
    """The submission files in `folder`, oldest first (names only: see `file_in`)."""
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        found = [
            entry
            for entry in entries
            if entry.is_file()
            and entry.name.endswith(SUBMISSION)
            and not entry.name.endswith(TRIES)
            and not entry.name.startswith(".")
        ]
    return sorted(found, key=lambda entry: (entry.stat().st_mtime, entry.name))


def _checked(public_id: str) -> str:
    if not SAFE_ID.match(public_id):
        raise ValueError("a consultation id must be letters, digits, - or _")
    return public_id


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)  # mkdir's mode passes through the umask, and an old folder may be wider


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _unlink_if_there(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def _write_durably(path: str, raw: bytes) -> None:
    """Write `path` so that a crash leaves either the old file or the new one, whole."""
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{secrets.token_hex(4)}{TEMPORARY}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        _unlink_if_there(temporary)
        raise
    _sync_folder(folder)


def _sync_folder(folder: str | Path) -> None:
    """Flush the folder's entries (the rename) to the disk; Windows has no such call."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
