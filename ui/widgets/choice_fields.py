"""Question fields answered by tapping: yes/no, one choice, several choices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.setup.resources import resource_path
from ui.widgets.basics import TouchButton

if TYPE_CHECKING:
    from kiosk.engine.answers import AnswerValue


class QuestionField(QWidget):
    """The interface every question field shares.

    Signals:
        changed(object): the client changed the answer; the new value, or None.
    """

    changed = Signal(object)

    def value(self) -> AnswerValue | None:
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        """Show `value` without emitting `changed`."""
        raise NotImplementedError

    def draft(self) -> object:
        """What is typed or chosen that is not an answer yet (None: nothing)."""
        return None

    def restore_draft(self, draft: object) -> None:
        """Put back a `draft` of this field's."""

    def unfinished(self) -> str:
        """What is wrong with input that is not yet an answer ("" when nothing is)."""
        return ""


@dataclass(frozen=True)
class ChoiceOption:
    """What a field needs to show one option, in the client's language."""

    code: str | int
    label: str
    help_text: str = ""
    icon: str | None = None
    swatch: str | None = None
    exclusive: bool = False


def swatch_icon(colour: str, size: int = 56) -> QIcon:
    """A round patch of a skin tone, with a fine edge so pale tones still show."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#8F877B"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


def named_icon(name: str) -> QIcon | None:
    """An icon from resources/icons, or None if the clinic has not provided it."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else None


class TileButton(TouchButton):
    """An option as a large tile: an icon or a colour patch, the label, and a line of help.

    The words are labels inside the button, so they wrap; taps go to the button.
    """

    def __init__(self, option: ChoiceOption) -> None:
        super().__init__("", role="tile" if option.icon else "option", checkable=True)
        self.setAccessibleName(option.label)
        if option.help_text:
            self.setAccessibleDescription(option.help_text)
        layout = QHBoxLayout(self) if not option.icon else QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(12 if not option.icon else 6)
        picture: QLabel | None = None
        if option.swatch:
            picture = QLabel()
            picture.setPixmap(swatch_icon(option.swatch).pixmap(QSize(48, 48)))
        elif option.icon and (icon := named_icon(option.icon)) is not None:
            picture = QLabel()
            picture.setPixmap(icon.pixmap(QSize(56, 56)))
        words = QVBoxLayout()
        words.setSpacing(2)
        title = QLabel(option.label)
        self.title = title
        title.setProperty("role", "tileTitle")
        title.setWordWrap(True)
        words.addWidget(title)
        if option.help_text:
            help_label = QLabel(option.help_text)
            help_label.setProperty("role", "tileHelp")
            help_label.setWordWrap(True)
            words.addWidget(help_label)
        alignment = Qt.AlignmentFlag.AlignHCenter if option.icon else Qt.AlignmentFlag.AlignVCenter
        if picture is not None:
            layout.addWidget(picture, 0, alignment)
        layout.addLayout(words, 1)
        words.addStretch(1)  # titles line up across a row of tiles
        for child in self.findChildren(QLabel):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            child.setTextFormat(Qt.TextFormat.PlainText)
            if option.icon:
                child.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint().expandedTo(QSize(0, 64))

    def minimumSizeHint(self) -> QSize:
        return self._layout.minimumSize().expandedTo(QSize(0, 64))


# The width a tile with a picture needs to read well.
TILE_PX = 260


class _OptionButtons(QuestionField):
    """Options as large buttons in a grid; the base of the choice fields."""

    def __init__(
        self,
        options: Sequence[ChoiceOption],
        exclusive: bool,
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = list(options)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # we enforce one-of-many ourselves: none is allowed
        self._single = exclusive
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)
        self._most_columns = columns
        self._columns = 0
        for index, option in enumerate(self._options):
            button = TileButton(option)
            button.setObjectName(f"option_{option.code}")
            self._group.addButton(button, index)
        self._arrange(columns)
        self._group.idClicked.connect(self._clicked)

    def _arrange(self, columns: int) -> None:
        """Lay the options out in `columns` columns."""
        if columns == self._columns:
            return
        for index in range(len(self._options)):
            button = self._group.button(index)
            self._grid.removeWidget(button)
            self._grid.addWidget(button, index // columns, index % columns)
        for column in range(max(columns, self._columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Tiles with pictures: as many columns as the width holds well (4 on a
        # wide screen, fewer upright), never cramped.
        if self._most_columns > 2:
            fits = max(2, event.size().width() // TILE_PX)
            self._arrange(min(self._most_columns, fits))
        super().resizeEvent(event)

    @Slot(int)
    def _clicked(self, index: int) -> None:
        button = self._group.button(index)
        option = self._options[index]
        if self._single and not button.isChecked():
            # A second tap on the chosen answer keeps it: a double tap must
            # never leave a safety question unanswered. Another answer is
            # chosen by tapping it.
            button.setChecked(True)
            return
        if button.isChecked() and (self._single or option.exclusive):
            self._uncheck_all_but(index)
        elif button.isChecked():
            for other, candidate in enumerate(self._options):
                if candidate.exclusive:
                    self._group.button(other).setChecked(False)
        self.changed.emit(self.value())

    def _uncheck_all_but(self, keep: int) -> None:
        for index in range(len(self._options)):
            if index != keep:
                self._group.button(index).setChecked(False)

    def _checked_codes(self) -> list[str | int]:
        return [
            option.code
            for index, option in enumerate(self._options)
            if self._group.button(index).isChecked()
        ]

    def _check(self, codes: Sequence[object]) -> None:
        for index, option in enumerate(self._options):
            self._group.button(index).setChecked(option.code in codes)


class ChoiceField(_OptionButtons):
    """One answer from several; another tap changes it, a tap on the chosen one keeps it."""

    def __init__(self, options: Sequence[ChoiceOption], parent: QWidget | None = None) -> None:
        columns = 1 if any(o.help_text for o in options) and len(options) > 3 else 2
        if len(options) <= 3 and not any(o.help_text for o in options):
            columns = len(options)
        if any(o.swatch for o in options) and len(options) > 4:
            columns = 3
        super().__init__(options, exclusive=True, columns=columns, parent=parent)

    def value(self) -> AnswerValue | None:
        codes = self._checked_codes()
        return codes[0] if codes else None

    def set_value(self, value: AnswerValue | None) -> None:
        self._check([] if value is None else [value])


class MultiChoiceField(_OptionButtons):
    """Any number of answers; an exclusive option ("None of these") clears the rest."""

    def __init__(self, options: Sequence[ChoiceOption], parent: QWidget | None = None) -> None:
        columns = 4 if any(o.icon for o in options) else 2
        super().__init__(options, exclusive=False, columns=columns, parent=parent)

    def value(self) -> AnswerValue | None:
        codes = tuple(self._checked_codes())
        return codes or None

    def set_value(self, value: AnswerValue | None) -> None:
        self._check(list(value) if isinstance(value, tuple) else [])


class YesNoField(QuestionField):
    """Yes or No as two large buttons; neither is chosen until the client taps one.

    Once answered, the answer can be changed but not taken back.
    """

    def __init__(self, yes: str, no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.yes = TouchButton(yes, checkable=True, name="yes")
        self.no = TouchButton(no, checkable=True, name="no")
        for button in (self.yes, self.no):
            button.setMinimumWidth(180)
            row.addWidget(button)
        row.addStretch(1)
        self.yes.clicked.connect(self._yes_clicked)
        self.no.clicked.connect(self._no_clicked)

    @Slot()
    def _yes_clicked(self) -> None:
        self._choose(self.yes, self.no)

    @Slot()
    def _no_clicked(self) -> None:
        self._choose(self.no, self.yes)

    def _choose(self, chosen: TouchButton, other: TouchButton) -> None:
        # A second tap on the chosen answer keeps it (a double tap must not
        # un-answer a safety question); the other answer changes it.
        if not chosen.isChecked():
            chosen.setChecked(True)
            return
        other.setChecked(False)
        self.changed.emit(self.value())

    def value(self) -> AnswerValue | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: AnswerValue | None) -> None:
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
