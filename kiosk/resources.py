"""Finds the files in resources/, from a source checkout or an installed bundle."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file or folder under resources/.

    In a frozen bundle the resources sit beside the executable's modules
    (`sys._MEIPASS`); otherwise they are the `resources` package's files.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    base = Path(bundle) / "resources" if bundle else Path(str(resources.files("resources")))
    return base.joinpath(*parts)
