"""Qt's own messages go to the kiosk's log, where IT looks, not to a console nobody reads."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from kiosk.setup.places import debug_requested

log = logging.getLogger("qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# The offscreen platform (the self-test, a headless check) says this of every
# window it shows; it means nothing there.
HARMLESS = ("This plugin does not support propagateSizeHints",)


def private(category: str | None) -> bool:
    """Qt's input logging (switched on by QT_LOGGING_RULES) can hold what a client typed."""
    return bool(category) and any(
        word in str(category) for word in ("input", "key", "pointer", "touch", "xkb")
    )


def route_qt_messages() -> None:
    """Send Qt's messages to the log; with CLINIC_KIOSK_DEBUG, also how Qt finds its plugins.

    Call before the QApplication exists, so that plugin loading is reported,
    and call `stop_routing_qt_messages` when the event loop has ended: Qt
    still speaks while Python shuts down, when no Python code may run.
    """
    if debug_requested():
        os.environ.setdefault("QT_DEBUG_PLUGINS", "1")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(HARMLESS) or private(context.category):
            return
        log.log(LEVELS.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def stop_routing_qt_messages() -> None:
    """Give Qt's messages back to Qt (which prints them to the console)."""
    qInstallMessageHandler(None)
