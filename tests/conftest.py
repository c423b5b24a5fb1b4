"""Test set-up shared by every test: Qt runs offscreen, and tests under ui/ are marked gui."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before any Qt import: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UI_TESTS = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that need Qt, so `pytest -m "not gui"` runs the pure core alone."""
    for item in items:
        if UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)
