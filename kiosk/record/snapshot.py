"""The stored snapshot of a submitted consultation, and reading back every format ever stored."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from kiosk.record.asked import AskedPage
from kiosk.record.assessment_view import AssessmentView
from kiosk.record.plan_words import PlanInWords
from kiosk.record.upgrade import plan_from_handout


class Snapshot(BaseModel):
    """What the kiosk asked, concluded and told the client, as worked out at submission.

    Attributes:
        version: the snapshot's format (rows of older formats are upgraded on reading).
        asked: each page's questions with their answers, in the clinic's
            language (staff's); in the client's language in consultations
            stored before other languages were offered.
        assessment: the screening and plan, in the clinic's language likewise.
        plan: the plan in the client's words and language, as shown and
            printed; None only for consultations stored before handouts were kept.
        interested_in: the treatments the client asked to hear about, named in
            the clinic's language (empty for consultations stored before).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: Literal[2] = 2
    asked: tuple[AskedPage, ...]
    assessment: AssessmentView
    plan: PlanInWords | None
    interested_in: tuple[str, ...] = ()


class UnreadableSnapshot(ValueError):
    """A stored snapshot is in no format this kiosk knows."""


def read_snapshot(text: str) -> Snapshot:
    """The snapshot stored as `text`, in today's model whatever format it was written in."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise UnreadableSnapshot("a snapshot is a JSON object")
    if data.get("version") == 2:
        return Snapshot.model_validate(data)
    if "version" not in data and {"assessment", "asked"} <= data.keys():
        return _from_first_format(data)
    raise UnreadableSnapshot(f"unknown snapshot format {data.get('version')!r}")


def _from_first_format(data: dict[str, Any]) -> Snapshot:
    """The first format: {"assessment", "asked"} and, since handouts were kept, "handout".

    Its assessment and questions have today's shape; its handout becomes the
    plan in words, worded with the month and weekday names it was stored with.
    """
    assessment = AssessmentView.model_validate(data["assessment"])
    handout = data.get("handout")
    return Snapshot(
        asked=tuple(AskedPage.model_validate(page) for page in data["asked"]),
        assessment=assessment,
        plan=None if handout is None else plan_from_handout(handout, assessment),
    )
