"""A kiosk or a staff station as a process of its own, for the clinic-minute fault test.

Run as `python -m tests.core.clinic_worker kiosk NAME SECONDS` or
`... staff USERNAME PIN SECONDS` from the repository root, with the
installation's settings in the environment (as each machine has its own).
Prints `ready`, waits for `go` on stdin, then works for SECONDS and prints
one line per piece of work, only after it is committed: `submitted ID` or
`decided ID`; at the end `done`.
"""

from __future__ import annotations

import random
import sys
import time

from kiosk.consultation.desk import Decision, Desk
from kiosk.content.loader import load_content
from kiosk.setup.settings import load_settings
from kiosk.store.consultations import ConsultationStore, Status
from kiosk.store.database import close_database, open_database
from kiosk.store.fields import utc_now
from kiosk.store.installation import open_audit
from kiosk.store.models import Consultation
from kiosk.store.reviews import DecisionError
from kiosk.store.staff import StaffAccounts
from tests.core.clients import submit_client

# Clients come back: both kiosks take the same people, so their rows must stay one each.
PEOPLE = 60


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def kiosk(name: str, seconds: float) -> None:
    content = load_content()
    store = ConsultationStore(name, utc_now)
    rng = random.Random(name)
    say("ready")
    sys.stdin.readline()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        person = rng.randrange(PEOPLE)
        public_id = submit_client(
            content,
            store,
            first_name=f"Client{person}",
            last_name="Moreau",
            date_of_birth=f"19{50 + person % 40}-03-0{1 + person % 9}",
        )
        say(f"submitted {public_id}")
    say("done")


def staff(username: str, pin: str, seconds: float) -> None:
    desk = Desk(StaffAccounts(utc_now), open_audit(load_settings()), utc_now)
    member = desk.sign_in(username, pin)
    rng = random.Random(username)
    say("ready")
    sys.stdin.readline()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        waiting = [
            c.public_id
            for c in Consultation.select(Consultation.public_id)
            .where(Consultation.status == Status.SUBMITTED)
            .order_by(Consultation.submitted_at)
            .limit(10)
        ]
        if not waiting:
            time.sleep(0.02)  # nothing to review yet: a practitioner would wait too
            continue
        public_id = rng.choice(waiting)
        try:
            desk.decide(member, public_id, Decision(Status.APPROVED, note="reviewed in person"))
        except DecisionError:
            continue  # the other station changed it meanwhile
        say(f"decided {public_id}")
    say("done")


def main(argv: list[str]) -> int:
    db = open_database(load_settings())
    try:
        if argv[0] == "kiosk":
            kiosk(argv[1], float(argv[2]))
        elif argv[0] == "staff":
            staff(argv[1], argv[2], float(argv[3]))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    finally:
        close_database(db)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
