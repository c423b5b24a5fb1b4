"""The FHIR export carries what a receiving system needs: the Questionnaire, Patients, Consents."""

from __future__ import annotations

import base64
import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType
from kiosk.store.consultations import ConsultationStore
from kiosk.store.export import write_fhir
from kiosk.store.queue import QueueFilter
from tests.core.clients import SIGNATURE, FakeClock, submit_client

QUESTIONNAIRE = "urn:clinic-kiosk:questionnaire"


def exported(content: Content) -> dict[str, Any]:
    """The Bundle of everything stored, as `clinic-kiosk export --format fhir` writes it."""
    out = io.StringIO()
    write_fhir(content, QueueFilter(), out)
    bundle: dict[str, Any] = json.loads(out.getvalue())
    return bundle


def of_type(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The resources of one type, in Bundle order."""
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def by_url(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each resource by its fullUrl."""
    return {entry["fullUrl"]: entry["resource"] for entry in bundle["entry"]}


def references(value: object) -> Iterator[str]:
    """Every Reference.reference anywhere inside `value`."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference":
                assert isinstance(inner, str)
                yield inner
            else:
                yield from references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from references(inner)


def link_ids(items: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (linkId, item) of a Questionnaire or QuestionnaireResponse, nested ones too."""
    for item in items:
        yield item["linkId"], item
        yield from link_ids(item.get("item", []))


def test_every_reference_resolves_to_a_full_url_in_the_bundle(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    submit_client(content, store)
    clock.advance(minutes=20)
    store.start("en", content.version)  # a draft: no client yet, no consent
    submit_client(content, store, first_name="Bea", last_name="Jones")

    bundle = exported(content)

    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(urls) == len(set(urls))
    for url in urls:
        assert url.startswith("urn:uuid:")
        uuid.UUID(url.removeprefix("urn:uuid:"))
    found = list(references(bundle))
    assert len(found) >= 2 * 3  # a subject, a consent patient and two on each provenance
    assert set(found) <= set(urls)
    assert {kind: len(of_type(bundle, kind)) for kind in ("Questionnaire", "Patient")} == {
        "Questionnaire": 1,
        "Patient": 2,
    }
    assert len(of_type(bundle, "Consent")) == len(of_type(bundle, "Provenance")) == 2


def test_each_response_points_at_the_questionnaire_it_was_answered_against(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)

    bundle = exported(content)

    [questionnaire] = of_type(bundle, "Questionnaire")
    assert (questionnaire["url"], questionnaire["version"]) == (QUESTIONNAIRE, content.version)
    assert questionnaire["status"] == "active"
    [response] = of_type(bundle, "QuestionnaireResponse")
    assert response["questionnaire"] == f"{QUESTIONNAIRE}|{content.version}"


def test_the_questionnaire_covers_every_answered_link_id_with_its_type_and_codes(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store, diabetes="controlled")

    bundle = exported(content)

    questions = dict(link_ids(of_type(bundle, "Questionnaire")[0]["item"]))
    [response] = of_type(bundle, "QuestionnaireResponse")
    answered = dict(link_ids(response["item"]))
    assert answered
    assert set(answered) <= set(questions)
    for link_id, item in answered.items():
        question = questions[link_id]
        assert question["text"] == item["text"]
        codes = {
            (o["valueCoding"]["system"], o["valueCoding"]["code"])
            for o in question.get("answerOption", [])
        }
        for value in item.get("answer", []):
            if "valueCoding" in value:
                assert question["type"] == "choice"
                coding = value["valueCoding"]
                assert (coding["system"], coding["code"]) in codes, link_id
    assert questions["diabetes"]["required"] is True
    assert {
        (o["valueCoding"]["code"], o["valueCoding"]["display"])
        for o in questions["diabetes"]["answerOption"]
    } >= {("no", "No"), ("controlled", "Yes, and it is well controlled")}
    assert questions["concerns"]["repeats"] is True
    assert len(questions["concerns"]["answerOption"]) == len(content.catalogue.concerns)
    assert questions["date_of_birth"]["type"] == "date"
    assert questions["pacemaker"]["type"] == "boolean"
    assert questions["first_name"]["type"] == "string"


def test_the_questionnaire_keeps_every_item_its_requirement_and_its_conditions(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)

    every = list(link_ids(of_type(exported(content), "Questionnaire")[0]["item"]))
    questions = dict(every)
    assert len(questions) == len(every), "a linkId given twice"

    pages = content.questionnaire.pages
    assert [questions[f"page:{page.id}"]["type"] for page in pages] == ["group"] * len(pages)
    for item in content.questionnaire.items():
        question = questions[item.link_id]
        assert question["text"] == content.text(item.text)
        if item.type is ItemType.DISPLAY:
            assert question["type"] == "display"
            assert "required" not in question
        else:
            assert question["required"] is item.required
        on_items = [c for c in item.enable_when if c.question in questions]
        assert [
            (rule["question"], rule["operator"]) for rule in question.get("enableWhen", [])
        ] == [(c.question, str(c.operator)) for c in on_items]
        for rule in question.get("enableWhen", []):
            assert rule["question"] in questions
            assert [key for key in rule if key.startswith("answer")]
    last_dose = questions["isotretinoin_last_dose"]["enableWhen"]
    assert last_dose == [{"question": "isotretinoin_taken", "operator": "=", "answerBoolean": True}]


def test_a_response_to_older_content_names_its_version_with_no_questionnaire_made_up(
    content: Content, store: ConsultationStore
) -> None:
    # The content has changed since this draft began: only the current one can be rebuilt.
    store.start("en", "an-older-version")

    bundle = exported(content)

    [response] = of_type(bundle, "QuestionnaireResponse")
    assert response["questionnaire"] == f"{QUESTIONNAIRE}|an-older-version"
    assert [q["version"] for q in of_type(bundle, "Questionnaire")] == [content.version]
    assert "subject" not in response
    assert of_type(bundle, "Consent") == []


def test_the_client_is_a_patient_with_name_birth_date_phone_and_email(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)

    bundle = exported(content)

    [patient] = of_type(bundle, "Patient")
    assert patient["name"] == [
        {"use": "official", "text": "Ana Silva", "family": "Silva", "given": ["Ana"]}
    ]
    assert patient["birthDate"] == "1988-03-14"
    assert patient["telecom"] == [
        {"system": "phone", "value": "+44 7700 900123"},
        {"system": "email", "value": "ana@example.com"},
    ]
    [response] = of_type(bundle, "QuestionnaireResponse")
    assert by_url(bundle)[response["subject"]["reference"]] is not None
    assert by_url(bundle)[response["subject"]["reference"]]["id"] == patient["id"]
    assert response["subject"]["display"] == "Ana Silva"


def test_a_returning_client_is_one_patient_for_both_visits(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> None:
    submit_client(content, store)
    clock.advance(days=30)
    submit_client(content, store)

    bundle = exported(content)

    [patient] = of_type(bundle, "Patient")
    subjects = {r["subject"]["reference"] for r in of_type(bundle, "QuestionnaireResponse")}
    assert subjects == {f"urn:uuid:{patient['id']}"}
    assert len(of_type(bundle, "Consent")) == 2


def test_each_consultation_has_an_active_privacy_consent_with_the_notice_it_agreed_to(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)

    bundle = exported(content)

    [consent] = of_type(bundle, "Consent")
    [patient] = of_type(bundle, "Patient")
    assert consent["status"] == "active"
    assert consent["scope"]["coding"][0]["code"] == "patient-privacy"
    assert consent["category"][0]["coding"][0] == {
        "system": "http://loinc.org",
        "code": "59284-0",
        "display": "Patient Consent",
    }
    assert consent["patient"] == {"reference": f"urn:uuid:{patient['id']}"}
    assert consent["dateTime"] == "2026-11-21T10:00:00Z"
    assert consent["policy"] == [{"uri": "urn:clinic-kiosk:consent-notice:privacy-2026-11"}]
    assert [e["valueString"] for e in consent["extension"]] == ["0" * 64]


def test_the_consent_signature_is_a_provenance_signature_of_the_consent(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store)

    bundle = exported(content)

    [provenance] = of_type(bundle, "Provenance")
    [consent] = of_type(bundle, "Consent")
    assert provenance["target"] == [{"reference": f"urn:uuid:{consent['id']}"}]
    assert provenance["recorded"] == consent["dateTime"]
    [signature] = provenance["signature"]
    assert signature["type"][0]["code"] == "1.2.840.10065.1.12.1.7"  # consent signature
    assert signature["who"] == {
        "reference": consent["patient"]["reference"],
        "display": "Ana Silva",
    }
    assert provenance["agent"][0]["who"] == signature["who"]
    assert signature["sigFormat"] == "image/png"
    assert base64.b64decode(signature["data"]) == bytes(SIGNATURE)
