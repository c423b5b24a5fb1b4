"""Which questions are shown, which answers count, and the checks a client sees."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.content.model import Content
from kiosk.content.questionnaire import Condition
from kiosk.engine.answers import AnswerError, parse_answers
from kiosk.engine.conditions import holds
from kiosk.engine.skin_type import skin_type_from_quiz
from kiosk.engine.validation import check_answers
from kiosk.engine.visibility import active_answers, enabled_items
from tests.core.clients import TODAY, answers_of


def shown(content: Content, **changes: object) -> set[str]:
    answers = answers_of(content, **changes)
    return {item.link_id for item in enabled_items(content, answers, TODAY)}


def issues(content: Content, **changes: object) -> dict[str, str]:
    answers = answers_of(content, **changes)
    return {i.link_id: str(i.message) for i in check_answers(content, answers, TODAY)}


def test_the_last_dose_question_appears_only_after_a_yes_to_isotretinoin(
    content: Content,
) -> None:
    assert "isotretinoin_last_dose" not in shown(content, isotretinoin_taken=False)
    assert "isotretinoin_last_dose" in shown(content, isotretinoin_taken=True)
    assert "isotretinoin_last_dose" not in shown(content, isotretinoin_taken=None)


def test_an_answer_to_a_hidden_question_is_dropped(content: Content) -> None:
    answers = answers_of(content, isotretinoin_taken=False, isotretinoin_last_dose="2026-10-01")

    active = active_answers(content, answers, TODAY)

    assert "isotretinoin_last_dose" not in active
    assert active["isotretinoin_taken"] is False


def test_a_shown_follow_up_that_is_required_must_be_answered(content: Content) -> None:
    assert issues(content, isotretinoin_taken=True) == {
        "isotretinoin_last_dose": "Please answer this question."
    }
    assert issues(content, isotretinoin_taken=True, isotretinoin_last_dose="2026-10-01") == {}


def test_every_unanswered_safety_question_is_reported(content: Content) -> None:
    found = issues(content, pregnant_or_breastfeeding=None, diabetes=None, first_name=None)

    assert found == {
        "first_name": "Please answer this question.",
        "pregnant_or_breastfeeding": "Please tap an answer.",
        "diabetes": "Please tap an answer.",
    }


@pytest.mark.parametrize(
    ("changes", "link_id", "words"),
    [
        ({"date_of_birth": "2027-01-01"}, "date_of_birth", "cannot be in the future"),
        ({"date_of_birth": "2015-06-01"}, "date_of_birth", "under 16"),
        ({"date_of_birth": "1900-06-01"}, "date_of_birth", "check your date of birth"),
        (
            {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-12-01"},
            "isotretinoin_last_dose",
            "cannot be in the future",
        ),
        (
            {"had_laser": True, "last_laser": "2026-11-22"},
            "last_laser",
            "cannot be in the future",
        ),
        ({"phone": "call me"}, "phone", "check your phone number"),
        ({"email": "ana-at-example"}, "email", "check your email"),
        ({"concerns": []}, "concerns", "Please tap an answer."),
    ],
)
def test_an_unacceptable_answer_gets_a_plain_message(
    content: Content, changes: dict[str, object], link_id: str, words: str
) -> None:
    found = issues(content, **changes)

    assert list(found) == [link_id]
    assert words in found[link_id]


def test_a_date_of_birth_today_is_not_accepted_but_one_in_the_past_is(content: Content) -> None:
    assert "date_of_birth" in issues(content, date_of_birth=TODAY.isoformat())
    assert issues(content, date_of_birth="1950-11-21") == {}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"date_of_birth": "2023-02-30"}, "date_of_birth: '2023-02-30' is not a real date"),
        ({"date_of_birth": "14/03/1988"}, "not a date written YYYY-MM-DD"),
        ({"shoe_size": 7}, "shoe_size: no question has this linkId"),
        ({"pregnant_or_breastfeeding": "no"}, "expected true or false"),
        ({"diabetes": "sometimes"}, "'sometimes' is not one of no, controlled, uncontrolled"),
        ({"concerns": ["wrinkles"]}, "'wrinkles' is not one of fine_lines"),
        ({"concerns": "acne_scars"}, "expected a list"),
        ({"fitzpatrick_type": 7}, "7 is not one of 1, 2, 3, 4, 5, 6"),
        ({"first_name": 12}, "expected text"),
    ],
)
def test_an_answer_that_cannot_be_right_is_refused_with_its_link_id(
    content: Content, raw: dict[str, object], message: str
) -> None:
    with pytest.raises(AnswerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_answers(content, raw)


def test_multi_choice_answers_keep_the_questionnaire_order(content: Content) -> None:
    answers = parse_answers(content, {"concerns": ["laxity", "fine_lines", "laxity"]})

    assert answers["concerns"] == ("fine_lines", "laxity")


def test_blank_text_counts_as_unanswered(content: Content) -> None:
    assert "first_name" not in parse_answers(content, {"first_name": "   "})


QUIZ_ITEMS = (
    "fp_eye_colour",
    "fp_hair_colour",
    "fp_skin_colour",
    "fp_freckles",
    "fp_sun_burn",
    "fp_tan_degree",
    "fp_tan_speed",
    "fp_face_sensitivity",
    "fp_last_sun",
    "fp_area_sun",
)


def quiz_answers(content: Content, scores: list[int]) -> dict[str, object]:
    """Quiz answers that score `scores`, question by question."""
    picked: dict[str, object] = {}
    for link_id, score in zip(QUIZ_ITEMS, scores, strict=True):
        option = next(o for o in content.options_of(link_id) if o.score == score)
        picked[link_id] = option.code
    return picked


@pytest.mark.parametrize(
    ("scores", "skin_type"),
    [
        ([0] * 10, 1),
        ([1, 1, 1, 1, 1, 1, 1, 0, 0, 0], 1),  # 7: top of type I
        ([1, 1, 1, 1, 1, 1, 1, 1, 0, 0], 2),  # 8
        ([2] * 8 + [1, 0], 3),  # 17
        ([3] * 10, 4),  # 30
        ([4, 4, 3, 4, 4, 4, 4, 4, 0, 0], 5),  # 31, skin colour light brown
        ([4] * 10, 6),  # darkest band with naturally dark brown skin
    ],
)
def test_the_skin_type_quiz_maps_totals_to_types(
    content: Content, scores: list[int], skin_type: int
) -> None:
    answers = parse_answers(content, quiz_answers(content, scores))

    assert skin_type_from_quiz(content, answers) == skin_type


def test_an_unfinished_quiz_gives_no_skin_type(content: Content) -> None:
    partial = quiz_answers(content, [2] * 10)
    del partial["fp_freckles"]

    assert skin_type_from_quiz(content, parse_answers(content, partial)) is None


def test_the_quiz_fills_in_the_skin_type_but_a_direct_answer_wins(content: Content) -> None:
    quiz = quiz_answers(content, [4] * 10)
    derived = active_answers(content, answers_of(content, fitzpatrick_type=None, **quiz), TODAY)
    chosen = active_answers(content, answers_of(content, fitzpatrick_type=3, **quiz), TODAY)

    assert derived["fitzpatrick_type"] == 6
    assert chosen["fitzpatrick_type"] == 3


def test_the_age_is_worked_out_in_whole_years(content: Content) -> None:
    day_before = active_answers(content, answers_of(content, date_of_birth="2000-11-22"), TODAY)
    birthday = active_answers(content, answers_of(content, date_of_birth="2000-11-21"), TODAY)

    assert day_before["age"] == 25
    assert birthday["age"] == 26


@pytest.mark.parametrize(
    ("operator", "answer", "value", "expected"),
    [
        ("=", "acne_scars", ("acne_scars", "texture"), True),
        ("=", "laxity", ("acne_scars", "texture"), False),
        ("!=", "laxity", ("acne_scars", "texture"), True),
        ("!=", "texture", ("acne_scars", "texture"), False),
        (">=", "2026-01-01", date(2026, 1, 1), True),
        ("<", "2026-01-01", date(2026, 1, 1), False),
        (">", 3, 4, True),
        ("<=", 3, 4, False),
        ("=", True, 1, False),  # a yes is not the number one
        ("exists", True, None, False),
        ("exists", False, None, True),
        ("=", True, None, False),
        ("!=", True, None, False),
    ],
)
def test_conditions_follow_fhir_enable_when(
    operator: str, answer: object, value: object, expected: bool
) -> None:
    condition = Condition.model_validate({"question": "q", "operator": operator, "answer": answer})
    answers = {} if value is None else {"q": value}

    assert holds(condition, answers) is expected  # type: ignore[arg-type]
