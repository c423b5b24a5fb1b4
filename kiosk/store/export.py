"""Exports: HL7 FHIR QuestionnaireResponse resources (JSON) and a CSV for spreadsheets."""

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
from kiosk.store.models import Client, Consultation
from kiosk.store.queue import QueueFilter, filtered

FHIR_STATUS = {
    Status.IN_PROGRESS: "in-progress",
    Status.ABANDONED: "stopped",
}
QUESTIONNAIRE_URL = "urn:clinic-kiosk:questionnaire"
OPTION_SYSTEM = "urn:clinic-kiosk:option:"

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


def questionnaire_response(content: Content, consultation: Consultation) -> dict[str, Any]:
    """One consultation as a FHIR R4 QuestionnaireResponse."""
    answers: dict[str, Any] = json.loads(consultation.answers) if consultation.answers else {}
    pages = (
        read_snapshot(consultation.snapshot).asked
        if consultation.snapshot
        else _pages_from_content(content)
    )
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "id": consultation.public_id,
        "questionnaire": f"{QUESTIONNAIRE_URL}|{consultation.content_version}",
        "status": FHIR_STATUS.get(Status(consultation.status), "completed"),
        "authored": _instant(consultation.submitted_at or consultation.updated_at),
    }
    person = getattr(consultation, "person", None)
    if person is not None and person.id is not None:
        resource["subject"] = {"display": f"{person.first_name} {person.last_name}"}
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
            items.append({"linkId": page.page, "text": page.title, "item": children})
    if items:
        resource["item"] = items
    return resource


def write_fhir(content: Content, where: QueueFilter, out: IO[str]) -> int:
    """A FHIR Bundle (type collection) of QuestionnaireResponses; returns how many."""
    entries = [
        {"fullUrl": f"urn:uuid:{c.public_id}", "resource": questionnaire_response(content, c)}
        for c in consultations(where)
    ]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    json.dump(bundle, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return len(entries)


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
