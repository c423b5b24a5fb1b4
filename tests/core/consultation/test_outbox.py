"""The outbox on disk: durable, private, the newest submission per consultation, nothing lost."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.consultation.outbox import Outbox, UnreadableSubmission, outbox_report
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.record.submission import Submission, build_submission
from tests.core.clients import TODAY, answers_of, consent_for

NOW = datetime(2026, 11, 21, 10, 0)


def submission(content: Content, public_id: str = "a1b2c3", **changes: object) -> Submission:
    return build_submission(
        content,
        assess(content, answers_of(content, **changes), TODAY),
        consent_for("Ana Silva", NOW),
        public_id=public_id,
        kiosk_id="kiosk-test",
        language="en",
        started_at=NOW,
        submitted_at=NOW,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_kept_submission_is_owner_only_in_an_owner_only_folder(
    content: Content, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    Outbox(folder).put(submission(content))

    assert mode(folder) == 0o700
    files = sorted(folder.iterdir())
    assert [path.name for path in files] == ["a1b2c3.json", "a1b2c3.tries.json"]
    assert all(mode(path) == 0o600 for path in files)


def test_the_outbox_survives_a_restart_and_keeps_only_the_newest_submission(
    content: Content, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    Outbox(folder).put(submission(content))
    Outbox(folder).put(submission(content, pregnant_or_breastfeeding=True))

    after_restart = Outbox(folder)
    assert after_restart.waiting() == ["a1b2c3"]
    kept = after_restart.read("a1b2c3").submission
    assert kept.answers["pregnant_or_breastfeeding"] is True
    assert kept.consent.signature_png == consent_for("Ana Silva", NOW).signature_png
    assert (
        kept.model_dump_json()
        == submission(content, pregnant_or_breastfeeding=True).model_dump_json()
    )
    # No half-written file is left beside it.
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_reading_a_submission_back_keeps_none_of_its_words_in_the_process(
    content: Content, tmp_path: Path
) -> None:
    """The JSON parser can keep the strings it reads for later reuse, process-wide.

    A kiosk would then hold thousands of clients' names and phone numbers in
    memory long after each reset, and grow with every new one. Read twice, the
    same file must give new strings each time: nothing was kept.
    """
    outbox = Outbox(tmp_path / "outbox")
    outbox.put(submission(content))

    first, again = (outbox.read("a1b2c3").submission for _ in range(2))

    assert first.consent.typed_name == again.consent.typed_name == "Ana Silva"
    assert first.consent.typed_name is not again.consent.typed_name
    assert first.public_id is not again.public_id
    first_name = first.answers["first_name"]
    assert isinstance(first_name, str)
    assert first_name is not again.answers["first_name"]


def test_a_submission_replaced_while_it_was_delivered_is_not_removed(
    content: Content, tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path / "outbox")
    outbox.put(submission(content))
    letter = outbox.read("a1b2c3")
    outbox.put(submission(content, pregnant_or_breastfeeding=True))  # the client went back

    assert outbox.remove_if_unchanged(letter) is False
    assert outbox.waiting() == ["a1b2c3"]
    assert outbox.remove_if_unchanged(outbox.read("a1b2c3")) is True
    assert outbox.waiting() == []
    assert list((tmp_path / "outbox").iterdir()) == []


def test_staff_see_how_many_wait_since_when_and_why(content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    outbox = Outbox(folder)
    assert outbox_report(folder).summary().startswith("the outbox is empty")
    outbox.put(submission(content, public_id="first"))
    outbox.put(submission(content, public_id="second"))
    outbox.note_try("first", "the database is busy: another program holds its write lock")
    outbox.note_try("first", "the database is busy: another program holds its write lock")

    report = outbox_report(folder)

    assert [w.public_id for w in report.waiting] == ["first", "second"]
    first = report.waiting[0]
    assert first.tries == 2
    assert first.last_error == "the database is busy: another program holds its write lock"
    assert first.last_try is not None
    assert first.since <= first.last_try
    assert report.waiting[1].tries == 0
    assert report.waiting[1].last_error is None
    summary = report.summary()
    assert summary.startswith("2 waiting to be stored, the oldest since ")
    assert "(2 tries; last: the database is busy" in summary
    assert "Ana" not in summary
    assert "Silva" not in summary


def test_a_refused_submission_is_set_aside_and_counted_never_deleted(
    content: Content, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    outbox = Outbox(folder)
    outbox.put(submission(content))

    outbox.refuse("a1b2c3", "staff have already decided this consultation")

    assert outbox.waiting() == []
    report = outbox.report()
    assert [w.public_id for w in report.refused] == ["a1b2c3"]
    assert report.refused[0].last_error == "staff have already decided this consultation"
    assert "1 refused by the database, kept aside for staff" in report.summary()
    aside = Submission.model_validate_json((folder / "refused" / "a1b2c3.json").read_bytes())
    assert aside.model_dump_json() == submission(content).model_dump_json()


def test_a_file_that_is_not_a_submission_is_named_unreadable_without_quoting_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "outbox"
    folder.mkdir()
    (folder / "broken.json").write_text('{"typed_name": "Ana Silva"}', encoding="utf-8")

    with pytest.raises(UnreadableSubmission) as raised:
        Outbox(folder).read("broken")
    assert "Ana" not in str(raised.value)


def test_leftovers_of_a_write_cut_short_are_swept(content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    outbox = Outbox(folder)
    outbox.put(submission(content))
    (folder / ".a1b2c3.json.0badf00d.tmp").write_text("half a submiss", encoding="utf-8")

    outbox.sweep_temporary()

    assert sorted(p.name for p in folder.iterdir()) == ["a1b2c3.json", "a1b2c3.tries.json"]


def test_an_id_that_could_leave_the_folder_is_refused(content: Content, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="consultation id"):
        Outbox(tmp_path / "outbox").put(submission(content, public_id="../escape"))
