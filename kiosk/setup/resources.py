"""Finds the files in resources/, from a source checkout or an installed bundle."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from pathlib import Path


def bundle_folder() -> Path | None:
    """The folder of the bundled program's own files, or None when running from source.

    PyInstaller sets `sys._MEIPASS` to it (the `_internal` folder beside the
    executable, in a one-folder bundle).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def program_folder() -> Path:
    """The folder a new version replaces: the bundle's, or the source checkout's."""
    if bundle_folder() is not None:
        return Path(sys.executable).resolve().parent
    return Path(str(resources.files("resources"))).resolve().parent


@cache
def resource_path(*parts: str) -> Path:
    """The path of a file or folder under resources/, from source or from the bundle.

    Worked out once per run for each file: the pages ask for their icons
    with every client, and each path made anew left slots behind in
    Python's table of shared strings (see kiosk.setup.places.file_in).
    """
    bundle = bundle_folder()
    base = bundle / "resources" if bundle else Path(str(resources.files("resources")))
    return base.joinpath(*parts)
