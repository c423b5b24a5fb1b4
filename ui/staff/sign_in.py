"""Signing in: choose your name (or type it), then your own PIN (on the keypad or a keyboard)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.store.staff import SignInRefused, StaffMember
from ui.background import BackgroundWork
from ui.widgets.basics import TouchButton, clear_layout, label
from ui.widgets.text_fields import entry


class SignIn(Protocol):
    """Where sign-ins are checked: the staff desk (or the accounts, at the kiosk's corner)."""

    def members(self) -> list[tuple[StaffMember, bool, int]]: ...

    def sign_in(self, username: str, pin: str) -> StaffMember: ...


class SignInPanel(QWidget):
    """Names (or a box to type one), then a PIN pad; the PIN is checked on the worker thread.

    Attributes:
        list_names: the staff station lists its members' names to tap; the
            kiosk, where any client can look, asks for the user name instead.

    Signals:
        signed_in(object): a StaffMember whose PIN was right.
    """

    signed_in = Signal(object)

    def __init__(self, accounts: SignIn, work: BackgroundWork, list_names: bool = True) -> None:
        super().__init__()
        self.setObjectName("signInPanel")
        self.accounts = accounts
        self.work = work
        self.list_names = list_names
        self._username = ""
        self._pin = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.heading = label(self.tr("Staff: who are you?"), "title", name="signInHeading")
        self.message = label("", "problem", name="staffMessage")
        self.steps = QStackedWidget()
        self.names = QWidget()
        self.names_grid = QGridLayout(self.names)
        if not list_names:
            self._build_username_box()
        self.pad = self._build_pad()
        self.steps.addWidget(self.names)
        self.steps.addWidget(self.pad)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.steps)

    def start(self) -> None:
        """Back to the list of names (read in the background), or to an empty name box."""
        self._pin = ""
        self._username = ""
        self.dots.setText("")
        self.message.setText("")
        self.steps.setCurrentWidget(self.names)
        if not self.list_names:
            self.heading.setText(self.tr("Staff: your user name"))
            self.username_box.clear()
            self.username_box.setFocus()
            return
        self.heading.setText(self.tr("Staff: who are you?"))
        self.work.run(self.accounts.members, self._show_names, self._unavailable)

    def _build_username_box(self) -> None:
        self.username_box = entry("text", "staffUsername", max_length=64)
        self.username_box.setAccessibleName(self.tr("User name"))
        self.username_box.returnPressed.connect(self._username_typed)
        self.names_grid.addWidget(self.username_box, 0, 0)
        onwards = TouchButton(self.tr("Next"), role="primary", name="usernameNext")
        onwards.clicked.connect(self._username_typed)
        self.names_grid.addWidget(onwards, 0, 1)

    @Slot()
    def _username_typed(self) -> None:
        username = self.username_box.text().strip()
        if not username:
            self.message.setText(self.tr("Type your user name first."))
            return
        self._to_pin(username, username)

    def _build_pad(self) -> QWidget:
        pad = QWidget()
        grid = QGridLayout(pad)
        self.dots = label("", "title", name="pinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        grid.addWidget(self.dots, 0, 0, 1, 3)
        for index, digit in enumerate("1234567890"):
            key = TouchButton(digit, role="key", name=f"pin_{digit}")
            key.setMinimumWidth(120)
            key.clicked.connect(self._digit)
            row, column = (1 + index // 3, index % 3) if digit != "0" else (4, 1)
            grid.addWidget(key, row, column)
        erase = TouchButton("⌫", role="key", name="pin_backspace")
        erase.setAccessibleName(self.tr("Delete"))
        erase.clicked.connect(self._erase)
        grid.addWidget(erase, 4, 0)
        enter = TouchButton(self.tr("Sign in"), role="primary", name="pin_enter")
        enter.clicked.connect(self._sign_in)
        grid.addWidget(enter, 4, 2)
        back = TouchButton(self.tr("‹  Someone else"), role="quiet", name="pin_back")
        back.clicked.connect(self.start)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        grid.addLayout(bottom, 5, 0, 1, 3)
        return pad

    @Slot(object)
    def _show_names(self, members: list[tuple[StaffMember, bool, int]]) -> None:
        clear_layout(self.names_grid)
        for index, (member, locked, _failures) in enumerate(members):
            text = member.display_name + (self.tr("  (locked)") if locked else "")
            button = TouchButton(text, name=f"staff_{member.username}")
            button.setProperty("username", member.username)
            button.setProperty("display", member.display_name)
            button.clicked.connect(self._name_chosen)
            self.names_grid.addWidget(button, index // 3, index % 3)
            button.show()
        if not members:
            self.message.setText(
                self.tr(
                    "There are no staff accounts yet: an admin adds them with "
                    "'clinic-kiosk staff-user add'."
                )
            )

    @Slot()
    def _name_chosen(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        self._to_pin(str(button.property("username")), str(button.property("display")))

    def _to_pin(self, username: str, shown: str) -> None:
        self._username = username
        self._pin = ""
        self.dots.setText("")
        self.message.setText("")
        self.heading.setText(self.tr("{0}: your PIN").format(shown))
        self.steps.setCurrentWidget(self.pad)
        self.setFocus()

    @Slot()
    def _digit(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton):
            self._type(button.text())

    def _type(self, digit: str) -> None:
        if len(self._pin) < 12:
            self._pin += digit
            self.dots.setText("●" * len(self._pin))

    @Slot()
    def _erase(self) -> None:
        self._pin = self._pin[:-1]
        self.dots.setText("●" * len(self._pin))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # On a staff computer the PIN can be typed; it never shows.
        if self.steps.currentWidget() is self.pad:
            if event.text().isdigit():
                self._type(event.text())
                return
            if event.key() == Qt.Key.Key_Backspace:
                self._erase()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._sign_in()
                return
        super().keyPressEvent(event)

    @Slot()
    def _sign_in(self) -> None:
        username, pin = self._username, self._pin
        self._pin = ""
        self.dots.setText("")
        self.message.setText(self.tr("Checking..."))
        self.work.run(lambda: self.accounts.sign_in(username, pin), self._signed_in, self._refused)

    @Slot(object)
    def _signed_in(self, member: StaffMember) -> None:
        self.message.setText("")
        self.signed_in.emit(member)

    @Slot(object)
    def _refused(self, error: Exception) -> None:
        if isinstance(error, SignInRefused) and error.reason == "locked":
            self.message.setText(self.tr("This account is locked. An admin can unlock it."))
        elif isinstance(error, SignInRefused) and error.reason == "wait":
            self.message.setText(self.tr("Too many wrong PINs. Please wait and try again."))
        elif isinstance(error, SignInRefused) and not self.list_names:
            # Never which of the two: a typed name that does not exist is not revealed.
            self.message.setText(self.tr("That user name or PIN is not right."))
        elif isinstance(error, SignInRefused):
            self.message.setText(self.tr("That PIN is not right."))
        else:
            self._unavailable(error)

    @Slot(object)
    def _unavailable(self, _error: Exception) -> None:
        self.message.setText(self.tr("Staff sign-in is not available right now."))
