"""Derives a Fitzpatrick skin type from the self-assessment quiz."""

from __future__ import annotations

from kiosk.content.model import Content
from kiosk.engine.answers import Answers
from kiosk.engine.conditions import holds


def quiz_total(content: Content, answers: Answers) -> int | None:
    """The quiz's total score, or None until every quiz question is answered."""
    total = 0
    for link_id in content.skin_type_quiz.items:
        code = answers.get(link_id)
        scores = {option.code: option.score for option in content.options_of(link_id)}
        score = scores.get(code) if isinstance(code, str | int) else None
        if score is None:
            return None
        total += score
    return total


def skin_type_from_quiz(content: Content, answers: Answers) -> int | None:
    """The skin type (1-6) the quiz gives, or None until it is complete."""
    quiz = content.skin_type_quiz
    total = quiz_total(content, answers)
    if total is None:
        return None
    band = next((band for band in quiz.bands if total <= band.up_to), quiz.bands[-1])
    if band is quiz.bands[-1] and quiz.darkest is not None and holds(quiz.darkest.when, answers):
        return quiz.darkest.type
    return band.type
