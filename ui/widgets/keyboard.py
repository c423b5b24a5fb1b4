"""An on-screen keyboard of the kiosk's own, docked in the window (no system keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.basics import TouchButton
from ui.widgets.keyboard_layouts import LATIN, LETTERS, text_layout
from ui.widgets.text_fields import KEYBOARD

PHONE = ("123", "456", "789", "+0 ")
SEARCH_DIGITS = "1234567890"
DIGITS = ("123", "456", "789", "0")

# A key of the number pad: wide enough to hit without looking twice.
PAD_KEY_PX = 170
# The letter keys share the width of the screen, between these bounds.
LETTER_KEY_MIN_PX = 76
LETTER_KEY_MAX_PX = 150

# Keys whose object names cannot be the character itself.
KEY_NAMES = {
    " ": "space",
    "@": "at",
    ".": "dot",
    "-": "hyphen",
    "'": "apostrophe",
    "+": "plus",
    "_": "underscore",
    "/": "slash",
}


def key_name(text: str) -> str:
    """The object name of the key that types `text` (key_a, key_space, key_at...)."""
    return "key_" + KEY_NAMES.get(text, text)


class OnScreenKeyboard(QWidget):
    """Types into whichever text box has the focus, with a layout to suit it.

    The focused box's `keyboard` property picks the layout: `text` (the
    letters of the client's language, with a second page of accented
    letters, or of Latin letters for Arabic), `email`, `phone`, `digits` or
    `search` (letters and digits, for the staff screen's search). Names
    start with a capital letter by themselves. Keys never take the focus.
    The keys stay in the order printed on that language's keyboards, right
    to left or not.

    Signals:
        relaid(): the keys changed (another layout or page); its height may have.
    """

    relaid = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._layout_name = ""
        self._language = "en"
        self._accents = False
        self._shift = False
        self._letter_keys: list[TouchButton] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(16, 10, 16, 12)
        self._rows.setSpacing(8)
        self._body: QWidget | None = None
        self.set_layout("text")

    def target(self) -> QLineEdit | None:
        """The text box the keys type into."""
        focused = QApplication.focusWidget()
        return focused if isinstance(focused, QLineEdit) else None

    def follow_focus(self) -> bool:
        """Switch to the focused box's layout; returns whether there is a box to type into."""
        box = self.target()
        if box is None or box.property(KEYBOARD) is None:
            return False
        wanted = str(box.property(KEYBOARD))
        if wanted != self._layout_name or self._accents:
            self._accents = False
            self.set_layout(wanted)
        self._auto_shift()
        return True

    def set_language(self, language: str) -> None:
        """Type `language`'s letters in text boxes (and say its words on the keys)."""
        self._language = language
        self._accents = False
        self.set_layout(self._layout_name or "text")

    def set_layout(self, name: str) -> None:
        """Rebuild the keys for layout `name`."""
        self._layout_name = name
        if self._body is not None:
            self._rows.removeWidget(self._body)
            self._body.hide()
            self._body.setParent(None)
            self._body.deleteLater()
        self._body = QWidget(self)
        # Keys sit where that language's keyboards print them, whichever
        # way the page reads.
        self._body.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Arabic letters are drawn smaller than Latin ones at one size.
        letters = text_layout(self._language) if name == "text" else LATIN
        self._body.setProperty("script", "arabic" if not letters.capitals else "")
        grid = QVBoxLayout(self._body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self._letter_keys = []
        if name in ("phone", "digits"):
            self._build_pad(grid, PHONE if name == "phone" else DIGITS)
        else:
            self._build_letters(grid, email=name == "email")
        self._rows.addWidget(self._body)
        self._body.show()
        self.relaid.emit()

    def _build_letters(self, grid: QVBoxLayout, email: bool) -> None:
        # Email addresses and the staff's search are typed in Latin letters.
        letters = text_layout(self._language) if self._layout_name == "text" else LATIN
        # A search (a name or a date of birth) needs the digits above the letters.
        digits = self._layout_name == "search" and not self._accents
        if self._accents:
            rows = letters.more
        elif digits:
            rows = (SEARCH_DIGITS, *LETTERS)
        else:
            rows = letters.rows
        capitals = letters.capitals or (self._accents and letters.more is LETTERS)
        for index, keys in enumerate(rows):
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addStretch(1)
            if index == len(rows) - 1 and capitals:
                row.addWidget(self._command("⇧", "key_shift", self._toggle_shift, width=110))
            for char in keys:
                button = self._key(char, width=LETTER_KEY_MIN_PX)
                # The keys share the screen's width, up to a size a finger needs no more than.
                button.setMaximumWidth(LETTER_KEY_MAX_PX)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                self._letter_keys.append(button)
                row.addWidget(button, 10)
            if index == len(rows) - 1:
                row.addWidget(self._command("⌫", "key_backspace", self._backspace, width=110))
            row.addStretch(1)
            grid.addLayout(row)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        toggle = letters.own_label if self._accents else letters.more_label
        bottom.addWidget(self._command(toggle, "key_accents", self._toggle_accents, width=120))
        extras = ("@", ".", "-", "_") if email else ("/", "-") if digits else letters.extras
        for char in extras:
            bottom.addWidget(self._key(char))
        space = self._key(" ")
        space.setText(self.tr("space"))
        space.setAccessibleName(self.tr("Space"))
        space.setMinimumWidth(240)
        bottom.addWidget(space, 1)
        if email:
            bottom.addWidget(self._key(".com", width=110))
        bottom.addWidget(self._command(self.tr("Done"), "key_done", self._done, width=150))
        grid.addLayout(bottom)

    def _build_pad(self, grid: QVBoxLayout, rows: tuple[str, ...]) -> None:
        # Digits in three columns as on a phone; Delete and Done in a fourth
        # column of their own, each two keys tall, so neither covers a key.
        pad = QGridLayout()
        pad.setSpacing(10)
        for row_index, keys in enumerate(rows):
            for column, char in enumerate(keys):
                button = self._key(char, width=PAD_KEY_PX)
                if char == " ":
                    button.setText(self.tr("space"))
                # A lone 0 sits in the middle, under the 8.
                pad.addWidget(button, row_index, 1 if len(keys) == 1 else column)
        backspace = self._command("⌫", "key_backspace", self._backspace, width=PAD_KEY_PX)
        done = self._command(self.tr("Done"), "key_done", self._done, width=PAD_KEY_PX)
        pad.addWidget(backspace, 0, 3, 2, 1)
        pad.addWidget(done, 2, 3, len(rows) - 2, 1)
        for button in (backspace, done):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addLayout(pad)
        line.addStretch(1)
        grid.addLayout(line)

    def _key(self, text: str, width: int = 76) -> TouchButton:
        button = TouchButton(text, role="key", name=key_name(text))
        button.setMinimumWidth(width)
        button.setAccessibleName(text)
        button.clicked.connect(self._typed)
        return button

    def _command(self, text: str, name: str, slot: object, width: int) -> TouchButton:
        button = TouchButton(text, role="key", name=name)
        button.setMinimumWidth(width)
        button.setAccessibleName(
            {
                "key_shift": self.tr("Capital letter"),
                "key_backspace": self.tr("Delete"),
                "key_accents": self.tr("Accented letters"),
            }.get(name, text)
        )
        button.clicked.connect(slot)
        return button

    @Slot()
    def _typed(self) -> None:
        button = self.sender()
        box = self.target()
        if box is None or not isinstance(button, TouchButton):
            return
        text = button.objectName().removeprefix("key_")
        text = {v: k for k, v in KEY_NAMES.items()}.get(text, text)
        # (ß has no one-letter capital: it stays as it is.)
        if self._shift and len(text) == 1 and len(text.upper()) == 1:
            text = text.upper()
        box.insert(text)
        self._auto_shift()

    @Slot()
    def _backspace(self) -> None:
        box = self.target()
        if box is not None:
            box.backspace()
            self._auto_shift()

    @Slot()
    def _toggle_shift(self) -> None:
        self._set_shift(not self._shift)

    @Slot()
    def _toggle_accents(self) -> None:
        self._accents = not self._accents
        self.set_layout(self._layout_name)
        self._auto_shift()

    @Slot()
    def _done(self) -> None:
        box = self.target()
        if box is not None:
            box.clearFocus()

    def _auto_shift(self) -> None:
        """A capital at the start of a name, and after a space or hyphen."""
        box = self.target()
        text = box.text()[: box.cursorPosition()] if box is not None else ""
        starts_word = not text or text[-1] in " -'"
        self._set_shift(self._layout_name == "text" and starts_word)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("On-screen keyboard"))
        super().changeEvent(event)

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        for button in self._letter_keys:
            char = button.objectName().removeprefix("key_")
            if len(char) == 1 and len(char.upper()) == 1:
                button.setText(char.upper() if on else char)
