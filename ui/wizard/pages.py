"""The pages after the welcome page, in the order a client meets them.

Imported when the kiosk opens, after the welcome page is painted (see
ui.launch): these pages bring the engine and the content's types with them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.content.questionnaire import Page as QuestionnairePage
from ui.wizard.compare_page import ComparePage
from ui.wizard.consent_page import ConsentPage
from ui.wizard.page import WizardPage
from ui.wizard.plan_page import PlanPage
from ui.wizard.question_page import QuestionPage
from ui.wizard.results_page import ResultsPage
from ui.wizard.returning_page import ReturningPage
from ui.wizard.skin_page import SkinTypePage
from ui.wizard.thank_you_page import ThankYouPage

if TYPE_CHECKING:
    from ui.wizard.window import KioskWindow

Maker = Callable[[], WizardPage]


def client_pages(window: KioskWindow) -> list[tuple[str, Maker]]:
    """Each page's name and maker, for the window's client of the moment."""
    content = window.content
    quiz_page = next(
        (
            page.id
            for page in content.questionnaire.pages
            if content.skin_type_quiz.result in {item.link_id for item in page.items}
        ),
        None,
    )
    makers: list[tuple[str, Maker]] = []
    if window.services.find_returning is not None:
        makers.append(("page_returning", lambda: _returning(window)))
    makers.append(("page_consent", lambda: ConsentPage(window.intake)))
    for questions in content.questionnaire.pages:
        kind = SkinTypePage if questions.id == quiz_page else QuestionPage
        makers.append((f"page_{questions.id}", _question_page(kind, window, questions)))
    makers += [
        ("page_results", lambda: ResultsPage(window.intake)),
        ("page_compare", lambda: _compare(window)),
        ("page_plan", lambda: _plan(window)),
        ("page_thank_you", lambda: ThankYouPage(window.intake)),
    ]
    return makers


def _question_page(
    kind: type[QuestionPage], window: KioskWindow, questions: QuestionnairePage
) -> Maker:
    def make() -> WizardPage:
        return kind(window.intake, questions)

    return make


def _returning(window: KioskWindow) -> WizardPage:
    returning = ReturningPage(window.intake)
    returning.find_requested.connect(window.find_returning)
    return returning


def _compare(window: KioskWindow) -> WizardPage:
    compare = ComparePage(window.intake)
    compare.interest_changed.connect(window.interest_changed)
    return compare


def _plan(window: KioskWindow) -> WizardPage:
    plan = PlanPage(
        window.intake,
        can_print=window.services.printer is not None,
        offers_email=window.services.email_plan is not None,
    )
    plan.print_requested.connect(window.print_plan)
    plan.preview_requested.connect(window.preview_plan)
    return plan
