"""Writes consultations to the database from a thread of its own, retrying while it is away.

The client is never kept waiting on the database. A finished consultation is
put in the outbox (on disk) first; drafts (not consented, so only in memory)
wait here, the newest answers replacing older ones. The delivery thread then
writes them (submissions first, oldest first), and when the database says "not now" (busy,
locked, connection refused or closed) it tries again later, waiting longer
each time. A submission is stored by its id, so storing it twice changes
nothing; its file is removed only once it is stored.

Only errors that can never succeed stop the retries: a consultation staff
have already decided (NotADraft) and a file no version of this program can
read. Those submissions move to the outbox's `refused/` folder, are logged
and counted for staff, and are never deleted. Anything else, foreseen or
not, is retried: a consented consultation is not dropped on a guess.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from kiosk.consultation.outbox import Outbox, UnreadableSubmission, outbox_folder
from kiosk.record.submission import Submission
from kiosk.store.consultations import (
    ConsultationNotFound,
    ConsultationStore,
    NotADraft,
    mark_needs_print,
)
from kiosk.store.database import close_thread_connection, ensure_schema
from kiosk.store.help_requests import HelpRequest, record_help_request

log = logging.getLogger(__name__)

# Waits between tries while the database is away: the first, doubling up to the longest.
FIRST_DELAY = 0.5
LONGEST_DELAY = 10.0
# A draft that fails for a reason other than "not now" is given up after this many tries:
# it is not a consented record, and it must not hold the submissions back.
DRAFT_TRIES = 5

THREAD_NAME = "consultation-delivery"


class Verdict(Enum):
    """What an error means for the next try."""

    NOT_NOW = "not now"  # busy, locked, unreachable: try again later
    NEVER = "never"  # can never succeed as it is: set aside
    UNKNOWN = "unknown"  # not foreseen: try again later all the same


NOT_NOW_WORDS = ("locked", "busy", "connect", "closed", "timeout", "timed out", "unable to open")


def verdict(error: BaseException) -> Verdict:
    """Whether `error` may go away by itself (any driver: SQLite, PostgreSQL)."""
    if isinstance(error, NotADraft | UnreadableSubmission):
        return Verdict.NEVER
    if isinstance(error, ConnectionError | TimeoutError):
        return Verdict.NOT_NOW
    text = f"{type(error).__name__} {error}".lower()
    if any(word in text for word in NOT_NOW_WORDS):
        return Verdict.NOT_NOW
    return Verdict.UNKNOWN


def in_words(error: BaseException) -> str:
    """Why a try failed, for staff (no client data: only our words or the driver's)."""
    if isinstance(error, NotADraft):
        return "staff have already decided this consultation"
    if isinstance(error, UnreadableSubmission):
        return str(error)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "the database is busy: another program holds its write lock"
    if verdict(error) is Verdict.NOT_NOW:
        return f"the database cannot be reached ({type(error).__name__})"
    # Database drivers say what went wrong without the values; other errors may quote them.
    driver = type(error).__module__.split(".")[0] in ("apsw", "peewee", "psycopg", "sqlite3")
    first_line = str(error).strip().splitlines()[0][:200] if driver and str(error).strip() else ""
    return f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__


@dataclass
class _Draft:
    """What is still to be written for one consultation that is not (yet) submitted."""

    start: tuple[str, str] | None = None  # language, content version
    answers: dict[str, object] | None = None
    abandon: bool = False
    needs_print: bool = False
    failures: int = 0

    def empty(self) -> bool:
        return self.start is None and self.answers is None and not self.abandon


@dataclass
class _Round:
    """How one pass over the waiting work went."""

    error: BaseException | None = None
    outbox_left: bool = False
    stored: list[str] = field(default_factory=list)


class Delivery:
    """The thread that writes consultations to the database.

    Call `start()` once (it first delivers whatever waits in the outbox from
    before, such as after a crash or a power cut) and `stop()` at shutdown.
    Every other method returns at once, from any thread.

    Attributes:
        outbox: where finished consultations wait.
        store: writes them.
    """

    def __init__(
        self,
        outbox: Outbox,
        store: ConsultationStore,
        *,
        first_delay: float = FIRST_DELAY,
        longest_delay: float = LONGEST_DELAY,
    ) -> None:
        self.outbox = outbox
        self.store = store
        self.first_delay = first_delay
        self.longest_delay = longest_delay
        self._changed = threading.Condition()
        self._drafts: dict[str, _Draft] = {}
        self._unkept: dict[str, Submission] = {}
        self._help: dict[str, HelpRequest] = {}
        self._outbox_due = True
        self._busy = False
        self._stopping = False
        self._delay = 0.0
        self._next_try = 0.0
        self._thread: threading.Thread | None = None

    # --- asked by the session -------------------------------------------------------

    def submit(self, submission: Submission) -> bool:
        """Keep the finished consultation in the outbox and deliver it.

        True once it is safe on disk; False if the disk refused it (full,
        read-only): it is then delivered from memory, and would be lost only
        if the kiosk stopped before the database took it.
        """
        public_id = submission.public_id
        try:
            self.outbox.put(submission)
            kept = True
        except OSError as error:
            log.error("consultation %s could not be kept in the outbox: %s", public_id, error)
            kept = False
        with self._changed:
            draft = self._drafts.get(public_id)
            if draft is not None:
                # The submission carries everything the draft would have written.
                draft.start = draft.answers = None
                draft.abandon = False
            if kept:
                self._unkept.pop(public_id, None)
            else:
                self._unkept[public_id] = submission
            self._outbox_due = True
            self._changed.notify_all()
        return kept

    def start_draft(self, public_id: str, language: str, content_version: str) -> None:
        """Record that a client began (consent given) as soon as the database allows."""
        with self._changed:
            self._draft(public_id).start = (language, content_version)

    def save_draft(self, public_id: str, answers: dict[str, object]) -> None:
        """Autosave the answers so far (only the newest waiting answers are written)."""
        with self._changed:
            self._draft(public_id).answers = dict(answers)

    def abandon(self, public_id: str) -> None:
        """Mark the draft abandoned (after its answers so far are written)."""
        with self._changed:
            self._draft(public_id).abandon = True

    def needs_print(self, public_id: str) -> None:
        """Note that the client still needs a printed copy (once the consultation is stored)."""
        with self._changed:
            self._draft(public_id).needs_print = True

    def ask_for_help(self, request: HelpRequest) -> None:
        """Store a client's help request as soon as the database allows (kept in memory).

        A help request matters only while the client stands there, so it is
        not written to disk: the client is told to walk to the desk meanwhile.
        """
        with self._changed:
            self._help[request.request_id] = request
            self._changed.notify_all()

    def _draft(self, public_id: str) -> _Draft:
        draft = self._drafts.setdefault(public_id, _Draft())
        self._changed.notify_all()
        return draft

    # --- the thread's life ----------------------------------------------------------

    def start(self) -> None:
        """Start the thread; it first delivers whatever waits in the outbox."""
        if self._thread is not None:
            return
        self.outbox.sweep_temporary()
        waiting = len(self.outbox.waiting())
        if waiting:
            log.info("%d consultations wait in the outbox; delivering them", waiting)
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the thread: it writes what waits if the database answers, else leaves it.

        What is left in the outbox is delivered at the next start. Returns
        False if the thread was still busy after `timeout` seconds.
        """
        self.stop_soon()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def stop_soon(self) -> None:
        """Ask the thread to stop, without waiting for it (see `stop`)."""
        with self._changed:
            self._stopping = True
            self._changed.notify_all()

    def settled(self) -> bool:
        """Nothing waits: every draft and submission asked for so far is in the database."""
        with self._changed:
            if self._busy or self._has_work_in_memory():
                return False
        return not self.outbox.waiting()

    def wait_until_settled(self, timeout: float = 60.0) -> bool:
        """Block until `settled()` (for shutdown and tests); False after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not self.settled():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with self._changed:
                self._changed.wait(min(remaining, 0.2))
        return True

    def _run(self) -> None:
        try:
            while self._next_round():
                try:
                    outcome = self._round()
                except Exception as error:  # the outbox's disk, say: the thread must go on
                    log.exception("a delivery round failed")
                    outcome = _Round(error=error, outbox_left=True)
                if outcome.error is not None:
                    drop_connection()
                self._after(outcome)
        finally:
            close_thread_connection()

    def _has_work_in_memory(self) -> bool:
        drafts = any(not d.empty() or d.needs_print for d in self._drafts.values())
        return drafts or bool(self._unkept) or bool(self._help)

    def _has_work(self) -> bool:
        return self._has_work_in_memory() or self._outbox_due

    def _next_round(self) -> bool:
        """Wait until work is due; False when the thread should end."""
        with self._changed:
            while True:
                has_work = self._has_work()
                if self._stopping and (not has_work or self._delay > 0):
                    return False
                wait = self._next_try - time.monotonic()
                if has_work and wait <= 0:
                    self._busy = True
                    self._outbox_due = False
                    return True
                self._changed.wait(wait if has_work else None)

    def _after(self, outcome: _Round) -> None:
        with self._changed:
            self._busy = False
            if outcome.outbox_left:
                self._outbox_due = True
            if outcome.error is None:
                self._delay = 0.0
                self._next_try = 0.0
            else:
                self._delay = min(max(self._delay * 2, self.first_delay), self.longest_delay)
                self._next_try = time.monotonic() + self._delay
            self._changed.notify_all()

    # --- one pass over the waiting work -------------------------------------------

    def _round(self) -> _Round:
        # The consented submissions first: they matter most, and a draft
        # of the same consultation is moot once its submission is stored.
        outcome = _Round()
        if not self._deliver_outbox(outcome):
            return outcome
        try:
            ensure_schema()  # a clinic server away at start-up, now back
        except Exception as error:  # every driver has its own types
            outcome.error = error
            log.warning("the database is not ready yet: %s", in_words(error))
            return outcome
        with self._changed:
            unkept = list(self._unkept.items())
        for public_id, submission in unkept:
            try:
                self.store.submit(submission)
            except Exception as error:  # every driver has its own types
                if verdict(error) is not Verdict.NEVER:
                    outcome.error = error
                    log.warning("consultation %s not stored yet: %s", public_id, in_words(error))
                    return outcome
                log.error("consultation %s refused: %s", public_id, in_words(error))
            with self._changed:
                if self._unkept.get(public_id) is submission:
                    del self._unkept[public_id]
        if not self._deliver_help(outcome):
            return outcome
        with self._changed:
            drafts = list(self._drafts)
        for public_id in drafts:
            if not self._write_draft(public_id, outcome):
                return outcome
        self._mark_prints(outcome)
        return outcome

    def _write_draft(self, public_id: str, outcome: _Round) -> bool:
        """Write one draft's waiting steps; False if the database said "not now"."""
        with self._changed:
            draft = self._drafts[public_id]
            start, answers, abandon = draft.start, draft.answers, draft.abandon
        try:
            if start is not None:
                self.store.start(start[0], start[1], public_id)
                with self._changed:
                    draft.start = None
            if answers is not None:
                self.store.save_draft(public_id, answers)
                with self._changed:
                    if draft.answers is answers:
                        draft.answers = None
            if abandon:
                self.store.abandon(public_id)
                with self._changed:
                    draft.abandon = False
        except (NotADraft, ConsultationNotFound) as error:
            # Submitted (or swept away) meanwhile: these steps are moot.
            log.info("draft %s not written: %s", public_id, type(error).__name__)
            self._forget_steps(public_id)
        except Exception as error:  # every driver has its own types
            kind = verdict(error)
            log.warning("draft %s not saved yet: %s", public_id, in_words(error))
            if kind is Verdict.NOT_NOW:
                outcome.error = error
                return False
            with self._changed:
                draft.failures += 1
                if draft.failures >= DRAFT_TRIES:
                    log.error("draft %s given up after %d tries", public_id, draft.failures)
                    self._forget_steps(public_id)
                else:
                    outcome.error = error
        with self._changed:
            if draft.empty() and not draft.needs_print and self._drafts.get(public_id) is draft:
                del self._drafts[public_id]
        return True

    def _deliver_help(self, outcome: _Round) -> bool:
        """Store the waiting help requests; False if the database said "not now"."""
        with self._changed:
            waiting = list(self._help.values())
        for request in waiting:
            try:
                record_help_request(request)
            except Exception as error:  # every driver has its own types
                log.warning(
                    "help request from kiosk %s not stored yet: %s",
                    request.kiosk_id,
                    in_words(error),
                )
                if verdict(error) is not Verdict.NEVER:
                    outcome.error = error
                    return False
            with self._changed:
                self._help.pop(request.request_id, None)
        return True

    def _forget_steps(self, public_id: str) -> None:
        with self._changed:
            draft = self._drafts.get(public_id)
            if draft is not None:
                draft.start = draft.answers = None
                draft.abandon = False

    def _deliver_outbox(self, outcome: _Round) -> bool:
        """Store what waits in the outbox, oldest first; False if the database said "not now"."""
        for public_id in self.outbox.waiting():
            try:
                letter = self.outbox.read(public_id)
            except FileNotFoundError:
                continue  # delivered and removed meanwhile
            except UnreadableSubmission as error:
                self.outbox.refuse(public_id, in_words(error))
                continue
            try:
                ensure_schema()  # a clinic server away at start-up, now back
                self.store.submit(letter.submission)
            except Exception as error:  # every driver has its own types
                if verdict(error) is Verdict.NEVER:
                    self.outbox.refuse(public_id, in_words(error))
                    continue
                self.outbox.note_try(public_id, in_words(error))
                log.warning("consultation %s waits in the outbox: %s", public_id, in_words(error))
                outcome.error = error
                outcome.outbox_left = True
                return False
            if not self.outbox.remove_if_unchanged(letter):
                outcome.outbox_left = True  # the client changed an answer meanwhile: again
            outcome.stored.append(public_id)
            log.info("consultation %s delivered from the outbox", public_id)
        return True

    def _mark_prints(self, outcome: _Round) -> None:
        with self._changed:
            wanted = [public_id for public_id, d in self._drafts.items() if d.needs_print]
        for public_id in wanted:
            try:
                mark_needs_print(public_id)
            except Exception as error:  # every driver has its own types
                log.warning("print request for %s not saved yet: %s", public_id, in_words(error))
                outcome.error = error
                return
            with self._changed:
                draft = self._drafts[public_id]
                draft.needs_print = False
                if draft.empty():
                    del self._drafts[public_id]


def drop_connection() -> None:
    """Close this thread's connection after a failure, so the next try opens a fresh one.

    A server that went away leaves a connection that fails for ever; a new
    one finds the server again when it is back. For SQLite it costs little.
    """
    try:
        close_thread_connection()
    except Exception as error:  # a broken connection may fail to close, too
        log.debug("the failed connection did not close cleanly: %s", type(error).__name__)


def kiosk_delivery(store: ConsultationStore, folder: Path | None = None) -> Delivery:
    """The kiosk's delivery over its outbox, started: what waits from before goes first."""
    delivery = Delivery(Outbox(folder or outbox_folder()), store)
    delivery.start()
    return delivery
