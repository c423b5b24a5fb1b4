"""Starting the program: the welcome page first, the rest of the kiosk loaded behind it.

A client only ever sees the welcome page first, and it needs little: the
clinic's name, the languages, the idle times. An earlier start kept those
(kiosk.consultation.quick_start), so a kiosk paints the welcome page from them
with nothing but Qt imported, and only then loads the settings, the
content and the database and opens for clients (ui.app). A tap in between
waits for the kiosk to open. When there is nothing kept (the first start,
or after any change to the settings or content) everything is loaded
first, as for the staff screen and the demo.

A start that fails shows why (ui.cannot_start), whichever way it went.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.consultation.quick_start import recall
from kiosk.setup.logs import FILE_ONLY, configure_logging, log_unhandled_errors
from ui.cannot_start import CannotStart
from ui.qt_messages import route_qt_messages, stop_routing_qt_messages
from ui.theme import apply_theme
from ui.wizard.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.store.database import OpenDatabase
    from ui.cannot_start import CannotStartNotice
    from ui.staff.window import StaffWindow

log = logging.getLogger(__name__)

# Benchmarks and supervisors wait for these lines in the log.
READY = "ready: the %s is on screen"
OPEN = "open: the kiosk takes clients"


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The kiosk's own options."""
    parser = argparse.ArgumentParser(
        prog="clinic-kiosk", description="The clinic's touchscreen kiosk."
    )
    parser.add_argument("screen", nargs="?", choices=["staff"], help="open the staff screen")
    parser.add_argument("--windowed", action="store_true", help="a normal window, for development")
    parser.add_argument(
        "--demo", action="store_true", help="a throw-away clinic with sample consultations"
    )
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    return parser.parse_args(list(argv))


def cover_screen(window: QWidget) -> None:
    """Show `window` over the whole screen, with or without a window manager.

    Full screen is a request to the window manager; a kiosk appliance often
    runs a bare X server with none, where the request alone leaves a small
    window in a corner. So the window also takes the screen's size itself.
    """
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def show_window(window: QWidget, windowed: bool, size: tuple[int, int] = (1280, 800)) -> None:
    """A normal window of `size` for development, else the whole screen."""
    if windowed:
        window.resize(*size)
        window.show()
    else:
        cover_screen(window)


class FirstPaint(QObject):
    """Calls `then` once, right after `widget` is first painted on screen."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After the whole frame: the children paint after their window.
            QTimer.singleShot(0, self.then)
        return False


def unexpected(error: Exception) -> CannotStart:
    """A failure nobody foresaw: its traceback to the log file, its kind to the screen."""
    log.critical("unexpected error while starting", exc_info=error)
    kind = type(error).__name__
    if isinstance(error, OSError):
        # A file or folder that cannot be used: its message names the path, which staff need.
        return CannotStart(f"A file or folder cannot be used ({kind}: {error}).")
    return CannotStart(f"An unexpected error ({kind}); the details are in the log.")


def report_cannot_start(failure: CannotStart, program: str = "kiosk") -> None:
    """Print why the `program` (kiosk, staff screen) cannot start, and log it (once)."""
    print(f"The {program} cannot start: {failure.reason}", file=sys.stderr)
    for problem in failure.problems:
        print(f"  {problem}", file=sys.stderr)
    log.error("cannot start: %s %s", failure.reason, " | ".join(failure.problems), extra=FILE_ONLY)


def present_cannot_start(
    failure: CannotStart, log_file: Path | None, windowed: bool
) -> CannotStartNotice:
    """The notice on screen until staff tap Try again, which ends the event loop with 1.

    Under a supervisor (systemd, Shell Launcher) the kiosk is then started afresh.
    """
    from ui.cannot_start import CannotStartNotice  # noqa: PLC0415

    notice = CannotStartNotice(failure, log_file)
    notice.try_again.connect(lambda: QApplication.exit(1))
    show_window(notice, windowed)
    return notice


def show_cannot_start(failure: CannotStart, log_file: Path | None, windowed: bool) -> int:
    """The notice, in an event loop of its own; the exit status is 1."""
    notice = present_cannot_start(failure, log_file, windowed)
    QApplication.exec()
    notice.close()
    notice.deleteLater()
    return 1


class Start:
    """One start of the program: what is on screen, and the database once open."""

    def __init__(self, options: argparse.Namespace, log_file: Path | None) -> None:
        self.options = options
        self.log_file = log_file
        self.window: KioskWindow | StaffWindow | None = None
        self.db: OpenDatabase | None = None
        self.notice: CannotStartNotice | None = None

    @property
    def shown(self) -> str:
        return "staff screen" if self.options.screen == "staff" else "welcome page"

    def paint_welcome_first(self) -> bool:
        """Paint the welcome page an earlier start kept, if it still holds; open behind it."""
        if self.options.demo or self.options.screen == "staff":
            return False
        front = recall()
        if front is None:
            return False
        window = KioskWindow(front)
        self.window = window
        FirstPaint(window, self._painted_first)
        show_window(window, self.options.windowed)
        return True

    def _painted_first(self) -> None:
        log.info(READY, self.shown)
        # Taps wait in the queue meanwhile; the kiosk acts on them once open.
        QTimer.singleShot(0, self._open_behind)

    def _open_behind(self) -> None:
        if self.open():
            log.info(OPEN)

    def announce_open(self) -> None:
        """Painted with everything loaded already: on screen and open at once."""
        log.info(READY, self.shown)
        if self.options.screen != "staff":
            log.info(OPEN)

    def open(self) -> bool:
        """Load everything and open the screen; False (with the notice on screen) if it cannot."""
        # Imported here: the settings, the content and the database are what take the time.
        from ui.app import open_everything  # noqa: PLC0415

        painted = self.window if isinstance(self.window, KioskWindow) else None
        try:
            self.window, self.db = open_everything(self.options, painted)
        except Exception as error:  # whatever it is, the screen must say so, not go blank
            failure = error if isinstance(error, CannotStart) else unexpected(error)
            staff = self.options.screen == "staff"
            report_cannot_start(failure, "staff screen" if staff else "kiosk")
            # The notice first: closing the last window first could end the program.
            self.notice = present_cannot_start(failure, self.log_file, self.options.windowed)
            if painted is not None:
                painted.may_close = True
                painted.close()
            return False
        return True

    def finish(self) -> None:
        """Let background work end and close the database (after the event loop)."""
        if self.window is not None and self.db is not None:
            from ui.app import stop_screen  # noqa: PLC0415

            stop_screen(self.window)
        if self.db is not None:
            from kiosk.store.database import close_database  # noqa: PLC0415

            close_database(self.db)


def run(argv: Sequence[str]) -> int:
    """Start the kiosk full screen and locked down, or the staff screen."""
    options = parse_arguments(argv)
    log_file = configure_logging(options.verbose)
    log_unhandled_errors()
    route_qt_messages()
    try:
        QApplication.setAttribute(
            Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True
        )
        app = QApplication(sys.argv[:1])
        app.setApplicationName("clinic-kiosk")
        apply_theme(app)
        start = Start(options, log_file)
        if not start.paint_welcome_first():
            if not start.open():
                app.exec()  # the notice, until staff tap Try again
                return 1
            assert start.window is not None
            FirstPaint(start.window, start.announce_open)
        code = app.exec()
        start.finish()
        return int(code)
    finally:
        stop_routing_qt_messages()
