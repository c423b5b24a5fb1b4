"""Clients waiting for help at a kiosk, at the top of the staff queue, each with "Answered"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.store.help_requests import OpenHelpRequest
from ui.widgets.basics import TouchButton, clear_layout, label


def help_words(waiting: OpenHelpRequest, now: datetime) -> str:
    """ "Help asked at kiosk <id>, <n> min ago", as the banner and the queue's row say it."""
    return QCoreApplication.translate("HelpBanner", "Help asked at kiosk {0}, {1} min ago").format(
        waiting.request.kiosk_id, waiting.minutes_waiting(now)
    )


class HelpBanner(QFrame):
    """One line per open help request, unmissable; hidden while nobody waits.

    Signals:
        answered(str): staff tapped "Answered" for this request id.
    """

    answered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpBanner")
        self.setProperty("role", "helpBanner")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(18, 12, 18, 12)
        self.lines.setSpacing(8)
        self.hide()

    def show_requests(self, waiting: list[OpenHelpRequest], now: datetime) -> None:
        """Show `waiting` (the oldest first); hide the banner when it is empty."""
        clear_layout(self.lines)
        for one in waiting:
            row = QHBoxLayout()
            words = help_words(one, now)
            if one.request.public_id is None:
                words += " " + self.tr("(before their consultation began)")
            else:
                words += " " + self.tr("(their consultation is marked below)")
            row.addWidget(label(words, "helpLine", name=f"help_{one.request.request_id}"), 1)
            button = TouchButton(self.tr("Answered"), name=f"helpAnswered_{one.request.request_id}")
            button.setProperty("request", one.request.request_id)
            button.clicked.connect(self._answered)
            row.addWidget(button)
            holder = QWidget()
            holder.setLayout(row)
            self.lines.addWidget(holder)
            holder.show()  # at once, not at the next turn of the event loop
        self.setVisible(bool(waiting))

    @Slot()
    def _answered(self) -> None:
        button = self.sender()
        if button is not None:
            self.answered.emit(str(button.property("request")))
