"""Logging to a rotating file in the platform's log folder.

The kiosk's log lines carry ids, counts and versions, never a client's name
or answers; tests check that.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from kiosk.setup.files import make_private, private_folder
from kiosk.setup.places import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Marks the handlers added here, so configuring again replaces them.
OURS = "_clinic_kiosk_handler"
# `extra=FILE_ONLY` keeps a line out of the console, for what was already printed there.
FILE_ONLY = {"file_only": True}


def configure_logging(verbose: bool = False, folder: Path | None = None) -> Path | None:
    """Log to `kiosk.log` (rotated at 1 MB, 5 kept); warnings also to the console.

    Returns the log file, or None when the folder cannot be written (the
    kiosk then logs to the console only, rather than refuse to start).
    """
    stop_logging()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # peewee logs every query with its parameters at DEBUG: names and answers.
    logging.getLogger("peewee").setLevel(logging.INFO)
    console = logging.StreamHandler()
    setattr(console, OURS, True)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    path = (folder or log_dir()) / "kiosk.log"
    try:
        private_folder(path.parent)
        handler = PrivateLogFile(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        root.addHandler(console)
        root.warning("cannot write logs to %s", path.parent)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    # Tracebacks go to the file only; the screen gets the caller's one line.
    console.addFilter(
        lambda record: record.exc_info is None and not getattr(record, "file_only", False)
    )
    setattr(handler, OURS, True)
    # The file first: a line seen on the console is already in the file, even
    # when the kiosk is stopped the moment it appears.
    root.addHandler(handler)
    root.addHandler(console)
    return path


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by its owner only, whatever the umask.

    The log holds no client data, yet staff usernames and consultation ids
    are nobody else's business either.
    """

    def _open(self) -> Any:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        make_private(Path(self.baseFilename))
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def stop_logging() -> None:
    """Close the handlers added by configure_logging (their files can then be removed)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, OURS, False)]:
        root.removeHandler(handler)
        handler.close()


def log_unhandled_errors() -> None:
    """Send any error nothing else caught to the log, rather than a console nobody reads.

    The kiosk keeps running: the client sees the screen as it was, and the
    log holds the traceback (code and line numbers, never a client's answers).
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger("kiosk").critical(
            "unhandled %s", kind.__name__, exc_info=(kind, error, trace)
        )
        # The console shows no tracebacks; one line says where to look.
        print(f"Unexpected error ({kind.__name__}); the details are in the log.", file=sys.stderr)

    sys.excepthook = hook
