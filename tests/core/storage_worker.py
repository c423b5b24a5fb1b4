"""A separate process that writes to a kiosk database, for the crash and concurrency tests.

Run as `python -m tests.core.storage_worker DBPATH MODE [ARGS]` from the
repository root. Every mode prints `ready` once the database is open, then
one line per finished piece of work; a line is printed (and flushed) only
after the write it reports has been committed.

Modes:
    crash ROUND       submit consultations until killed; `submitted ID FIRST_NAME`.
    kiosk COUNT       wait for `go` on stdin, submit COUNT consultations,
                      `submitted ID FIRST_NAME SECONDS` each, then `done`.
    staff ROUNDS HOLD wait for `go`; hold one write transaction open HOLD
                      seconds (`holding`, `released`), then ROUNDS small
                      transactions on the newest consultation (`wrote I ID
                      STATUS`), then `done`.
    hold              take the write lock, print `holding`, keep it until a
                      line (or end of input) arrives on stdin, `released`.

The test side is `Worker`, below: it starts one and reads its lines.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from argon2 import PasswordHasher
from peewee import Database

from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import open_database
from kiosk.store.fields import utc_now
from kiosk.store.models import Consultation, Review, StaffAccount, StaffNote
from kiosk.store.staff import Role, StaffAccounts
from tests.core.clients import submit_client

ROOT = Path(__file__).resolve().parents[2]

STAFF_USERNAME = "station"
STAFF_PIN = "480213"


# --- the child ---------------------------------------------------------------


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def wait_for_go() -> None:
    line = sys.stdin.readline()
    if line.strip() != "go":
        raise SystemExit(f"expected 'go' on stdin, got {line!r}")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, mode, *args = argv
    db = open_database(Settings(database_url=f"sqlite:///{path}", kiosk_id=f"worker-{mode}"))
    try:
        if mode == "crash":
            run_crash(int(args[0]))
        elif mode == "kiosk":
            run_kiosk(int(args[0]))
        elif mode == "staff":
            run_staff(db, int(args[0]), float(args[1]))
        elif mode == "hold":
            run_hold(db)
        else:
            print(f"unknown mode {mode!r}", file=sys.stderr)
            return 2
    finally:
        db.close()
    return 0


def run_crash(round_number: int) -> None:
    content = load_content()
    store = ConsultationStore("kiosk-crash", utc_now)
    say("ready")
    number = 0
    while True:
        first_name = f"Round{round_number}Client{number}"
        public_id = submit_client(content, store, first_name=first_name)
        say(f"submitted {public_id} {first_name}")
        number += 1


def run_kiosk(count: int) -> None:
    content = load_content()
    store = ConsultationStore("kiosk-front", utc_now)
    say("ready")
    wait_for_go()
    for number in range(count):
        first_name = f"Kiosk{number}"
        started = time.monotonic()
        public_id = submit_client(content, store, first_name=first_name)
        say(f"submitted {public_id} {first_name} {time.monotonic() - started:.3f}")
    say("done")


def run_staff(db: Database, rounds: int, hold_seconds: float) -> None:
    accounts = StaffAccounts(utc_now, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    accounts.add(STAFF_USERNAME, "Front desk", Role.PRACTITIONER, STAFF_PIN)
    staff = StaffAccount.get(StaffAccount.username == STAFF_USERNAME)
    say("ready")
    wait_for_go()

    with db.atomic():
        newest = Consultation.select().order_by(Consultation.id.desc()).get()
        StaffNote.create(consultation=newest, staff=staff, text="held", created_at=utc_now())
        say("holding")
        # A slow staff screen: the kiosk's next write must wait for this one.
        time.sleep(hold_seconds)
    say("released")

    for number in range(rounds):
        with db.atomic():
            # Whatever the kiosk wrote last, often the draft it is filling in.
            target = Consultation.select().order_by(Consultation.id.desc()).get()
            Consultation.update(needs_print=True).where(Consultation.id == target.id).execute()
            StaffNote.create(
                consultation=target, staff=staff, text=f"round {number}", created_at=utc_now()
            )
            if target.status == "submitted":
                Review.create(
                    consultation=target,
                    staff=staff,
                    decision="follow_up",
                    note=f"round {number}",
                    created_at=utc_now(),
                )
        say(f"wrote {number} {target.public_id} {target.status}")
        time.sleep(0.005)  # a pause between screens, not a tight loop
    say("done")


def run_hold(db: Database) -> None:
    # BEGIN IMMEDIATE takes the write lock at once, before any statement.
    with db.atomic():
        say("holding")
        sys.stdin.readline()
    say("released")


def json_of(text: str | None) -> Any:
    """A JSON column's value (which must be set)."""
    assert text is not None
    return json.loads(text)


# --- the test side -------------------------------------------------------------


class WorkerFailed(AssertionError):
    """The worker ended or went quiet before saying what was expected."""


class Worker:
    """One storage worker process, with its output read line by line.

    Output is read from the raw pipe through a selector, so a wait for a
    line has a deadline and never needs a thread. Its stderr goes to a file,
    shown when something goes wrong.
    """

    def __init__(
        self,
        db_path: Path,
        mode: str,
        *args: str,
        stderr_path: Path,
        module: str = "tests.core.storage_worker",
    ) -> None:
        self.stderr_path = stderr_path
        self._stderr: IO[bytes] = stderr_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, str(db_path), mode, *args],
            cwd=ROOT,
            env=dict(os.environ),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            bufsize=0,
        )
        self._buffer = b""
        self._eof = False

    def __enter__(self) -> Worker:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self._stderr.close()

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def _fill(self, deadline: float) -> bool:
        """Read what the pipe has, waiting until `deadline`; False at end of output."""
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                raise WorkerFailed(f"worker silent for too long; stderr:\n{self.stderr()}")
        chunk = os.read(self.process.stdout.fileno(), 65536)
        if not chunk:
            self._eof = True
            return False
        self._buffer += chunk
        return True

    def read_line(self, timeout: float = 30.0) -> str:
        """The next complete line the worker printed."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if self._eof or not self._fill(deadline):
                self.process.wait(timeout)
                raise WorkerFailed(
                    f"worker ended (exit {self.process.returncode}) before a full line; "
                    f"stderr:\n{self.stderr()}"
                )
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def expect(self, prefix: str, timeout: float = 30.0) -> str:
        """The next line, which must start with `prefix`."""
        line = self.read_line(timeout)
        if not line.startswith(prefix):
            raise WorkerFailed(f"expected {prefix!r}, got {line!r}; stderr:\n{self.stderr()}")
        return line

    def kill(self) -> None:
        """SIGKILL: no clean-up of any kind runs in the worker."""
        self.process.kill()
        self.process.wait(10)

    def remaining_lines(self, timeout: float = 30.0) -> list[str]:
        """Every complete line still to read, up to the end of the output.

        A partial last line (a worker killed mid-print) is dropped.
        """
        deadline = time.monotonic() + timeout
        while not self._eof:
            self._fill(deadline)
        lines = self._buffer.split(b"\n")
        self._buffer = b""
        return [line.decode() for line in lines[:-1]]

    def finish(self, timeout: float = 30.0) -> tuple[int, list[str]]:
        """Close stdin, read the rest of the output and wait: (exit code, lines)."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        lines = self.remaining_lines(timeout)
        return self.process.wait(timeout), lines


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
