"""Notices a client who walked away: "Are you still there?", then a full reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui.widgets.basics import TouchButton, label
from ui.widgets.overlay import Overlay

INPUT = (QInputEvent,)
ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class StillThereOverlay(Overlay):
    """The full-window question, with a countdown, "still here" and "clear my answers now".

    Signals:
        kept(): the client tapped; carry on.
        expired(): nobody tapped before the countdown ended.
    """

    kept = Signal()
    expired = Signal()

    def __init__(self, window: QWidget, seconds: int) -> None:
        super().__init__(window, "stillThere")
        self.seconds = seconds
        self._left = seconds
        self.question = label("", "title", name="idleQuestion")
        self.body.addWidget(self.question)
        self.countdown = label("", "subtitle", name="idleCountdown")
        self.body.addWidget(self.countdown)
        self.stay = TouchButton(role="primary", name="stillHereButton")
        self.stay.setMinimumHeight(88)
        self.body.addWidget(self.stay)
        self.stay.clicked.connect(self._keep)
        self.clear_now = TouchButton(role="quiet", name="clearNowButton")
        self.clear_now.clicked.connect(self._clear_now)
        self.body.addWidget(self.clear_now)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retranslate()

    def retranslate(self) -> None:
        """The words in the client's language of the moment."""
        self.question.setText(self.tr("Are you still there?"))
        for button, words in (
            (self.stay, self.tr("Yes, I am still here")),
            (self.clear_now, self.tr("Clear my answers now")),
        ):
            button.setText(words)
            button.setAccessibleName(words)
        self._show_left()

    def start(self) -> None:
        """Show the question and start counting down."""
        self._left = self.seconds
        self._show_left()
        self.open()
        self._tick.start()

    def stop(self) -> None:
        """Hide without a decision (a reset is under way)."""
        self._tick.stop()
        self.hide()

    @Slot()
    def _keep(self) -> None:
        self.stop()
        self.kept.emit()

    @Slot()
    def _clear_now(self) -> None:
        # The client is done: the same full reset as when the countdown ends.
        self.stop()
        self.expired.emit()

    @Slot()
    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.expired.emit()
        else:
            self._show_left()

    def _show_left(self) -> None:
        self.countdown.setText(
            self.tr(
                "For your privacy, your answers will be cleared in %n second(s).", "", self._left
            )
        )

    def mousePressEvent(self, event: object) -> None:
        # A tap anywhere on the dimmed screen counts as "still here".
        self._keep()


class IdleWatcher(QObject):
    """Watches every touch and key in the application.

    After `timeout_seconds` without one, while enabled, it emits `idle`.

    Signals:
        idle(): nobody has touched the screen for the timeout.
    """

    idle = Signal()

    def __init__(self, timeout_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_seconds * 1000)
        self.timer.timeout.connect(self.idle)
        self._enabled = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_enabled(self, enabled: bool) -> None:
        """Watch (a client is answering) or rest (the welcome or thank-you screen)."""
        self._enabled = enabled
        if enabled:
            self.timer.start()
        else:
            self.timer.stop()

    @property
    def enabled(self) -> bool:
        return self._enabled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the cheap tests first.
        if self._enabled and isinstance(event, INPUT) and event.type() in ACTIVITY:
            self.timer.start()
        return False
