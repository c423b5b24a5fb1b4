"""Every control a client can reach has an accessible name; question widgets carry their linkId."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.choice_fields import QuestionField
from ui.wizard.window import KioskWindow


def test_every_button_and_text_box_on_every_page_has_an_accessible_name(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    unnamed = []
    for index, page in enumerate(kiosk.pages):
        kiosk.show_page(index)
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QAbstractButton | QLineEdit) and not widget.accessibleName():
                unnamed.append(
                    f"{page.objectName()}: {widget.objectName() or type(widget).__name__}"
                )
    for widget in kiosk.findChildren(QAbstractButton):
        if not widget.accessibleName():
            unnamed.append(f"window: {widget.objectName()}")
    assert unnamed == []


def test_each_question_widget_is_named_by_its_link_id(kiosk: KioskWindow) -> None:
    assert kiosk.pages  # every page built, as the client reaches them
    names = {field.objectName() for field in kiosk.findChildren(QuestionField)}

    for item in kiosk.content.questionnaire.items():
        assert item.link_id in names
    assert kiosk.next_button.objectName() == "nextButton"
    assert kiosk.back_button.objectName() == "backButton"


def test_finish_is_announced_as_finish(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.show_page(kiosk.page_named("page_plan"))

    assert kiosk.next_button.accessibleName() == "Finish"
    kiosk.show_page(kiosk.page_named("page_health"))
    assert kiosk.next_button.accessibleName() == "Next"
