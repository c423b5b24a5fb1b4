"""The client's choice of language: large buttons in each language's own name, on any page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.content.languages import Language
from ui.widgets.basics import TouchButton, label, restyle
from ui.widgets.choice_fields import named_icon
from ui.widgets.overlay import Overlay

# Marks the chosen language in words and shape as well as in colour.
CHOSEN_MARK = "✓  "
LANGUAGE_BUTTON_PX = 96


def language_button(
    language: Language, chosen: bool, height: int = LANGUAGE_BUTTON_PX
) -> TouchButton:
    """A large button with `language`'s own name, checked (and ticked) when it is the chosen one."""
    button = TouchButton(
        (CHOSEN_MARK if chosen else "") + language.own_name,
        name=f"language_{language.code}",
        checkable=True,
    )
    button.setChecked(chosen)
    button.setProperty("language", language.code)
    button.setProperty("scale", "large")
    button.setMinimumHeight(height)
    button.setMinimumWidth(260)
    # Read out in its own name; the checked state says which one is chosen.
    button.setAccessibleName(language.own_name)
    button.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return button


class LanguageButtons(QWidget):
    """Every offered language as a large button, the chosen one marked.

    Signals:
        chosen(str): the client tapped a language (its code).
    """

    chosen = Signal(str)

    def __init__(
        self,
        languages: Sequence[Language],
        current: str,
        columns: int = 4,
        height: int = LANGUAGE_BUTTON_PX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("languageButtons")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(18)
        # As many in a row as fit: all of them on a wide screen, two on an
        # upright one or at a large text size.
        self._most = columns
        self._columns = columns
        self._height = height
        self.buttons: list[TouchButton] = []
        for language in languages:
            button = language_button(language, language.code == current, height)
            button.clicked.connect(self._tapped)
            self.buttons.append(button)
        self._place()

    def set_compact(self, compact: bool) -> None:
        """Smaller buttons (and letters) for a short screen, or the normal large ones."""
        for button in self.buttons:
            button.setProperty("compact", compact)
            # Compact: the style sheet's least, and the words' own height.
            button.setMinimumHeight(0 if compact else self._height)
            restyle(button)

    def _place(self) -> None:
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // self._columns, index % self._columns)

    def _width_of(self, columns: int) -> int:
        widest = max(
            (max(b.minimumWidth(), b.minimumSizeHint().width()) for b in self.buttons), default=0
        )
        return columns * widest + (columns - 1) * self._grid.spacing()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self._width_of(min(2, self._most)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fits = event.size().width() >= self._width_of(self._most)
        columns = self._most if fits else min(2, self._most)
        if columns != self._columns:
            self._columns = columns
            self._place()

    @Slot()
    def _tapped(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            # The tap itself must not untick the chosen one: the choice redraws the marks.
            button.setChecked(True)
            self.chosen.emit(str(button.property("language")))


class LanguageButton(TouchButton):
    """The button on every page that opens the choice of language; it shows the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, role="quiet", name="languageButton")
        self.setMinimumWidth(160)
        # A globe: found by a client who reads none of the words around it.
        icon = named_icon("language")
        if icon is not None:
            self.setIcon(icon)
            self.setIconSize(QSize(36, 36))

    def show_language(self, language: Language) -> None:
        """Show `language`'s own name (a client who cannot read the rest still knows their own)."""
        self.setText(language.own_name)
        self.setAccessibleName(self.tr("Language: {0}").format(language.own_name))


class LanguageChooser(Overlay):
    """Covers the window with a large button per language, the chosen one marked.

    Signals:
        chosen(str): the client chose a language (its code).
    """

    chosen = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "languageChooser")
        self._content: QWidget | None = None

    def show_choice(self, languages: Sequence[Language], current: str) -> None:
        """Open with `languages`, `current` marked."""
        if self._content is not None:
            self.body.removeWidget(self._content)
            self._content.hide()
            self._content.deleteLater()
        content = QWidget()
        column = QGridLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(24)
        column.addWidget(label(self.tr("Choose your language"), "title"), 0, 0)
        choice = LanguageButtons(languages, current, columns=2)
        choice.chosen.connect(self._chosen)
        column.addWidget(choice, 1, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        close = TouchButton(self.tr("Close"), role="quiet", name="closeLanguageChooser")
        close.setMinimumWidth(200)
        close.clicked.connect(self.close_choice)
        row.addWidget(close)
        column.addLayout(row, 2, 0)
        self.body.addWidget(content)
        self._content = content
        self.open()

    @Slot()
    def close_choice(self) -> None:
        self.hide()

    @Slot(str)
    def _chosen(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)
