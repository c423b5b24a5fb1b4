"""Test set-up shared by every test: Qt runs offscreen, and tests under ui/ are marked gui."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.setup.logs import stop_logging
from kiosk.setup.settings import Settings

# Before any Qt import: the suite never needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

UI_TESTS = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that need Qt, so `pytest -m "not gui"` runs the pure core alone."""
    for item in items:
        if UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders, never the real ones."""
    home = tmp_path / "kiosk-home"
    for name in ("DATA_DIR", "CONFIG_DIR", "LOG_DIR", "CACHE_DIR"):
        monkeypatch.setenv(f"CLINIC_KIOSK_{name}", str(home / name.lower()))
    # Settings a developer may have set for trying the kiosk change what tests see.
    for name in (*Settings.model_fields, "debug"):
        monkeypatch.delenv(f"CLINIC_KIOSK_{name.upper()}", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_leftover_log_handlers() -> Iterator[None]:
    """Remove the log handlers a command installed, so later tests log nowhere stale."""
    yield
    stop_logging()
