"""Question fields answered by typing: text, numbers and dates, through the on-screen keyboard."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.basics import label
from ui.widgets.choice_fields import QuestionField

if TYPE_CHECKING:
    from kiosk.engine.answers import AnswerValue

# The on-screen keyboard reads this property of the focused field.
KEYBOARD = "keyboard"


def entry(keyboard: str, name: str, max_length: int = 100) -> QLineEdit:
    """A large text box that asks for the on-screen keyboard `keyboard`."""
    box = QLineEdit()
    box.setObjectName(name)
    box.setProperty(KEYBOARD, keyboard)
    box.setMaxLength(max_length)
    box.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy/paste menu
    return box


class _BoxField(QuestionField):
    """A question answered in one text box."""

    def __init__(self, box: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = box
        layout.addWidget(box)
        box.textChanged.connect(self._edited)

    @Slot(str)
    def _edited(self, _text: str) -> None:
        self.changed.emit(self.value())

    def draft(self) -> object:
        return self.box.text() or None

    def restore_draft(self, draft: object) -> None:
        if isinstance(draft, str):
            self.box.setText(draft)

    def set_value(self, value: AnswerValue | None) -> None:
        self.box.blockSignals(True)
        self.box.setText("" if value is None else str(value))
        self.box.blockSignals(False)


class TextField(_BoxField):
    """A line of text (a name, a phone number, an email address)."""

    def __init__(self, link_id: str, keyboard: str, parent: QWidget | None = None) -> None:
        super().__init__(entry(keyboard, f"{link_id}_input"), parent)
        if keyboard == "email":
            self.box.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)

    def value(self) -> AnswerValue | None:
        return self.box.text().strip() or None


class NumberField(_BoxField):
    """A whole or decimal number, typed on the number pad."""

    def __init__(self, link_id: str, parent: QWidget | None = None) -> None:
        super().__init__(entry("digits", f"{link_id}_input", 12), parent)
        self.box.setMaximumWidth(260)

    def value(self) -> AnswerValue | None:
        text = self.box.text().strip().replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
        return int(number) if number.is_integer() and "." not in text else number


class DateField(QuestionField):
    """A date as day, month and year boxes on the number pad, read back in words.

    The client types eight digits; the focus moves on by itself, and the
    line under the boxes says the date in words ("14 March 1988") or what
    is wrong with it ("There is no 30 February").
    """

    def __init__(self, link_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.day = entry("digits", f"{link_id}_day", 2)
        self.month = entry("digits", f"{link_id}_month", 2)
        self.year = entry("digits", f"{link_id}_year", 4)
        captions = (self.tr("Day"), self.tr("Month"), self.tr("Year"))
        for column, (caption, box, width) in enumerate(
            zip(captions, (self.day, self.month, self.year), (110, 110, 160), strict=True)
        ):
            box.setPlaceholderText({0: "DD", 1: "MM", 2: "YYYY"}[column])
            box.setAccessibleName(caption)
            box.setFixedWidth(width)
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label(caption, "help"), 0, column)
            grid.addWidget(box, 1, column)
            box.textChanged.connect(self._edited)
        grid.setColumnStretch(3, 1)
        self.reading = label("", "muted", name=f"{link_id}_reading")
        grid.addWidget(self.reading, 2, 0, 1, 4)

    @Slot(str)
    def _edited(self, _text: str) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit) and len(sender.text()) == sender.maxLength():
            following = {self.day: self.month, self.month: self.year}.get(sender)
            if following is not None:
                following.setFocus()
        self._read_back()
        self.changed.emit(self.value())

    def _parts(self) -> tuple[int, int, int] | None:
        texts = (self.day.text(), self.month.text(), self.year.text())
        if not all(part.isdigit() for part in texts) or len(texts[2]) != 4:
            return None
        return int(texts[2]), int(texts[1]), int(texts[0])

    def _read_back(self) -> None:
        parts = self._parts()
        if parts is None:
            self.reading.setText("")
            self.reading.setProperty("role", "muted")
        else:
            year, month, day = parts
            moment = QDate(year, month, day)
            if moment.isValid():
                self.reading.setText(QLocale().toString(moment, "d MMMM yyyy"))
                self.reading.setProperty("role", "muted")
            elif 1 <= month <= 12:
                month_name = QLocale().standaloneMonthName(month)
                self.reading.setText(self.tr("There is no {0} {1}.").format(day, month_name))
                self.reading.setProperty("role", "problem")
            else:
                self.reading.setText(self.tr("A month is a number from 1 to 12."))
                self.reading.setProperty("role", "problem")
        self.reading.style().unpolish(self.reading)
        self.reading.style().polish(self.reading)

    def value(self) -> AnswerValue | None:
        parts = self._parts()
        if parts is None:
            return None
        try:
            return date(*parts)
        except ValueError:
            return None

    def draft(self) -> object:
        texts = tuple(box.text() for box in (self.day, self.month, self.year))
        return texts if any(texts) else None

    def restore_draft(self, draft: object) -> None:
        if isinstance(draft, tuple):
            for box, text in zip((self.day, self.month, self.year), draft, strict=True):
                box.blockSignals(True)
                box.setText(str(text))
                box.blockSignals(False)
            self._read_back()

    def unfinished(self) -> str:
        typed = any(box.text() for box in (self.day, self.month, self.year))
        if not typed or self.value() is not None:
            return ""
        if self.reading.text():
            return self.reading.text()  # "There is no 30 February."
        return self.tr("Please finish the date (day, month and a four-digit year), or clear it.")

    def set_value(self, value: AnswerValue | None) -> None:
        for box, text in zip(
            (self.day, self.month, self.year),
            ("", "", "")
            if not isinstance(value, date)
            else (f"{value.day:02d}", f"{value.month:02d}", f"{value.year:04d}"),
            strict=True,
        ):
            box.blockSignals(True)
            box.setText(text)
            box.blockSignals(False)
        self._read_back()
