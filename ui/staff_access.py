"""The staff corner: a long press, a staff member's PIN, then exit or the staff screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.store.staff import SignInRefused, StaffAccounts, StaffMember
from ui.background import BackgroundWork
from ui.widgets.basics import TouchButton, label
from ui.widgets.overlay import Overlay

LONG_PRESS_MS = 3000


class StaffCorner(QWidget):
    """An invisible patch in a corner; holding it for three seconds asks for staff.

    Signals:
        requested(): the patch was held long enough.
    """

    requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setAccessibleName(self.tr("Staff access (press and hold)"))
        self.setFixedSize(96, 88)
        self.hold_timer = QTimer(self)
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(LONG_PRESS_MS)
        self.hold_timer.timeout.connect(self.requested)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hold_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.hold_timer.stop()


class StaffSignIn(Overlay):
    """Choose your name, type your PIN; then what to do.

    Signals:
        exit_requested(member): a staff member chose to close the kiosk.
        staff_screen_requested(member): a staff member chose the staff screen.
    """

    exit_requested = Signal(object)
    staff_screen_requested = Signal(object)

    def __init__(
        self,
        window: QWidget,
        accounts: StaffAccounts,
        work: BackgroundWork,
        staff_screen_available: bool,
    ) -> None:
        super().__init__(window, "staffSignIn")
        self.accounts = accounts
        self.work = work
        self.staff_screen_available = staff_screen_available
        self._member: StaffMember | None = None
        self._username = ""
        self._pin = ""
        self.heading = label(self.tr("Staff"), "title")
        self.body.addWidget(self.heading)
        self.message = label("", "problem", name="staffMessage")
        self.body.addWidget(self.message)
        self.content = QWidget()
        self.body.addWidget(self.content)
        self.cancel = TouchButton(self.tr("Back to the kiosk"), role="quiet", name="staffCancel")
        self.cancel.clicked.connect(self.close_panel)
        self.body.addWidget(self.cancel)

    def start(self) -> None:
        """Open at the list of names (read in the background)."""
        self._member = None
        self._pin = ""
        self.message.setText("")
        self.heading.setText(self.tr("Staff: who are you?"))
        self._replace_content(QWidget())
        self.open()
        self.work.run(self.accounts.members, self._show_names, self._failed)

    @Slot()
    def close_panel(self) -> None:
        """Close and forget everything typed."""
        self._pin = ""
        self._member = None
        self.hide()

    def _replace_content(self, widget: QWidget) -> None:
        index = self.body.indexOf(self.content)
        self.body.removeWidget(self.content)
        self.content.deleteLater()
        self.content = widget
        self.body.insertWidget(index, widget)
        widget.show()

    @Slot(object)
    def _show_names(self, members: list[tuple[StaffMember, bool, int]]) -> None:
        names = QWidget()
        grid = QGridLayout(names)
        for index, (member, locked, _failures) in enumerate(members):
            button = TouchButton(member.display_name, name=f"staff_{member.username}")
            button.setEnabled(not locked)
            button.setProperty("username", member.username)
            button.clicked.connect(self._name_chosen)
            grid.addWidget(button, index // 2, index % 2)
        if not members:
            grid.addWidget(label(self.tr("There are no staff accounts yet."), "muted"), 0, 0)
        self._replace_content(names)

    @Slot()
    def _name_chosen(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        self._username = str(button.property("username"))
        self.heading.setText(self.tr("{0}: your PIN").format(button.text()))
        self._pin = ""
        pad = QWidget()
        column = QGridLayout(pad)
        self.dots = label("", "title", name="pinDots")
        column.addWidget(self.dots, 0, 0, 1, 3)
        for index, digit in enumerate("123456789"):
            key = TouchButton(digit, role="key", name=f"pin_{digit}")
            key.clicked.connect(self._digit)
            column.addWidget(key, 1 + index // 3, index % 3)
        erase = TouchButton("⌫", role="key", name="pin_backspace")
        erase.setAccessibleName(self.tr("Delete"))
        erase.clicked.connect(self._erase)
        zero = TouchButton("0", role="key", name="pin_0")
        zero.clicked.connect(self._digit)
        enter = TouchButton(self.tr("Sign in"), role="primary", name="pin_enter")
        enter.clicked.connect(self._sign_in)
        column.addWidget(erase, 4, 0)
        column.addWidget(zero, 4, 1)
        column.addWidget(enter, 4, 2)
        self._replace_content(pad)

    @Slot()
    def _digit(self) -> None:
        button = self.sender()
        if isinstance(button, TouchButton) and len(self._pin) < 12:
            self._pin += button.text()
            self.dots.setText("●" * len(self._pin))

    @Slot()
    def _erase(self) -> None:
        self._pin = self._pin[:-1]
        self.dots.setText("●" * len(self._pin))

    @Slot()
    def _sign_in(self) -> None:
        username, pin = self._username, self._pin
        self._pin = ""
        self.dots.setText("")
        self.message.setText(self.tr("Checking..."))
        self.work.run(lambda: self.accounts.sign_in(username, pin), self._signed_in, self._refused)

    @Slot(object)
    def _refused(self, error: Exception) -> None:
        if isinstance(error, SignInRefused) and error.reason == "locked":
            self.message.setText(self.tr("This account is locked. An admin can unlock it."))
        elif isinstance(error, SignInRefused) and error.reason == "wait":
            self.message.setText(self.tr("Too many wrong PINs. Please wait and try again."))
        elif isinstance(error, SignInRefused):
            self.message.setText(self.tr("That PIN is not right."))
        else:
            self._failed(error)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.message.setText(self.tr("Staff sign-in is not available right now."))

    @Slot(object)
    def _signed_in(self, member: StaffMember) -> None:
        self._member = member
        self.message.setText("")
        self.heading.setText(self.tr("Hello, {0}").format(member.display_name))
        menu = QWidget()
        row = QHBoxLayout(menu)
        if self.staff_screen_available:
            staff = TouchButton(self.tr("Staff screen"), role="primary", name="openStaffScreen")
            staff.clicked.connect(self._staff_screen)
            row.addWidget(staff)
        leave = TouchButton(self.tr("Close the kiosk"), name="exitKiosk")
        leave.clicked.connect(self._exit)
        row.addWidget(leave)
        self._replace_content(menu)

    @Slot()
    def _exit(self) -> None:
        if self._member is not None:
            self.exit_requested.emit(self._member)

    @Slot()
    def _staff_screen(self) -> None:
        if self._member is not None:
            self.staff_screen_requested.emit(self._member)
