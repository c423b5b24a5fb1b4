"""The clinic's questionnaire as a FHIR R4 Questionnaire, so exported responses can be read."""

from __future__ import annotations

from typing import Any

from kiosk.content.model import Content
from kiosk.content.questionnaire import Condition, Item, ItemType, Option

QUESTIONNAIRE_URL = "urn:clinic-kiosk:questionnaire"
OPTION_SYSTEM = "urn:clinic-kiosk:option:"
# A page and a question may share a name ("concerns"); FHIR needs every linkId
# unique within a Questionnaire, so a page's group is named apart.
PAGE_PREFIX = "page:"
# A condition on a value the kiosk works out (such as `age` from the date of
# birth) is no linkId, which FHIR's enableWhen requires; it is kept readable here.
DERIVED_CONDITION = "urn:clinic-kiosk:fhir:enable-when-derived"

FHIR_TYPE = {
    ItemType.BOOLEAN: "boolean",
    ItemType.CHOICE: "choice",
    ItemType.MULTI_CHOICE: "choice",
    ItemType.DATE: "date",
    ItemType.TEXT: "string",
    ItemType.NUMBER: "decimal",
    ItemType.DISPLAY: "display",
}


def canonical(version: str) -> str:
    """The canonical reference of the questionnaire at one content version."""
    return f"{QUESTIONNAIRE_URL}|{version}"


def page_link_id(page: str) -> str:
    """The linkId of a page's group, in the Questionnaire and its responses."""
    return PAGE_PREFIX + page


def questionnaire(content: Content, resource_id: str) -> dict[str, Any]:
    """The current content's questionnaire: one group per page, with its questions."""
    return {
        "resourceType": "Questionnaire",
        "id": resource_id,
        "url": QUESTIONNAIRE_URL,
        "version": content.version,
        "name": "ClinicKioskQuestionnaire",
        "title": f"{content.clinic.clinic.name} consultation questionnaire",
        "status": "active",
        "subjectType": ["Patient"],
        "item": [
            {
                "linkId": page_link_id(page.id),
                "text": content.text(page.title),
                "type": "group",
                "item": [_item(content, item) for item in page.items],
            }
            for page in content.questionnaire.pages
        ],
    }


def _item(content: Content, item: Item) -> dict[str, Any]:
    result: dict[str, Any] = {
        "linkId": item.link_id,
        "text": content.text(item.text),
        "type": FHIR_TYPE[item.type],
    }
    if item.type is not ItemType.DISPLAY:
        result["required"] = item.required
    if item.type is ItemType.MULTI_CHOICE:
        result["repeats"] = True
    if item.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        result["answerOption"] = [
            {"valueCoding": _coding(content, item.link_id, option)}
            for option in content.options_of(item.link_id)
        ]
    known = content.questionnaire.by_link_id
    asked = [c for c in item.enable_when if c.question in known]
    derived = [c for c in item.enable_when if c.question not in known]
    if asked:
        result["enableWhen"] = [_enable_when(content, known[c.question], c) for c in asked]
    if derived:
        result["extension"] = [
            {"url": DERIVED_CONDITION, "valueString": f"{c.question} {c.operator} {c.answer}"}
            for c in derived
        ]
    if len(item.enable_when) > 1:
        result["enableBehavior"] = item.enable_behavior.value
    return result


def _coding(content: Content, link_id: str, option: Option) -> dict[str, str]:
    return {
        "system": OPTION_SYSTEM + link_id,
        "code": str(option.code),
        "display": content.text(option.label),
    }


def _enable_when(content: Content, asked: Item, condition: Condition) -> dict[str, Any]:
    rule: dict[str, Any] = {"question": condition.question, "operator": str(condition.operator)}
    value = condition.answer
    if condition.operator == "exists" or asked.type is ItemType.BOOLEAN:
        rule["answerBoolean"] = bool(value)
    elif asked.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE):
        picked = [o for o in content.options_of(asked.link_id) if str(o.code) == str(value)]
        rule["answerCoding"] = (
            _coding(content, asked.link_id, picked[0])
            if picked
            else {"system": OPTION_SYSTEM + asked.link_id, "code": str(value)}
        )
    elif asked.type is ItemType.DATE:
        rule["answerDate"] = str(value)
    elif asked.type is ItemType.NUMBER:
        rule["answerDecimal"] = value
    else:
        rule["answerString"] = str(value)
    return rule
