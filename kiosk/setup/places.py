"""Where this installation keeps its files, and the switches read straight from the environment.

Kept apart from the settings (and their validation library) because the
kiosk needs these first: the log opens, and the welcome page is painted,
before the settings are loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "clinic-kiosk"
APP_AUTHOR = "clinic-kiosk"
ENV_PREFIX = "CLINIC_KIOSK_"


def data_dir() -> Path:
    """Where the database and backups live by default."""
    return Path(
        os.environ.get(f"{ENV_PREFIX}DATA_DIR") or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)
    )


def config_dir() -> Path:
    """Where settings.toml and the audit key live."""
    return Path(
        os.environ.get(f"{ENV_PREFIX}CONFIG_DIR")
        or platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)
    )


def log_dir() -> Path:
    """Where the log files go."""
    return Path(
        os.environ.get(f"{ENV_PREFIX}LOG_DIR") or platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)
    )


def cache_dir() -> Path:
    """Where what can be rebuilt is kept between starts (validated content, the welcome page)."""
    return Path(
        os.environ.get(f"{ENV_PREFIX}CACHE_DIR")
        or platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)
    )


def debug_requested() -> bool:
    """CLINIC_KIOSK_DEBUG=1: the detailed log, and Qt's account of its plugins.

    An environment variable rather than a setting, so that IT can switch it on
    for one start of a bundled kiosk without editing anything.
    """
    return os.environ.get(f"{ENV_PREFIX}DEBUG", "") not in ("", "0")


def settings_file() -> Path:
    """The settings file: settings.toml in the platform's config folder."""
    return config_dir() / "settings.toml"


def file_in(folder: Path, name: str) -> str:
    """`name` in `folder`, as a plain string: for files named after a consultation.

    Not a Path: Python's pathlib (3.11) keeps each part of each path it
    makes in the interpreter's table of shared strings. A name used once
    (a new consultation's id) leaves a used slot there when it goes, and
    after about a thousand clients the whole table is rebuilt twice as
    large (1.9 MB more), however few strings it holds.
    """
    return os.path.join(folder, name)
