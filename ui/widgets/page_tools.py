"""The bar of controls on every wizard page: text size, high contrast, "Please help me"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from ui.theme import TEXT_SCALES, Reading
from ui.widgets.basics import TouchButton, label
from ui.widgets.flow_layout import FlowLayout

# Room around a chosen control's bold text: its padding and border, both sides, and a little.
CHOSEN_ROOM = 52


class ToolButton(TouchButton):
    """A control of the bar, always wide enough for its text in bold (as when chosen).

    Attributes:
        least: the narrowest it may be, whatever its text.
    """

    def __init__(self, text: str, name: str, least: int = 0, checkable: bool = True) -> None:
        super().__init__(text, role="tool", name=name, checkable=checkable)
        self.least = least
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()  # a new language's words may be wider

    def changeEvent(self, event: QEvent) -> None:
        # A text size or contrast chosen restyles the button: its font changes.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        super().changeEvent(event)

    def _fit(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        wide = QFontMetrics(bold).horizontalAdvance(self.text()) + CHOSEN_ROOM
        self.setMinimumWidth(max(self.least, wide))


class PageTools(QWidget):
    """Large, calm controls a client can use on any page, whatever they have answered.

    The bar only asks; the window decides (it restyles the whole wizard,
    sends the help request). Other controls (a language button) join the
    bar with `add_control`.

    Attributes:
        size_buttons: "A", "A+", "A++", one per text size (exclusive).
        contrast_button: high contrast on or off.
        help_button: "Please help me".
        help_status: what the front desk was told, under the controls (hidden until asked).

    Signals:
        text_size_chosen(int): the client chose this step of TEXT_SCALES.
        contrast_toggled(bool): the client turned high contrast on or off.
        help_requested(): the client tapped "Please help me".
    """

    text_size_chosen = Signal(int)
    contrast_toggled = Signal(bool)
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTools")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 10, 32, 10)
        column.setSpacing(10)
        # On a narrow screen at the largest text the controls wrap onto a second line.
        self.row = FlowLayout(spacing=12)
        self.row.last_to_the_right = True
        column.addLayout(self.row)
        sizes = QWidget()
        size_row = QHBoxLayout(sizes)
        size_row.setContentsMargins(0, 0, 0, 0)
        size_row.setSpacing(12)
        self.size_caption = label("", name="pageToolsCaption", wrap=False)
        size_row.addWidget(self.size_caption)
        self.sizes = QButtonGroup(self)
        self.sizes.setExclusive(True)
        self.size_buttons: list[TouchButton] = []
        for step, shown in enumerate(("A", "A+", "A++")):
            button = ToolButton(shown, f"textSize{step}", least=72)
            self.sizes.addButton(button, step)
            self.size_buttons.append(button)
            size_row.addWidget(button)
        assert len(self.size_buttons) == len(TEXT_SCALES)
        self.size_buttons[0].setChecked(True)
        self.sizes.idClicked.connect(self._size_clicked)
        self.contrast_button = ToolButton("", "highContrast")
        self.contrast_button.toggled.connect(self._contrast_clicked)
        self.row.addWidget(sizes)
        self.row.addWidget(self.contrast_button)
        # Controls added later go here, before the help button (which stays last).
        self._insert_at = self.row.count()
        self.help_button = TouchButton("", role="help", name="helpButton")
        self.help_button.clicked.connect(self.help_requested)
        self.row.addWidget(self.help_button)
        self.help_status = label("", name="helpStatus")
        self.help_status.hide()
        column.addWidget(self.help_status)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the bar in the interface's language (also after a change of language)."""
        self.size_caption.setText(self.tr("Text size"))
        spoken = (self.tr("Normal text"), self.tr("Larger text"), self.tr("Largest text"))
        for button, said in zip(self.size_buttons, spoken, strict=True):
            button.setAccessibleName(said)
        for button, words in (
            (self.contrast_button, self.tr("High contrast")),
            (self.help_button, self.tr("Please help me")),
        ):
            button.setText(words)
            button.setAccessibleName(words)
        self.help_status.setAccessibleName(self.tr("Message from the front desk"))

    def minimumSizeHint(self) -> QSize:
        # As tall as its lines at this width: the window's layout does not ask.
        hint = super().minimumSizeHint()
        if self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def add_control(self, control: QWidget) -> None:
        """Put one more control in the bar (after the others added, before "Please help me").

        Give it an objectName and an accessible name; a ToolButton looks
        like its neighbours and shows its chosen state the same way, in both
        contrasts.
        """
        self.row.insertWidget(self._insert_at, control)
        self._insert_at += 1

    def show_reading(self, reading: Reading) -> None:
        """Mark the text size and contrast in use (without asking for them again)."""
        blockers = [self.sizes, self.contrast_button]
        for blocked in blockers:
            blocked.blockSignals(True)
        self.size_buttons[reading.text_step].setChecked(True)
        self.contrast_button.setChecked(reading.high_contrast)
        for blocked in blockers:
            blocked.blockSignals(False)

    def say(self, words: str) -> None:
        """Show what happened to the client's call for help ("" hides it)."""
        self.help_status.setText(words)
        self.help_status.setVisible(bool(words))

    @Slot(int)
    def _size_clicked(self, step: int) -> None:
        self.text_size_chosen.emit(step)

    @Slot(bool)
    def _contrast_clicked(self, on: bool) -> None:
        self.contrast_toggled.emit(on)
