"""Which touch widget answers which kind of question (one entry per item type)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit

from kiosk.consultation.intake import Intake
from kiosk.content.questionnaire import Item, ItemType
from ui.widgets.choice_fields import (
    ChoiceField,
    ChoiceOption,
    MultiChoiceField,
    QuestionField,
    YesNoField,
)
from ui.widgets.text_fields import DateField, NumberField, TextField

FieldFactory = Callable[[Item, Intake], QuestionField]


def options(item: Item, intake: Intake) -> list[ChoiceOption]:
    """The item's options in the client's language."""
    return [
        ChoiceOption(
            code=option.code,
            label=intake.text(option.label),
            help_text=intake.text(option.help) if option.help else "",
            icon=option.icon,
            swatch=option.swatch,
            exclusive=option.exclusive,
        )
        for option in intake.content.options_of(item.link_id)
    ]


def _boolean(item: Item, intake: Intake) -> QuestionField:
    messages = intake.content.questionnaire.messages
    return YesNoField(intake.text(messages.yes), intake.text(messages.no))


REGISTRY: dict[ItemType, FieldFactory] = {
    ItemType.BOOLEAN: _boolean,
    ItemType.CHOICE: lambda item, intake: ChoiceField(options(item, intake)),
    ItemType.MULTI_CHOICE: lambda item, intake: MultiChoiceField(options(item, intake)),
    ItemType.DATE: lambda item, intake: DateField(item.link_id),
    ItemType.TEXT: lambda item, intake: TextField(item.link_id, item.keyboard),
    ItemType.NUMBER: lambda item, intake: NumberField(item.link_id),
}


def field_for(item: Item, intake: Intake) -> QuestionField:
    """The widget that answers `item`, named by its linkId."""
    widget = REGISTRY[item.type](item, intake)
    widget.setObjectName(item.link_id)
    question = intake.text(item.text)
    widget.setAccessibleName(question)
    for box in widget.findChildren(QLineEdit):
        # A date's boxes say which part they are ("Date of birth: Day").
        part = box.accessibleName()
        box.setAccessibleName(f"{question}: {part}" if part else question)
    return widget
