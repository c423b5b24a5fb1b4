"""What the screen shows when the kiosk cannot start: a calm word for clients, the reason for staff.

A kiosk run by a supervisor (a systemd service, Windows Shell Launcher)
that simply exited would be started again and again, flashing an empty
screen. Instead this notice stays up until someone taps "Try again", which
exits so that the supervisor starts the kiosk afresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLayout, QVBoxLayout, QWidget

from ui.widgets.basics import TouchButton, card, label

# Enough problems to act on; the log has every one.
SHOWN_PROBLEMS = 6


@dataclass
class CannotStart(Exception):
    """The kiosk cannot start; `reason` is one plain sentence, `problems` the details."""

    reason: str
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.reason


class CannotStartNotice(QWidget):
    """The full-screen notice: clients are sent to the front desk, staff read why."""

    try_again = Signal()

    def __init__(self, failure: CannotStart, log_file: Path | None) -> None:
        super().__init__()
        self.setObjectName("kioskRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("The kiosk cannot start"))
        outer = QVBoxLayout(self)
        # Wrapped lines ask for their height at a narrow width; the screen's
        # own width decides instead, so the notice fits a 1280x800 screen.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(80, 60, 80, 60)
        outer.setSpacing(28)
        outer.addStretch(1)
        outer.addWidget(label(self.tr("Sorry, this kiosk is not available just now."), "title"))
        outer.addWidget(
            label(self.tr("Please ask at the front desk. We will be glad to help."), "subtitle")
        )
        outer.addSpacing(24)

        staff: QFrame = card("staffReason")
        column = QVBoxLayout(staff)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        column.addWidget(label(self.tr("For staff: the kiosk could not start."), "question"))
        column.addWidget(label(failure.reason, "problem", name="reason"))
        for problem in failure.problems[:SHOWN_PROBLEMS]:
            column.addWidget(label(problem, "muted"))
        hidden = len(failure.problems) - SHOWN_PROBLEMS
        if hidden > 0:
            column.addWidget(label(self.tr("…and %n more.", "", hidden), "muted"))
        where = str(log_file) if log_file else self.tr("the console")
        column.addWidget(
            label(
                self.tr(
                    "Every detail is in the log: {0}. Once it is put right, tap Try again."
                ).format(where),
                "help",
            )
        )
        outer.addWidget(staff)
        retry = TouchButton(self.tr("Try again"), role="primary", name="tryAgain")
        retry.setMinimumWidth(260)
        retry.clicked.connect(self.try_again)
        outer.addWidget(retry, 0, Qt.AlignmentFlag.AlignRight)
        outer.addStretch(1)
