"""Exports: an HL7 FHIR R4 Bundle (JSON) and a CSV for spreadsheets.

The Bundle holds the current content's Questionnaire, and per consultation its
QuestionnaireResponse, the client's Patient (once per client), the Consent and
a Provenance carrying the consent's signature. Only the current content can be
rebuilt as a Questionnaire: a response answered against an older content
version still names that version in its `questionnaire`, with no Questionnaire
for it in the Bundle (each response carries its own question texts).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, Any

from peewee import JOIN

from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType
from kiosk.record.asked import AskedItem, AskedPage
from kiosk.record.snapshot import read_snapshot
from kiosk.store.consultations import Status
from kiosk.store.fhir_people import consent, name_of, patient, signature
from kiosk.store.fhir_questionnaire import (
    OPTION_SYSTEM,
    canonical,
    page_link_id,
    questionnaire,
)
from kiosk.store.models import Client, Consent, Consultation
from kiosk.store.queue import QueueFilter, filtered

FHIR_STATUS = {
    Status.IN_PROGRESS: "in-progress",
    Status.ABANDONED: "stopped",
}

# Characters that make a spreadsheet treat a cell as a formula; a client's
# typed name must never run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def consultations(where: QueueFilter) -> Iterator[Consultation]:
    """The consultations to export, oldest first, fetched in batches."""
    ids = filtered(where, Consultation.id)
    query = (
        Consultation.select(Consultation, Client)
        # A left join keeps drafts that have no client yet.
        .join_from(Consultation, Client, JOIN.LEFT_OUTER, attr="person")
        .where(Consultation.id.in_(ids))
        .order_by(Consultation.started_at, Consultation.id)
    )
    yield from query.iterator()


def questionnaire_response(
    content: Content, consultation: Consultation, patient_url: str | None = None
) -> dict[str, Any]:
    """One consultation as a FHIR R4 QuestionnaireResponse; its subject is `patient_url`."""
    answers: dict[str, Any] = json.loads(consultation.answers) if consultation.answers else {}
    pages = (
        read_snapshot(consultation.snapshot).asked
        if consultation.snapshot
        else _pages_from_content(content)
    )
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": consultation.public_id,
        "questionnaire": canonical(consultation.content_version),
        "status": FHIR_STATUS.get(Status(consultation.status), "completed"),
        "authored": _instant(consultation.submitted_at or consultation.updated_at),
    }
    person = getattr(consultation, "person", None)
    if person is not None and person.id is not None:
        resource["subject"] = {
            **({"reference": patient_url} if patient_url else {}),
            "display": f"{person.first_name} {person.last_name}",
        }
    items = []
    for page in pages:
        children = [
            {
                "linkId": item.link_id,
                "text": item.text,
                "answer": _fhir_answers(item, answers.get(item.link_id)),
            }
            for item in page.items
            if answers.get(item.link_id) is not None
        ]
        if children:
            items.append({"linkId": page_link_id(page.page), "text": page.title, "item": children})
    if items:
        resource["item"] = items
    return resource


def write_fhir(content: Content, where: QueueFilter, out: IO[str]) -> int:
    """A FHIR Bundle (type collection) of QuestionnaireResponses and what reads them.

    Returns how many consultations (QuestionnaireResponses) it holds.
    """
    entries = fhir_entries(content, where)
    count = sum(1 for e in entries if e["resource"]["resourceType"] == "QuestionnaireResponse")
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    json.dump(bundle, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return count


def fhir_entries(content: Content, where: QueueFilter) -> list[dict[str, Any]]:
    """The Bundle's entries: the Questionnaire, then each consultation with its client."""
    entries: list[dict[str, Any]] = []
    patients: set[str] = set()
    for consultation in consultations(where):
        person = getattr(consultation, "person", None)
        patient_url = None
        if person is not None and person.id is not None:
            patient_url = f"urn:uuid:{name_of('patient', str(person.id))}"
            if patient_url not in patients:
                patients.add(patient_url)
                _entry(entries, patient(person))
        response = questionnaire_response(content, consultation, patient_url)
        entries.append({"fullUrl": f"urn:uuid:{consultation.public_id}", "resource": response})
        record = Consent.get_or_none(Consent.consultation == consultation.id)
        if record is not None and patient_url is not None:
            consent_url = _entry(entries, consent(record, consultation.public_id, patient_url))
            _entry(entries, signature(record, consent_url, patient_url))
    if entries:
        # The current content is the one Questionnaire that can be rebuilt.
        entries.insert(0, _made(questionnaire(content, name_of("questionnaire", content.version))))
    return entries


def write_csv(content: Content, where: QueueFilter, out: IO[str]) -> int:
    """One row per consultation, one column per question; returns how many rows."""
    link_ids = [i.link_id for i in content.questionnaire.items() if i.type is not ItemType.DISPLAY]
    fixed = [
        "consultation_id",
        "client_id",
        "status",
        "started_at",
        "submitted_at",
        "kiosk_id",
        "content_version",
        "flags",
        "rules",
        "recommended_treatment",
        "earliest_date",
    ]
    writer = csv.writer(out)
    writer.writerow(fixed + link_ids)
    count = 0
    for consultation in consultations(where):
        answers = json.loads(consultation.answers) if consultation.answers else {}
        flags = (
            read_snapshot(consultation.snapshot).assessment.flags if consultation.snapshot else ()
        )
        person = getattr(consultation, "person", None)
        row = [
            consultation.public_id,
            person.id if person is not None else "",
            consultation.status,
            _instant(consultation.started_at),
            _instant(consultation.submitted_at),
            consultation.kiosk_id,
            consultation.content_version,
            consultation.flag_outcomes,
            " ".join(flag.rule for flag in flags),
            consultation.recommended_treatment or "",
            _text(consultation.earliest_date),
        ]
        row.extend(_cell(answers.get(link_id)) for link_id in link_ids)
        writer.writerow([_safe(str(value)) for value in row])
        count += 1
    return count


def _made(resource: dict[str, Any]) -> dict[str, Any]:
    """A Bundle entry for a resource whose id is a uuid."""
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _entry(entries: list[dict[str, Any]], resource: dict[str, Any]) -> str:
    """Add `resource` to `entries`; returns its fullUrl, for references to it."""
    entry = _made(resource)
    entries.append(entry)
    return str(entry["fullUrl"])


def _pages_from_content(content: Content) -> tuple[AskedPage, ...]:
    """Question texts for a draft, which has no snapshot: from the current content."""
    return tuple(
        AskedPage(
            page=page.id,
            title=content.text(page.title),
            items=tuple(
                AskedItem(link_id=item.link_id, text=content.text(item.text), type=item.type.value)
                for item in page.items
                if item.type is not ItemType.DISPLAY
            ),
        )
        for page in content.questionnaire.pages
    )


def _fhir_answers(item: AskedItem, value: Any) -> list[dict[str, Any]]:
    kind = item.type
    if kind in ("choice", "multi-choice"):
        codes = value if isinstance(value, list) else [value]
        # A choice's label, whole (labels may hold commas); a draft has none.
        label = item.display if kind == "choice" else None
        return [
            {
                "valueCoding": {
                    "system": OPTION_SYSTEM + item.link_id,
                    "code": str(code),
                    **({"display": label} if label else {}),
                }
            }
            for code in codes
        ]
    if isinstance(value, bool):
        return [{"valueBoolean": value}]
    if kind == "date":
        return [{"valueDate": value}]
    if isinstance(value, int):
        return [{"valueInteger": value}]
    if isinstance(value, float):
        return [{"valueDecimal": value}]
    return [{"valueString": str(value)}]


def _instant(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _text(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(code) for code in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text
