"""The staff corner: a long press, a user name and a PIN, then exit or the staff screen.

The kiosk never lists staff names: a client could read them and try PINs
against each. Staff type their user name on the on-screen keyboard, then
their PIN. (A PIN alone would have to be unique, so choosing one could tell
a member another's PIN.) Wrong PINs typed here make an account wait a
cooling-off of at most KIOSK_COOLING_OFF (15 minutes), never lock it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.store.staff import StaffMember
from ui.background import BackgroundWork
from ui.staff.sign_in import SignIn, SignInPanel
from ui.widgets.basics import TouchButton, label
from ui.widgets.overlay import Overlay


class StaffSignIn(Overlay):
    """Over the kiosk: a staff member signs in, then closes the kiosk or opens the staff screen.

    Signals:
        exit_requested(member): a staff member chose to close the kiosk.
        staff_screen_requested(member): a staff member chose the staff screen.
        closed(): the panel closed (cancelled, timed out or reset).
    """

    exit_requested = Signal(object)
    staff_screen_requested = Signal(object)
    closed = Signal()

    def __init__(
        self,
        window: QWidget,
        accounts: SignIn,
        work: BackgroundWork,
        staff_screen_available: bool,
    ) -> None:
        super().__init__(window, "staffSignIn")
        self.staff_screen_available = staff_screen_available
        self._member: StaffMember | None = None
        self.panel = SignInPanel(accounts, work, list_names=False)
        self.panel.signed_in.connect(self._signed_in)
        self.body.addWidget(self.panel)
        self.menu = QWidget()
        row = QHBoxLayout(self.menu)
        self.greeting = label("", "title")
        row.addWidget(self.greeting, 1)
        if staff_screen_available:
            staff = TouchButton(self.tr("Staff screen"), role="primary", name="openStaffScreen")
            staff.clicked.connect(self._staff_screen)
            row.addWidget(staff)
        leave = TouchButton(self.tr("Close the kiosk"), name="exitKiosk")
        leave.clicked.connect(self._exit)
        row.addWidget(leave)
        self.body.addWidget(self.menu)
        self.cancel = TouchButton(self.tr("Back to the kiosk"), role="quiet", name="staffCancel")
        self.cancel.clicked.connect(self.close_panel)
        self.body.addWidget(self.cancel)

    def start(self) -> None:
        """Open at an empty user name box."""
        self._member = None
        self.menu.hide()
        self.panel.show()
        self.panel.start()
        self.open()

    @Slot()
    def close_panel(self) -> None:
        """Close and forget who signed in."""
        self._member = None
        if self.isVisible():
            self.hide()
            self.closed.emit()

    @Slot(object)
    def _signed_in(self, member: StaffMember) -> None:
        self._member = member
        self.greeting.setText(self.tr("Hello, {0}").format(member.display_name))
        self.panel.hide()
        self.menu.show()

    @Slot()
    def _exit(self) -> None:
        if self._member is not None:
            self.exit_requested.emit(self._member)

    @Slot()
    def _staff_screen(self) -> None:
        if self._member is not None:
            self.staff_screen_requested.emit(self._member)
