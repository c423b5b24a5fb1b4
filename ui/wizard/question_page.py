"""A page of questions, built from a questionnaire page through the widget registry."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from kiosk.consultation.intake import Intake
from kiosk.content.questionnaire import Item, ItemType, Page
from ui.widgets.basics import label, restyle
from ui.widgets.choice_fields import QuestionField
from ui.wizard.page import WizardPage
from ui.wizard.registry import field_for


class QuestionCard(QFrame):
    """One question: its words, its help, its answer widget, and what is wrong."""

    def __init__(self, item: Item, intake: Intake) -> None:
        super().__init__()
        self.item = item
        self.setProperty("role", "card")
        self.setObjectName(f"card_{item.link_id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        role = "subtitle" if item.type is ItemType.DISPLAY else "question"
        layout.addWidget(label(intake.text(item.text), role))
        if item.help:
            layout.addWidget(label(intake.text(item.help), "help"))
        self.field: QuestionField | None = None
        if item.type is not ItemType.DISPLAY:
            self.field = field_for(item, intake)
            self.field.set_value(intake.get(item.link_id))
            layout.addWidget(self.field)
        self.problem: QLabel = label("", "problem", name=f"problem_{item.link_id}")
        self.problem.hide()
        layout.addWidget(self.problem)

    def show_problem(self, message: str) -> None:
        """Mark the card and say what is wrong ("" clears it)."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.setProperty("attention", "true" if message else "false")
        restyle(self)


class QuestionPage(WizardPage):
    """Shows the page's questions; follow-ups appear and vanish as answers change."""

    def __init__(self, intake: Intake, page: Page) -> None:
        super().__init__(
            intake.text(page.title),
            intake.text(page.intro) if page.intro else "",
            name=f"page_{page.id}",
        )
        self.intake = intake
        self.page = page
        self.cards: dict[str, QuestionCard] = {}
        for item in page.items:
            question = QuestionCard(item, intake)
            self.cards[item.link_id] = question
            if question.field is not None:
                question.field.changed.connect(self._answered)
            self.body.addWidget(question)
        self.body.addStretch(1)
        self._refresh()

    @Slot(object)
    def _answered(self, value: object) -> None:
        field = self.sender()
        if not isinstance(field, QuestionField):
            return
        link_id = field.objectName()
        dropped = self.intake.set(link_id, value)  # type: ignore[arg-type]
        for hidden in dropped:
            hidden_card = self.cards.get(hidden)
            if hidden_card is not None and hidden_card.field is not None:
                hidden_card.field.set_value(None)
        self.cards[link_id].show_problem("")
        self.after_answer(link_id)
        self._refresh()
        self.complete_changed.emit()

    def after_answer(self, link_id: str) -> None:
        """A hook for pages that react to particular answers."""

    def _refresh(self) -> None:
        shown = {item.link_id for item in self.intake.shown_on(self.page)}
        for link_id, question in self.cards.items():
            question.setVisible(link_id in shown)

    def initialize_page(self) -> None:
        for link_id, question in self.cards.items():
            if question.field is not None:
                question.field.set_value(self.intake.get(link_id))
        self._refresh()

    def draft(self) -> object:
        return {
            link_id: draft
            for link_id, question in self.cards.items()
            if question.field is not None and (draft := question.field.draft()) is not None
        }

    def restore_draft(self, draft: object) -> None:
        if not isinstance(draft, dict):
            return
        for link_id, field_draft in draft.items():
            question = self.cards.get(link_id)
            if question is not None and question.field is not None:
                question.field.restore_draft(field_draft)

    def _unfinished(self) -> dict[str, str]:
        """Input half typed (a date with no year): not an answer yet, and not to be lost."""
        return {
            link_id: problem
            for link_id, question in self.cards.items()
            if question.isVisibleTo(self)
            and question.field is not None
            and (problem := question.field.unfinished())
        }

    def is_complete(self) -> bool:
        return not self.intake.issues_on(self.page) and not self._unfinished()

    def missing(self) -> str:
        count = len(
            {issue.link_id for issue in self.intake.issues_on(self.page)} | set(self._unfinished())
        )
        if count == 0:
            return ""
        return self.tr("%n question(s) still need an answer: see the orange mark.", "", count)

    def show_problems(self) -> None:
        problems = {
            i.link_id: self.intake.text(i.message) for i in self.intake.issues_on(self.page)
        }
        problems.update(self._unfinished())
        first = None
        for link_id in self.cards:
            if link_id in problems:
                question = self.cards[link_id]
                question.show_problem(problems[link_id])
                first = first or question
        if first is not None:
            self.scroll_to(first)
