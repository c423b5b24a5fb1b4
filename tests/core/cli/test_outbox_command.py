"""`clinic-kiosk outbox`: what waits for the database, by id and reason, never by name."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from kiosk.cli.main import main
from kiosk.consultation.outbox import Outbox, outbox_folder
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.record.submission import build_submission
from tests.core.clients import TODAY, answers_of, consent_for

NOW = datetime(2026, 11, 21, 10, 0)


def keep(content: Content, public_id: str) -> None:
    Outbox(outbox_folder()).put(
        build_submission(
            content,
            assess(content, answers_of(content), TODAY),
            consent_for("Ana Silva", NOW),
            public_id=public_id,
            kiosk_id="kiosk-test",
            language="en",
            started_at=NOW,
            submitted_at=NOW,
        )
    )


def test_an_empty_outbox_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outbox"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("the outbox is empty: every finished consultation is in the database")


def test_waiting_and_refused_consultations_are_listed_by_id_with_the_reason(
    content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    keep(content, "waits1")
    keep(content, "refused1")
    outbox = Outbox(outbox_folder())
    outbox.note_try("waits1", "the database is busy: another program holds its write lock")
    outbox.refuse("refused1", "staff have already decided this consultation")

    assert main(["outbox"]) == 0
    lines = capsys.readouterr().out.splitlines()

    waits = lines[0].split("\t")
    assert waits[0:2] == ["waits1", "waiting"]
    assert waits[3:] == ["1 tries", "the database is busy: another program holds its write lock"]
    refused = lines[1].split("\t")
    assert refused[0:2] == ["refused1", "refused"]
    assert refused[4] == "staff have already decided this consultation"
    assert lines[2].startswith("1 waiting to be stored, the oldest since ")
    assert "1 refused by the database, kept aside for staff" in lines[2]
    assert not any("Ana" in line or "Silva" in line for line in lines)


def test_the_outbox_as_json(content: Content, capsys: pytest.CaptureFixture[str]) -> None:
    keep(content, "waits1")

    assert main(["outbox", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)

    assert [w["consultation_id"] for w in listed["waiting"]] == ["waits1"]
    assert listed["waiting"][0]["tries"] == 0
    assert listed["refused"] == []
