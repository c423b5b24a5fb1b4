"""Hostile text in names and other text answers: refused in one line, or carried safely
through the engine, the handout PDF and the staff search."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kiosk.content.model import Content
from kiosk.engine.answers import LONGEST_TEXT, AnswerError, parse_answers
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.store.consultations import ConsultationStore
from kiosk.store.names import name_key, prefix_upper_bound
from kiosk.store.queue import QueueFilter, queue_count, queue_page
from tests.abuse.guards import HOSTILE_STRINGS
from tests.core.clients import CLEAN_CLIENT, TODAY, submit_client
from tests.pdf import pdf_text

TEXT_ITEMS = ("first_name", "last_name", "phone", "email")


@pytest.mark.parametrize("link_id", TEXT_ITEMS)
def test_every_hostile_string_is_refused_in_one_line_or_assessed(
    content: Content, link_id: str
) -> None:
    for hostile in HOSTILE_STRINGS:
        refusal = _refusal(content, {**CLEAN_CLIENT, link_id: hostile})
        if refusal is not None:
            assert refusal.startswith(f"{link_id}: ")
            assert len(refusal.splitlines()) == 1
            assert len(refusal) < 200
            continue
        assessment = assess(
            content, parse_answers(content, {**CLEAN_CLIENT, link_id: hostile}), TODAY
        )
        assert assessment.plan.treatment is not None or assessment.issues


def _refusal(content: Content, raw: dict[str, object]) -> str | None:
    try:
        parse_answers(content, raw)
    except AnswerError as error:
        return str(error)
    return None


def test_characters_no_keyboard_types_are_refused_and_named(content: Content) -> None:
    cases = {
        "Ana\x00": "U+0000",
        "\x1b[31mred": "U+001B",
        "Ana\U0010ffff": "U+10FFFF",
        "x\ud800": "U+D800",
        "W" * (LONGEST_TEXT + 1): f"longer than {LONGEST_TEXT}",
    }
    for hostile, named in cases.items():
        with pytest.raises(AnswerError, match=re.escape(named)):
            parse_answers(content, {**CLEAN_CLIENT, "first_name": hostile})


def test_every_accepted_hostile_name_prints_on_the_handout_as_plain_text(
    content: Content,
) -> None:
    printed = 0
    for hostile in HOSTILE_STRINGS:
        try:
            answers = parse_answers(
                content, {**CLEAN_CLIENT, "first_name": hostile, "last_name": "Marker"}
            )
        except AnswerError:
            continue
        assessment = assess(content, answers, TODAY)
        pdf = render_handout(plan_in_words(content, assessment, None), reproducible=True)
        words = pdf_text(pdf)
        assert "Marker" in words
        assert "Microneedling" in words
        printed += 1
    assert printed >= 25
    markup = "<b>bold</b> & <font size=99>big</font>"
    answers = parse_answers(content, {**CLEAN_CLIENT, "first_name": markup})
    pdf = render_handout(plan_in_words(content, assess(content, answers, TODAY), None))
    assert "<b>bold</b> & <font size=99>big</font>" in pdf_text(pdf)


def test_search_keys_and_bounds_hold_for_every_hostile_string() -> None:
    for hostile in HOSTILE_STRINGS:
        key = name_key(hostile)
        assert "\U0010ffff" not in key
        assert not any(0xD800 <= ord(c) < 0xE000 for c in key)
        key.encode("utf-8")  # storable
        for word in key.split():
            bound = prefix_upper_bound(word)
            bound.encode("utf-8")
            assert bound > word
            assert (word + "\U0010ffff" * 3) < bound


def test_the_last_unicode_character_has_no_successor_and_gives_an_empty_range() -> None:
    assert prefix_upper_bound("ab\U0010ffff") == "ac"
    assert prefix_upper_bound("\ud7ff") == "\ue000"
    assert prefix_upper_bound("\U0010ffff") == "\U0010ffff"


def test_the_staff_search_answers_every_hostile_string(
    content: Content, store: ConsultationStore
) -> None:
    submit_client(content, store, first_name="Zoë", last_name="Brontë")
    submit_client(content, store, first_name="\u202eevil\u202c", last_name="Smith")

    for hostile in (*HOSTILE_STRINGS, "\U0010ffff", "zo\U0010ffff", "Zoë \U0010ffff"):
        rows = queue_page(QueueFilter(search=hostile))
        assert queue_count(QueueFilter(search=hostile)) == len(rows)

    assert [row.first_name for row in queue_page(QueueFilter(search="zoe\U0010ffff"))] == ["Zoë"]
    assert len(queue_page(QueueFilter(search="evil"))) == 1


def test_a_date_typed_in_other_digits_is_not_a_date(content: Content) -> None:
    with pytest.raises(AnswerError, match="not a date written YYYY-MM-DD"):
        parse_answers(content, {"date_of_birth": "\u0661\u0669\u0668\u0668-03-14"})
    assert parse_answers(content, {"date_of_birth": "1988-03-14"})["date_of_birth"] == date(
        1988, 3, 14
    )
