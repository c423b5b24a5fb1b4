"""An assessment as plain JSON data: the `screen` command's output (its shape is in the README)."""

from __future__ import annotations

from typing import Any

from kiosk.content.model import Content
from kiosk.engine.assessment import Assessment
from kiosk.record.assessment_view import assessment_view


def assessment_to_json(
    content: Content, assessment: Assessment, language: str | None = None
) -> dict[str, Any]:
    """The assessment as JSON-ready data, texts in `language`."""
    return assessment_view(content, assessment, language).model_dump(mode="json")
