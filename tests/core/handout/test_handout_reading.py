"""A handout an older client can read: type sizes, page numbers, the cost up front, full pages.

Each check reads the PDF back as a reader would: the size and place of every
piece of text on every page, for clients whose plans differ in length.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.pagesizes import A4

from kiosk.content.model import Content
from kiosk.handout.render import BOTTOM, HEIGHT, MARGIN, render_handout
from kiosk.record.telling import plan_in_words
from tests.core.clients import Client

AFTERCARE_TITLE = "Caring for your skin after"

# Clients whose handouts differ in length: no flags, one deferral, many things to
# talk through, and nothing suitable at all.
CLIENTS: dict[str, dict[str, object]] = {
    "clean": {},
    "isotretinoin": {
        "isotretinoin_taken": True,
        "isotretinoin_last_dose": "2026-08-31",
        "topical_retinoids": True,
    },
    "darker skin, peel": {
        "fitzpatrick_type": 5,
        "concerns": ["hyperpigmentation", "uneven_tone"],
        "cold_sore_history": True,
    },
    "much to talk through": {
        "anticoagulants": True,
        "keloid_history": True,
        "cold_sore_history": True,
        "diabetes": "controlled",
        "autoimmune_or_immunosuppressed": True,
        "numbing_allergy": True,
        "metal_allergy": True,
        "topical_retinoids": True,
    },
    "not suitable": {"pregnant_or_breastfeeding": True},
}


@dataclass(frozen=True)
class Span:
    """A run of text as printed: its page (from 1), size in points, baseline height, words."""

    page: int
    size: float
    y: float
    text: str


def spans_of(pdf: bytes) -> list[list[Span]]:
    """Every run of text of every page, in the order it is drawn."""
    return [
        page_spans(number, page)
        for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1)
    ]


def page_spans(number: int, page: PageObject) -> list[Span]:
    found: list[Span] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip():
            # The size and place as printed: the text matrix within the page's.
            printed = size * abs(tm[3] * cm[3])
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append(Span(number, round(printed, 2), y, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture(params=list(CLIENTS), ids=list(CLIENTS))
def handout(request: pytest.FixtureRequest, content: Content, client: Client) -> list[list[Span]]:
    plan = plan_in_words(content, client(**CLIENTS[request.param]))
    return spans_of(render_handout(plan, reproducible=True))


def test_no_text_on_the_plan_is_smaller_than_11_pt_nor_on_the_aftercare_than_12(
    handout: list[list[Span]],
) -> None:
    everything = [span for page in handout for span in page]
    assert everything
    start = next(
        (index for index, span in enumerate(everything) if AFTERCARE_TITLE in span.text), None
    )
    plan = everything if start is None else everything[:start]
    aftercare = [] if start is None else everything[start:]

    assert min(span.size for span in plan) >= 11, [s for s in plan if s.size < 11]
    assert all(span.size >= 12 for span in aftercare), [s for s in aftercare if s.size < 12]


def test_every_page_says_which_page_of_how_many(handout: list[list[Span]]) -> None:
    pages = len(handout)
    for number, page in enumerate(handout, start=1):
        assert f"Page {number} of {pages}" in [span.text for span in page]


def test_the_cost_is_on_the_first_page(content: Content, client: Client) -> None:
    for changes in CLIENTS.values():
        plan = plan_in_words(content, client(**changes))
        first = " ".join(span.text for span in spans_of(render_handout(plan))[0])
        if plan.suggestion is not None and plan.suggestion.cost is not None:
            assert plan.suggestion.cost.line in first


def test_no_page_but_the_last_is_less_than_40_percent_full(handout: list[list[Span]]) -> None:
    top = A4[1] - MARGIN
    for page in handout[:-1]:
        # The lowest line of the page's own text (the footer sits below the frame).
        lowest = min(span.y for span in page if span.y > BOTTOM)
        filled = (top - lowest) / HEIGHT
        assert filled >= 0.4, f"page {page[0].page} is only {filled:.0%} full"


def test_the_talk_list_does_not_repeat_its_introduction(content: Content, client: Client) -> None:
    plan = plan_in_words(content, client(**CLIENTS["much to talk through"]))
    intro = plan.words.talk_intro.rstrip(":").lower()
    assert len(plan.reasons) >= 5
    for reason in plan.reasons:
        assert intro not in reason.text.lower()
        assert not reason.text.lower().startswith(intro[:25])
