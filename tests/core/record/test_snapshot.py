"""The stored snapshot: it reads back as written, and rows in the first format still read."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from kiosk.content.model import Content
from kiosk.content.rules import Outcome
from kiosk.handout.render import render_handout
from kiosk.record.snapshot import Snapshot, UnreadableSnapshot, read_snapshot
from kiosk.record.telling import plan_in_words
from kiosk.store.consultations import ConsultationNotFound, ConsultationStore, stored_handout
from kiosk.store.export import write_csv, write_fhir
from kiosk.store.models import Consultation
from kiosk.store.queue import QueueFilter
from kiosk.store.records import load_record
from tests.core.clients import Client, submission_of, submit_client
from tests.core.record.first_format import FIRST_FORMAT, FIRST_FORMAT_CLIENT
from tests.pdf import pdf_text

CLIENTS: dict[str, dict[str, object]] = {
    "clean": {},
    "deferred with dates": FIRST_FORMAT_CLIENT,
    "deferred until healed": {
        "cold_sore_active": True,
        "had_laser": True,
        "last_laser": "2026-11-14",
    },
    "not suitable": {"pregnant_or_breastfeeding": True},
    "bleeding disorder": {"bleeding_disorder": True, "concerns": ["uneven_tone", "stretch_marks"]},
}


def stored_in_first_format(content: Content, store: ConsultationStore, text: str) -> str:
    """The fixture's client submitted, its snapshot column as the old code wrote it."""
    public_id = submit_client(content, store, **FIRST_FORMAT_CLIENT)
    Consultation.update(snapshot=text).where(Consultation.public_id == public_id).execute()
    return public_id


@pytest.mark.parametrize("changes", CLIENTS.values(), ids=CLIENTS.keys())
def test_a_snapshot_reads_back_exactly_as_it_was_written(
    content: Content, store: ConsultationStore, client: Client, changes: dict[str, object]
) -> None:
    snapshot = submission_of(content, store, "c-1", client(**changes)).snapshot

    text = snapshot.model_dump_json()

    assert json.loads(text)["version"] == 2
    assert read_snapshot(text) == snapshot
    assert Snapshot.model_validate_json(text) == snapshot


def test_a_first_format_row_reads_as_todays_plan_for_the_same_client(
    content: Content, client: Client
) -> None:
    old = read_snapshot(FIRST_FORMAT.read_text(encoding="utf-8"))

    assessment = client(**FIRST_FORMAT_CLIENT)
    # Same content, same client: every word and date comes out as today's code says it.
    # Only the chart's order may differ: the ranking has since learnt to count a
    # caution on a deferred treatment, which reorders two equal-fit bars. And the
    # talk list's intro has since been reworded, so it no longer repeats its lines.
    # Since then too, the clinic's calendar moves sessions off closed days (and the
    # preparation days with them), and a reason no longer repeats the headline's
    # date: those read as they were printed, the rest as today's code says it.
    today = plan_in_words(content, assessment, "en")
    assert old.plan is not None
    assert old.plan.words.talk_intro == "A practitioner will talk with you about:"
    kept_words = old.plan.words.model_copy(update={"talk_intro": today.words.talk_intro})
    assert old.plan.suggestion is not None
    assert today.suggestion is not None
    moved = {"dates": (), "preparation": ()}
    assert old.plan.suggestion.model_copy(update=moved) == today.suggestion.model_copy(update=moved)
    assert old.plan.suggestion.dates[0] == "Sunday 28 February 2027"
    assert today.suggestion.dates[0] == "Monday 1 March 2027"
    assert [r.text for r in old.plan.reasons] == [r.text for r in today.reasons]
    assert old.plan.headline == today.headline.model_copy(update={"line": ""})
    unchanged = {"comparison": (), "suggestion": None, "reasons": (), "headline": today.headline}
    assert old.plan.model_copy(update={**unchanged, "words": kept_words}) == today.model_copy(
        update=unchanged
    )
    assert sorted(old.plan.comparison, key=str) == sorted(today.comparison, key=str)
    assert [flag.rule for flag in old.assessment.flags] == [
        "isotretinoin_needling",
        "isotretinoin_resurfacing",
        "cold_sore_history",
        "topical_retinoids",
    ]
    assert old.assessment.plan.dates[0] == date(2027, 2, 28)


def test_a_first_format_row_reads_on_the_staff_record_the_reprint_and_the_export(
    content: Content, store: ConsultationStore
) -> None:
    # The wording the client read then, which the clinic has since changed.
    then = "Have you taken isotretinoin (Roaccutane) this year?"
    text = FIRST_FORMAT.read_text(encoding="utf-8")
    asked_then = text.replace(
        "In the last 12 months, have you taken isotretinoin tablets for acne "
        "(Roaccutane, Accutane and others)?",
        then,
    )
    assert asked_then != text
    public_id = stored_in_first_format(content, store, asked_then)

    record = load_record(public_id)
    assert [flag.rule for flag in record.flags] == [
        "isotretinoin_needling",
        "isotretinoin_resurfacing",
        "cold_sore_history",
        "topical_retinoids",
    ]
    assert record.flags[0].outcome is Outcome.DEFER
    assert record.flags[0].until == date(2027, 2, 28)
    assert [flag.rule for flag in record.flagged_answers["isotretinoin_last_dose"]] == [
        "isotretinoin_needling",
        "isotretinoin_resurfacing",
    ]
    assert record.snapshot is not None
    medicines = next(page for page in record.snapshot.asked if page.page == "medicines")
    asked = {item.link_id: item for item in medicines.items}
    assert asked["isotretinoin_taken"].display == "Yes"
    assert asked["isotretinoin_taken"].text == then

    reprint = pdf_text(render_handout(stored_handout(public_id), reproducible=True))
    assert "Prepared for Ana Silva on Saturday 21 November 2026" in reprint
    assert "Our suggestion: Microneedling" in reprint
    assert "Sunday 28 February 2027" in reprint
    assert "Tuesday 23 February 2027" in reprint  # retinoids stop 5 days before
    assert "£540 to £750 for the course" in reprint
    assert "needling waits until the date shown. (from Sunday 28 February 2027)" in reprint

    fhir = io.StringIO()
    assert write_fhir(content, QueueFilter(), fhir) == 1
    entries = json.loads(fhir.getvalue())["entry"]
    response = next(
        e["resource"] for e in entries if e["resource"]["resourceType"] == "QuestionnaireResponse"
    )
    pages = response["item"]
    answered = {item["linkId"]: item for page in pages for item in page["item"]}
    assert answered["isotretinoin_taken"]["text"] == then
    assert answered["isotretinoin_last_dose"]["answer"] == [{"valueDate": "2026-08-31"}]
    table = io.StringIO()
    assert write_csv(content, QueueFilter(), table) == 1
    row = next(csv.DictReader(io.StringIO(table.getvalue())))
    assert row["rules"] == (
        "isotretinoin_needling isotretinoin_resurfacing cold_sore_history topical_retinoids"
    )


def test_a_row_from_before_handouts_were_kept_reads_without_a_plan(
    content: Content, store: ConsultationStore
) -> None:
    first = json.loads(FIRST_FORMAT.read_text(encoding="utf-8"))
    del first["handout"]
    public_id = stored_in_first_format(content, store, json.dumps(first))

    record = load_record(public_id)

    assert record.snapshot is not None
    assert record.snapshot.plan is None
    assert record.flags[0].rule == "isotretinoin_needling"
    with pytest.raises(ConsultationNotFound, match="has no plan"):
        stored_handout(public_id)


@pytest.mark.parametrize("text", ['{"version": 3, "asked": []}', "[]", '{"plan": {}}'])
def test_a_snapshot_in_no_known_format_is_refused_by_name(text: str) -> None:
    with pytest.raises(UnreadableSnapshot):
        read_snapshot(text)
