"""The delivery thread: stores each consultation once, waits out a busy database, loses nothing."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import apsw
import pytest

from kiosk.consultation.delivery import Delivery, Verdict, in_words, verdict
from kiosk.consultation.outbox import Outbox
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.record.submission import Submission
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore, NotADraft, Status
from kiosk.store.models import Consent, Consultation
from kiosk.store.reviews import decide
from kiosk.store.staff import Role, StaffAccounts
from tests.core.clients import CLEAN_CLIENT, TODAY, FakeClock, answers_of, submission_of
from tests.core.consultation.helpers import quick_delivery
from tests.core.storage_worker import Worker


@pytest.fixture
def settings() -> Settings:
    """A short busy timeout: a locked database answers "busy" within a moment.

    Built unchecked: so short a wait is below what an installation may set.
    """
    return Settings.model_construct(kiosk_id="kiosk-test", busy_timeout_seconds=0.3)


@pytest.fixture
def delivery(tmp_path: Path, store: ConsultationStore) -> Iterator[Delivery]:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    yield delivery
    assert delivery.stop(30)


def finished(
    content: Content, store: ConsultationStore, public_id: str, **changes: object
) -> Submission:
    return submission_of(
        content, store, public_id, assess(content, answers_of(content, **changes), TODAY)
    )


def stored(public_id: str) -> Consultation:
    return Consultation.get(Consultation.public_id == public_id)


class Broken:
    """A store with a fault nobody foresaw (a bug): every submission fails."""

    def __init__(self, store: ConsultationStore) -> None:
        self.kiosk_id = store.kiosk_id
        self.clock = store.clock
        self.tries = 0

    def submit(self, submission: Submission) -> None:
        self.tries += 1
        raise KeyError("surprise")


class BusyFirst:
    """The store behind a database that answers "locked" to the first `times` submissions."""

    def __init__(self, store: ConsultationStore, times: int) -> None:
        self.store = store
        self.kiosk_id = store.kiosk_id
        self.clock = store.clock
        self.times = times
        self.tries = 0

    def submit(self, submission: Submission) -> None:
        self.tries += 1
        if self.tries <= self.times:
            raise apsw.BusyError("database is locked")
        self.store.submit(submission)


def test_a_submission_is_stored_complete_and_leaves_the_outbox(
    content: Content, store: ConsultationStore, delivery: Delivery
) -> None:
    assert delivery.submit(finished(content, store, "c0ffee"))

    assert delivery.wait_until_settled(30)
    row = stored("c0ffee")
    assert row.status == Status.SUBMITTED
    assert json.loads(row.answers or "")["concerns"] == ["acne_scars", "texture"]
    assert json.loads(row.snapshot or "{}")
    assert row.recommended_treatment == "microneedling"
    consent = Consent.get(Consent.consultation == row)
    assert consent.typed_name == "Ana Silva"
    assert bytes(consent.signature_png).startswith(b"\x89PNG")
    assert delivery.outbox.waiting() == []


def test_delivering_the_same_submission_twice_stores_it_once(
    content: Content, store: ConsultationStore, delivery: Delivery
) -> None:
    submission = finished(content, store, "c0ffee")
    delivery.submit(submission)
    assert delivery.wait_until_settled(30)
    # As after a crash between storing it and removing its file.
    delivery.submit(submission)
    assert delivery.wait_until_settled(30)

    assert Consultation.select().count() == 1
    assert Consent.select().count() == 1
    assert stored("c0ffee").status == Status.SUBMITTED


def test_a_busy_database_is_tried_again_until_it_takes_the_submission(
    content: Content, store: ConsultationStore, tmp_path: Path
) -> None:
    busy = BusyFirst(store, times=3)
    delivery = quick_delivery(tmp_path / "outbox", busy)  # type: ignore[arg-type]
    delivery.submit(finished(content, store, "c0ffee"))
    delivery.start()
    try:
        assert delivery.wait_until_settled(30)
    finally:
        assert delivery.stop(30)

    assert busy.tries == 4
    assert stored("c0ffee").status == Status.SUBMITTED
    assert Consent.select().count() == 1


def test_while_another_program_holds_the_write_lock_the_submission_waits_and_says_why(
    content: Content,
    store: ConsultationStore,
    settings: Settings,
    delivery: Delivery,
    tmp_path: Path,
) -> None:
    with Worker(settings.database_path(), "hold", stderr_path=tmp_path / "hold.err") as holder:
        holder.expect("holding", timeout=60)
        delivery.submit(finished(content, store, "c0ffee"))

        waiting = lambda: delivery.outbox.report().waiting  # noqa: E731
        assert poll(lambda: waiting() and waiting()[0].tries >= 2)
        assert (
            waiting()[0].last_error == "the database is busy: another program holds its write lock"
        )
        assert not delivery.settled()

        holder.send("release")
        holder.expect("released")
    assert delivery.wait_until_settled(30)
    assert stored("c0ffee").status == Status.SUBMITTED
    assert Consent.select().count() == 1


def test_a_new_delivery_sends_what_waits_in_the_outbox_from_before(
    content: Content, store: ConsultationStore, tmp_path: Path
) -> None:
    Outbox(tmp_path / "outbox").put(finished(content, store, "c0ffee"))

    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    try:
        assert delivery.wait_until_settled(30)
    finally:
        assert delivery.stop(30)
    assert stored("c0ffee").status == Status.SUBMITTED


def test_a_submission_staff_have_decided_meanwhile_is_set_aside_not_lost(
    content: Content, store: ConsultationStore, delivery: Delivery, clock: FakeClock
) -> None:
    delivery.submit(finished(content, store, "c0ffee"))
    assert delivery.wait_until_settled(30)
    StaffAccounts(clock).add("maria", "Maria", Role.PRACTITIONER, "48213597")
    decide("c0ffee", "maria", Status.APPROVED, clock.now)

    delivery.submit(finished(content, store, "c0ffee", pregnant_or_breastfeeding=True))

    assert delivery.wait_until_settled(30)
    report = delivery.outbox.report()
    assert [w.public_id for w in report.refused] == ["c0ffee"]
    assert report.refused[0].last_error == "staff have already decided this consultation"
    aside = delivery.outbox.folder / "refused" / "c0ffee.json"
    assert Submission.model_validate_json(aside.read_bytes()).answers["pregnant_or_breastfeeding"]
    assert stored("c0ffee").status == Status.APPROVED  # the decision stands


def test_an_unreadable_file_in_the_outbox_is_set_aside(
    store: ConsultationStore, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    (folder / "c0ffee.json").write_text("{not json", encoding="utf-8")

    delivery = quick_delivery(folder, store)
    delivery.start()
    try:
        assert delivery.wait_until_settled(30)
    finally:
        assert delivery.stop(30)
    assert (folder / "refused" / "c0ffee.json").read_text(encoding="utf-8") == "{not json"


def test_drafts_are_written_in_order_with_only_the_newest_answers(
    store: ConsultationStore, tmp_path: Path
) -> None:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start_draft("d1", "en", "v1")
    for name in ("A", "An", "Ana"):
        delivery.save_draft("d1", {**CLEAN_CLIENT, "first_name": name})
    delivery.abandon("d1")
    delivery.start()
    try:
        assert delivery.wait_until_settled(30)
    finally:
        assert delivery.stop(30)

    row = stored("d1")
    assert row.status == Status.ABANDONED
    assert json.loads(row.answers or "")["first_name"] == "Ana"
    assert row.client.first_name == "Ana"


def test_stopping_while_the_database_is_locked_leaves_the_submission_for_the_next_start(
    content: Content, store: ConsultationStore, settings: Settings, tmp_path: Path
) -> None:
    delivery = quick_delivery(tmp_path / "outbox", store)
    delivery.start()
    with Worker(settings.database_path(), "hold", stderr_path=tmp_path / "hold.err") as holder:
        holder.expect("holding", timeout=60)
        delivery.submit(finished(content, store, "c0ffee"))
        assert poll(lambda: delivery.outbox.report().waiting[0].tries >= 1)
        assert delivery.stop(30)
        holder.send("release")
        holder.expect("released")
    assert delivery.outbox.waiting() == ["c0ffee"]
    assert not Consultation.select().where(Consultation.public_id == "c0ffee").exists()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (apsw.BusyError("database is locked"), Verdict.NOT_NOW),
        (apsw.LockedError("database table is locked"), Verdict.NOT_NOW),
        (ConnectionRefusedError(111, "Connection refused"), Verdict.NOT_NOW),
        (RuntimeError("server closed the connection unexpectedly"), Verdict.NOT_NOW),
        (NotADraft("consultation c0ffee is approved"), Verdict.NEVER),
        (KeyError("surprise"), Verdict.UNKNOWN),
    ],
)
def test_what_an_error_means_for_the_next_try(error: Exception, expected: Verdict) -> None:
    assert verdict(error) is expected
    assert in_words(error)


def poll(condition: Callable[[], object], timeout: float = 30.0) -> bool:
    """Whether `condition()` becomes true within `timeout` seconds (checked every 20 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_an_unforeseen_error_is_tried_again_and_shown_never_dropped(
    content: Content, store: ConsultationStore, tmp_path: Path
) -> None:
    broken = Broken(store)
    delivery = quick_delivery(tmp_path / "outbox", broken)  # type: ignore[arg-type]
    delivery.submit(finished(content, store, "c0ffee"))
    delivery.start()
    try:
        assert poll(lambda: broken.tries >= 3)
        assert not delivery.settled()
    finally:
        assert delivery.stop(30)
    (waiting,) = delivery.outbox.report().waiting
    assert waiting.public_id == "c0ffee"
    assert waiting.tries >= 3
    assert waiting.last_error == "KeyError"
    assert delivery.outbox.report().refused == ()
