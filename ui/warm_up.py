"""Loads, on a thread of its own, the code a kiosk needs later, while it waits for a client.

The staff screen and the printout bring a good deal of code (the staff
pages, reportlab) that the kiosk does not import to start: the first staff
member to open the screen, or the first client to print, would wait for it.
Imported on a thread as soon as the kiosk is open, it is ready by then;
the welcome page meanwhile answers taps as usual (importing only defines
classes and functions; no widget is made off the screen's thread).
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)

STAFF_SCREEN = ("kiosk.consultation.desk", "ui.staff.window")
PRINTOUT = ("kiosk.handout.render", "ui.pdf_pages")


def warm_up(modules: Sequence[str]) -> threading.Thread:
    """Import `modules` on a daemon thread (started); a failure is only logged."""
    thread = threading.Thread(target=_import_all, args=(tuple(modules),), name="warm-up")
    thread.daemon = True
    thread.start()
    return thread


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as error:  # it will be imported again, and fail plainly, when used
            log.warning("could not load %s ahead of use: %s", name, type(error).__name__)
