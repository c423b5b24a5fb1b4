"""Settings of this machine (not of the clinic): where data lives, which kiosk this is.

The clinic's own settings (name, prices, waiting periods) are content, in
resources/content/clinic.yaml. These settings belong to one installation and
come from, in order: environment variables, the settings file in the
platform's config folder, the defaults below.
"""

from __future__ import annotations

import os
import socket
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "clinic-kiosk"
APP_AUTHOR = "clinic-kiosk"
ENV_PREFIX = "CLINIC_KIOSK_"


class SettingsError(ValueError):
    """The settings file cannot be used; the message names the file and setting."""


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


def debug_requested() -> bool:
    """CLINIC_KIOSK_DEBUG=1: the detailed log, and Qt's account of its plugins.

    An environment variable rather than a setting, so that IT can switch it on
    for one start of a bundled kiosk without editing anything.
    """
    return os.environ.get(f"{ENV_PREFIX}DEBUG", "") not in ("", "0")


@dataclass(frozen=True)
class Settings:
    """One installation's settings.

    Attributes:
        database_url: a peewee database URL; empty means SQLite in the data folder.
        kiosk_id: the name of this kiosk in the records (the host name by default).
        content_dir: a clinic content folder; empty means the built-in one.
        printer: the printer's name; empty means the system default.
        retention_days: how long consultations are kept before `purge` removes them.
        draft_hours: how long an abandoned draft keeps its answers for staff.
        busy_timeout_seconds: how long a write waits for another writer.
        staff_lock_minutes: the staff screen locks itself after this long untouched.
        audit_key_file: the secret that keys the audit trail's hashes; kept
            outside the database (default: audit.key in the config folder).
    """

    database_url: str = ""
    kiosk_id: str = field(default_factory=socket.gethostname)
    content_dir: str = ""
    printer: str = ""
    retention_days: int = 8 * 365
    draft_hours: int = 24
    busy_timeout_seconds: float = 15.0
    staff_lock_minutes: int = 5
    audit_key_file: str = ""

    def audit_key_path(self) -> Path:
        """Where the audit key is kept."""
        return Path(self.audit_key_file) if self.audit_key_file else config_dir() / "audit.key"

    def database_path(self) -> Path:
        """The SQLite file used when no database URL is set."""
        return data_dir() / "consultations.sqlite3"


def settings_file() -> Path:
    """The settings file: settings.toml in the platform's config folder."""
    return config_dir() / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from the environment, the settings file and the defaults."""
    path = settings_file() if path is None else path
    values: dict[str, Any] = {}
    if path.exists():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as error:
            raise SettingsError(f"{path}: {error}") from None
    known = {f.name: f for f in fields(Settings)}
    for name in known:
        env = os.environ.get(ENV_PREFIX + name.upper())
        if env is not None:
            values[name] = env
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise SettingsError(f"{path}: unknown setting '{unknown[0]}'")
    typed: dict[str, Any] = {}
    for name, value in values.items():
        kind = type(getattr(Settings(), name))
        try:
            typed[name] = kind(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{path}: '{name}' should be a {kind.__name__}") from None
    return Settings(**typed)
