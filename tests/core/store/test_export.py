"""Exports: consultations as FHIR QuestionnaireResponses and as a spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from typing import Any

import pytest
from peewee import Database

from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType
from kiosk.store.consultations import ConsultationStore
from kiosk.store.export import consultations, questionnaire_response, write_csv, write_fhir
from kiosk.store.queue import QueueFilter
from kiosk.store.retention import drop_stale_drafts
from tests.core.clients import CSV_FIXED_COLUMNS, FakeClock, submit_client

QUESTIONNAIRE = "urn:clinic-kiosk:questionnaire"
OPTIONS = "urn:clinic-kiosk:option:"
RESPONSE = "QuestionnaireResponse"


def response_of(content: Content, public_id: str) -> dict[str, Any]:
    """The QuestionnaireResponse of one consultation, as the export builds it."""
    found = [c for c in consultations(QueueFilter()) if c.public_id == public_id]
    assert len(found) == 1
    return questionnaire_response(content, found[0])


def answer(resource: dict[str, Any], link_id: str) -> list[dict[str, Any]]:
    """The answers to one question, wherever its page puts it."""
    found = [
        question["answer"]
        for page in resource.get("item", [])
        for question in page["item"]
        if question["linkId"] == link_id
    ]
    assert len(found) == 1, f"{link_id} answered {len(found)} times"
    result: list[dict[str, Any]] = found[0]
    return result


def page_of(resource: dict[str, Any], link_id: str) -> str:
    """The linkId of the page a question is grouped under."""
    pages = [
        page["linkId"]
        for page in resource["item"]
        if link_id in [question["linkId"] for question in page["item"]]
    ]
    assert len(pages) == 1
    return str(pages[0])


def assert_valid_strings(value: object) -> None:
    """FHIR strings must have content: an empty display or text is invalid."""
    if isinstance(value, str):
        assert value.strip(), "an empty string in a FHIR resource"
    elif isinstance(value, dict):
        for item in value.values():
            assert_valid_strings(item)
    elif isinstance(value, list):
        for item in value:
            assert_valid_strings(item)


# --- FHIR: submitted consultations ------------------------------------------------


def test_a_submitted_consultation_is_a_completed_questionnaire_response(
    content: Content, store: ConsultationStore
) -> None:
    public_id = submit_client(content, store)

    resource = response_of(content, public_id)

    assert resource["resourceType"] == "QuestionnaireResponse"
    assert resource["id"] == public_id
    assert resource["status"] == "completed"
    assert resource["questionnaire"] == f"{QUESTIONNAIRE}|{content.version}"
    assert resource["authored"] == "2026-11-21T10:00:00Z"
    assert resource["subject"] == {"display": "Ana Silva"}
    assert_valid_strings(resource)


def test_answers_are_grouped_by_page_with_the_page_and_question_texts(
    content: Content, store: ConsultationStore
) -> None:
    resource = response_of(content, submit_client(content, store))

    pages = {f"page:{page.id}": content.text(page.title) for page in content.questionnaire.pages}
    assert [(p["linkId"], p["text"]) for p in resource["item"]] == list(pages.items())
    assert page_of(resource, "first_name") == "page:about_you"
    assert page_of(resource, "concerns") == "page:concerns"
    assert page_of(resource, "diabetes") == "page:health"
    health = next(p for p in resource["item"] if p["linkId"] == "page:health")
    diabetes = next(q for q in health["item"] if q["linkId"] == "diabetes")
    assert diabetes["text"] == "Do you have diabetes?"


def test_each_answer_has_the_fhir_value_type_of_its_question(
    content: Content, store: ConsultationStore
) -> None:
    resource = response_of(content, submit_client(content, store))

    assert answer(resource, "first_name") == [{"valueString": "Ana"}]
    assert answer(resource, "date_of_birth") == [{"valueDate": "1988-03-14"}]
    assert answer(resource, "pacemaker") == [{"valueBoolean": False}]
    assert answer(resource, "diabetes") == [
        {"valueCoding": {"system": OPTIONS + "diabetes", "code": "no", "display": "No"}}
    ]
    assert answer(resource, "fitzpatrick_type") == [
        {
            "valueCoding": {
                "system": OPTIONS + "fitzpatrick_type",
                "code": "3",
                "display": "Type III",
            }
        }
    ]
    assert answer(resource, "concerns") == [
        {"valueCoding": {"system": OPTIONS + "concerns", "code": "acne_scars"}},
        {"valueCoding": {"system": OPTIONS + "concerns", "code": "texture"}},
    ]


@pytest.mark.parametrize(
    ("link_id", "code", "label"),
    [
        ("diabetes", "controlled", "Yes, and it is well controlled"),
        ("diabetes", "uncontrolled", "Yes, and it is hard to control"),
        ("fp_eye_colour", "light_blue_grey_green", "Light blue, light grey or light green"),
    ],
)
def test_a_choice_label_with_a_comma_is_exported_whole(
    content: Content, store: ConsultationStore, link_id: str, code: str, label: str
) -> None:
    changes: dict[str, Any] = {link_id: code}
    resource = response_of(content, submit_client(content, store, **changes))

    coding = answer(resource, link_id)[0]["valueCoding"]
    assert (coding["code"], coding["display"]) == (code, label)


def test_only_the_questions_the_client_was_shown_are_exported(
    content: Content, store: ConsultationStore
) -> None:
    # A hidden follow-up answer (the last dose, when no isotretinoin was taken)
    # was never on the client's screen and is not part of their record.
    taken = response_of(
        content,
        submit_client(content, store, isotretinoin_taken=True, isotretinoin_last_dose="2026-08-31"),
    )
    not_taken = response_of(content, submit_client(content, store, first_name="Bea"))

    assert answer(taken, "isotretinoin_last_dose") == [{"valueDate": "2026-08-31"}]
    linked = [q["linkId"] for page in not_taken["item"] for q in page["item"]]
    assert "isotretinoin_last_dose" not in linked


# --- FHIR: drafts ------------------------------------------------------------------


def test_a_draft_exports_its_answers_typed_from_the_current_content(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    public_id = store.start("en", content.version)
    clock.advance(minutes=4)
    store.save_draft(
        public_id,
        {
            "first_name": "Bo",
            "last_name": "Li",
            "date_of_birth": "1990-01-02",
            "concerns": ["texture"],
            "diabetes": "controlled",
            "pacemaker": True,
        },
    )

    resource = response_of(content, public_id)

    assert resource["status"] == "in-progress"
    assert resource["authored"] == "2026-11-21T10:04:00Z"  # the last autosave
    assert resource["subject"] == {"display": "Bo Li"}
    assert [page["linkId"] for page in resource["item"]] == [
        "page:about_you",
        "page:concerns",
        "page:health",
    ]
    assert answer(resource, "first_name") == [{"valueString": "Bo"}]
    assert answer(resource, "date_of_birth") == [{"valueDate": "1990-01-02"}]
    assert answer(resource, "pacemaker") == [{"valueBoolean": True}]
    assert answer(resource, "concerns") == [
        {"valueCoding": {"system": OPTIONS + "concerns", "code": "texture"}}
    ]
    coding = answer(resource, "diabetes")[0]["valueCoding"]
    assert coding["code"] == "controlled"
    assert coding.get("display") != "Yes"  # never a label cut short
    assert_valid_strings(resource)


def test_a_draft_with_no_answers_yet_has_no_subject_and_no_items(
    content: Content, store: ConsultationStore
) -> None:
    resource = response_of(content, store.start("en", content.version))

    assert resource["status"] == "in-progress"
    assert "subject" not in resource
    assert "item" not in resource


def test_an_abandoned_draft_is_stopped_and_keeps_its_answers_for_a_while(
    content: Content, store: ConsultationStore
) -> None:
    public_id = store.start("en", content.version)
    store.save_draft(public_id, {"first_name": "Cy", "last_name": "Ng", "pacemaker": False})
    store.abandon(public_id)

    resource = response_of(content, public_id)

    assert resource["status"] == "stopped"
    assert resource["subject"] == {"display": "Cy Ng"}
    assert answer(resource, "pacemaker") == [{"valueBoolean": False}]


def test_an_abandoned_draft_whose_answers_were_dropped_exports_no_answers(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    public_id = store.start("en", content.version)
    store.save_draft(public_id, {"first_name": "Cy", "last_name": "Ng", "pacemaker": False})
    store.abandon(public_id)
    assert drop_stale_drafts(clock.now + timedelta(hours=25), 24) == 1

    resource = response_of(content, public_id)

    assert resource["status"] == "stopped"
    assert "item" not in resource
    assert "subject" not in resource
    assert "Cy" not in json.dumps(resource)


# --- write_fhir ------------------------------------------------------------------------


def test_write_fhir_writes_a_bundle_oldest_first_and_returns_the_count(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    first = submit_client(content, store)
    clock.advance(minutes=20)
    draft = store.start("en", content.version)
    clock.advance(minutes=20)
    last = submit_client(content, store, first_name="Bea", last_name="Jones")
    out = io.StringIO()

    count = write_fhir(content, QueueFilter(), out)

    assert count == 3
    text = out.getvalue()
    assert text.endswith("}\n")
    bundle = json.loads(text)
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    responses = [e for e in bundle["entry"] if e["resource"]["resourceType"] == RESPONSE]
    assert [entry["fullUrl"] for entry in responses] == [
        f"urn:uuid:{public_id}" for public_id in (first, draft, last)
    ]
    assert [entry["resource"]["status"] for entry in responses] == [
        "completed",
        "in-progress",
        "completed",
    ]
    assert_valid_strings(bundle)


def test_write_fhir_exports_only_what_the_filter_lets_through(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    submit_client(content, store)
    store.start("en", content.version)
    clock.advance(days=2)
    later = submit_client(content, store, first_name="Bea", last_name="Jones")
    out = io.StringIO()

    count = write_fhir(
        content,
        QueueFilter(statuses=("submitted",), since=(clock.now - timedelta(days=1)).date()),
        out,
    )

    assert count == 1
    entries = json.loads(out.getvalue())["entry"]
    assert [e["resource"]["id"] for e in entries if e["resource"]["resourceType"] == RESPONSE] == [
        later
    ]


def test_write_fhir_with_nothing_to_export_is_an_empty_bundle(
    content: Content, db: Database
) -> None:
    out = io.StringIO()

    assert write_fhir(content, QueueFilter(), out) == 0
    assert json.loads(out.getvalue()) == {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [],
    }


# --- write_csv -----------------------------------------------------------------------------


def csv_rows(content: Content, where: QueueFilter | None = None) -> list[dict[str, str]]:
    out = io.StringIO()
    count = write_csv(content, where or QueueFilter(), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert count == len(rows)
    return rows


def test_csv_header_is_the_fixed_columns_then_one_per_question(
    content: Content, db: Database
) -> None:
    out = io.StringIO()
    write_csv(content, QueueFilter(), out)

    header = next(csv.reader(io.StringIO(out.getvalue())))
    questions = [
        item.link_id for item in content.questionnaire.items() if item.type is not ItemType.DISPLAY
    ]
    assert header[:11] == CSV_FIXED_COLUMNS
    assert header[11:] == questions
    assert len(set(header)) == len(header)


def test_csv_has_one_row_per_consultation_with_its_answers_and_outcome(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    flagged = submit_client(
        content, store, isotretinoin_taken=True, isotretinoin_last_dose="2026-08-31"
    )
    clock.advance(minutes=30)
    draft = store.start("en", content.version)

    rows = csv_rows(content)

    assert [row["consultation_id"] for row in rows] == [flagged, draft]
    ana, empty = rows
    assert ana["status"] == "submitted"
    assert ana["client_id"].isdigit()
    assert (ana["started_at"], ana["submitted_at"]) == (
        "2026-11-21T10:00:00Z",
        "2026-11-21T10:00:00Z",
    )
    assert ana["kiosk_id"] == "kiosk-test"
    assert ana["content_version"] == content.version
    assert "defer" in ana["flags"].split()
    assert "isotretinoin_needling" in ana["rules"].split()
    assert ana["recommended_treatment"] == "microneedling"
    assert ana["earliest_date"] == "2027-02-28"
    assert (ana["first_name"], ana["date_of_birth"]) == ("Ana", "1988-03-14")
    assert ana["concerns"] == "acne_scars;texture"
    assert (ana["pacemaker"], ana["isotretinoin_taken"]) == ("false", "true")
    assert ana["isotretinoin_last_dose"] == "2026-08-31"
    assert (ana["diabetes"], ana["fitzpatrick_type"]) == ("no", "3")
    assert empty["status"] == "in_progress"
    assert (empty["client_id"], empty["submitted_at"], empty["first_name"]) == ("", "", "")


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://x")',
        "+SUM(A1:A9)",
        "-2+3",
        "@cmd",
    ],
)
def test_csv_never_lets_a_typed_name_run_as_a_formula(
    content: Content, store: ConsultationStore, typed: str
) -> None:
    submit_client(content, store, last_name=typed)

    (row,) = csv_rows(content)

    assert row["last_name"] == "'" + typed
    assert row["first_name"] == "Ana"  # ordinary text is left alone


def test_csv_exports_only_what_the_filter_lets_through(
    content: Content, store: ConsultationStore
) -> None:
    submitted = submit_client(content, store)
    walked_away = store.start("en", content.version)
    store.abandon(walked_away)

    rows = csv_rows(content, QueueFilter(statuses=("abandoned",)))

    assert [(row["consultation_id"], row["status"]) for row in rows] == [(walked_away, "abandoned")]
    assert submitted not in {row["consultation_id"] for row in rows}
