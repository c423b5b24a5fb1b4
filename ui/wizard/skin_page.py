"""The skin profile: the quiz fills in the skin type, which the client may still choose."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.consultation.intake import Intake
from kiosk.content.questionnaire import Page
from ui.widgets.basics import label
from ui.wizard.question_page import QuestionPage

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}


class SkinTypePage(QuestionPage):
    """A question page whose quiz answers suggest the Fitzpatrick type.

    Once the client taps a type themselves, the quiz no longer changes it.
    """

    def __init__(self, intake: Intake, page: Page) -> None:
        super().__init__(intake, page)
        quiz = intake.content.skin_type_quiz
        self.quiz_items = set(quiz.items)
        self.result_item = quiz.result
        # A type that differs from the quiz's was chosen by the client (the
        # page may be made again, in another language, after the choice).
        chosen = intake.get(self.result_item)
        self.chosen_directly = chosen is not None and chosen != intake.quiz_skin_type()
        self.suggestion = label("", "subtitle", name="skinTypeSuggestion")
        result_card = self.cards[self.result_item]
        layout = result_card.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.suggestion)
        self._suggest()

    def after_answer(self, link_id: str) -> None:
        if link_id == self.result_item:
            self.chosen_directly = self.intake.get(link_id) is not None
        elif link_id in self.quiz_items:
            self._suggest()

    def _suggest(self) -> None:
        skin_type = self.intake.quiz_skin_type()
        if skin_type is None:
            self.suggestion.setText(
                self.tr("Answer the questions above, or choose your skin type.")
            )
            return
        self.suggestion.setText(
            self.tr(
                "Your answers suggest skin type {0}. You can change it if you know better."
            ).format(ROMAN[skin_type])
        )
        if not self.chosen_directly:
            self.intake.set(self.result_item, skin_type)
            field = self.cards[self.result_item].field
            if field is not None:
                field.set_value(skin_type)
