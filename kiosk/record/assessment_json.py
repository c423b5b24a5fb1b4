"""An assessment as plain JSON data: the `screen` command's output and the stored snapshot."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.content.model import Content
from kiosk.content.text import LocalText
from kiosk.engine.answers import answer_to_json
from kiosk.engine.assessment import Assessment
from kiosk.engine.plan import Plan
from kiosk.engine.screening import Flag

JSON = dict[str, Any]


def assessment_to_json(
    content: Content, assessment: Assessment, language: str | None = None
) -> JSON:
    """The assessment as JSON-ready data, texts in `language`."""

    def text(value: LocalText) -> str:
        return content.text(value, language)

    return {
        "status": assessment.status.value,
        "earliest_date": _iso(assessment.plan.earliest_date),
        "flags": [_flag(flag, text) for flag in assessment.screening.flags],
        "treatments": [
            {
                "code": standing.code,
                "suitability": standing.suitability.value,
                "reasons": [text(reason) for reason in standing.reasons],
                "not_before": _iso(standing.not_before),
                "awaiting_healing": standing.awaiting_healing,
            }
            for standing in assessment.screening.treatments.values()
        ],
        "plan": _plan(assessment.plan, text),
        "today": assessment.today.isoformat(),
        "content_version": assessment.content_version,
    }


def _flag(flag: Flag, text: Any) -> JSON:
    return {
        "rule": flag.rule,
        "outcome": flag.outcome.value,
        "treatments": list(flag.treatments),
        "until": _iso(flag.until),
        "answers": {link_id: answer_to_json(value) for link_id, value in flag.answers.items()},
        "client_text": text(flag.client_text),
        "staff_text": text(flag.staff_text),
        "source": flag.source,
    }


def _plan(plan: Plan, text: Any) -> JSON:
    return {
        "treatment": plan.treatment,
        "alternatives": list(plan.alternatives),
        "ranking": [
            {
                "code": ranked.code,
                "fit": dict(ranked.fit),
                "score": round(ranked.score, 2),
                "suitability": ranked.suitability.value,
                "offered": ranked.offered,
            }
            for ranked in plan.ranking
        ],
        "sessions": plan.sessions,
        "interval_weeks": plan.interval_weeks,
        "dates": [day.isoformat() for day in plan.dates],
        "depth_mm": list(plan.depth_mm) if plan.depth_mm else None,
        "preparation": [
            {"days_before": step.days_before, "date": _iso(step.on), "text": text(step.text)}
            for step in plan.preparation
        ],
        "aftercare": None
        if plan.aftercare is None
        else {
            "sheet": plan.aftercare[0],
            "title": text(plan.aftercare[1].title),
            "timeline": [
                {"when": text(stage.label), "text": text(stage.text)}
                for stage in plan.aftercare[1].timeline
            ],
            "do": [text(line) for line in plan.aftercare[1].do],
            "avoid": [text(line) for line in plan.aftercare[1].avoid],
            "call_us_if": [text(line) for line in plan.aftercare[1].call_us_if],
        },
        "cost": None
        if plan.cost is None
        else {
            "currency": plan.cost.currency,
            "per_session": list(plan.cost.per_session),
            "min": plan.cost.course[0],
            "max": plan.cost.course[1],
        },
    }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
