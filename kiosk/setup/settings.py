"""Settings of this machine (not of the clinic): where data lives, which kiosk this is.

The clinic's own settings (name, prices, waiting periods) are content, in
resources/content/clinic.yaml. These settings belong to one installation and
come from, in order: environment variables, the settings file in the
platform's config folder, the defaults below. Each is checked on load, and
a bad one stops the kiosk with one line naming the setting, its value and
where it was written (see settings_problems.py).
"""

from __future__ import annotations

import math
import os
import re
import socket
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar
from urllib.parse import unquote, urlsplit

from pydantic import AfterValidator, BeforeValidator, Field, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from kiosk.setup.places import (
    ENV_PREFIX,
    config_dir,
    data_dir,
    debug_requested,
    log_dir,
    settings_file,
)
from kiosk.setup.settings_problems import Origins, SettingsError, explain, unreadable

__all__ = [
    "ENV_PREFIX",
    "Settings",
    "SettingsError",
    "config_dir",
    "data_dir",
    "debug_requested",
    "load_settings",
    "log_dir",
    "settings_file",
]


# --- the checks ----------------------------------------------------------------

SQLITE_SCHEMES = ("sqlite", "apsw")
SERVER_SCHEMES = ("postgresql", "postgres")
SQLITE_EXAMPLE = (
    "sqlite:///C:/clinic/kiosk.sqlite3"
    if os.name == "nt"
    else "sqlite:////srv/clinic/kiosk.sqlite3"
)
SERVER_EXAMPLE = "postgresql://user@host/kiosk"


def _not_true_or_false(value: Any) -> Any:
    # TOML's true would otherwise pass as the number 1.
    if isinstance(value, bool):
        raise ValueError("must be a number, not true or false")
    return value


def _finite(value: Any) -> Any:
    value = _not_true_or_false(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value  # pydantic says it is no number
    # Before the range checks, which nan would pass or fail at random.
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return value


def _one_printable_line(value: str) -> str:
    if not value.isprintable():
        raise ValueError("must be printable text on one line")
    if value != value.strip():
        raise ValueError("must not begin or end with a space")
    return value


def _absolute_or_empty(value: str) -> str:
    if not value:
        return value
    try:
        path = Path(value).expanduser()
    except RuntimeError:  # `~` with no home folder to expand it to
        path = Path(value)
    if not path.is_absolute():
        raise ValueError("must be an absolute path (or empty)")
    return str(path)


def _database_url(url: str) -> str:
    if not url:
        return url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SQLITE_SCHEMES:
        # After `sqlite:///` comes the file's own path, as SQLAlchemy and peewee
        # read it; `sqlite:///x` put the database at the filesystem's root.
        if parts.netloc or not Path(unquote(parts.path)[1:]).is_absolute():
            slashes = "" if os.name == "nt" else " (four slashes: three, then the path's own)"
            raise ValueError(
                f"write the database file's absolute path, such as {SQLITE_EXAMPLE}{slashes}"
            )
        return url
    if scheme in SERVER_SCHEMES:
        try:
            parts.port  # noqa: B018  (reading it checks that it is a number)
        except ValueError:
            raise ValueError("the server's port must be a number") from None
        if not parts.hostname or not parts.path.strip("/"):
            raise ValueError(f"must name the server and the database, such as {SERVER_EXAMPLE}")
        return url
    raise ValueError(
        f"must be empty (SQLite in the data folder), {SQLITE_EXAMPLE} or {SERVER_EXAMPLE}"
    )


def _mail_address(value: str) -> str:
    if value and not _MAIL_ADDRESS.match(value):
        raise ValueError("must be an email address, such as plans@example.org (or empty)")
    return value


def _host_or_empty(value: str) -> str:
    if value and not _HOST.match(value):
        raise ValueError("must be the mail server's name or address, such as mail.example.org")
    return value


_MAIL_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HOST = re.compile(r"^[A-Za-z0-9.:\[\]-]{1,253}$")

WholeNumber = Annotated[int, BeforeValidator(_not_true_or_false)]
Seconds = Annotated[float, BeforeValidator(_finite)]
PathOrEmpty = Annotated[str, AfterValidator(_absolute_or_empty)]

# Why the ranges are what they are:
# - retention_days: `purge` deletes every consultation started longer ago, the
#   signed consent with it, awaiting review or not. Health records are kept
#   for years, and a course of treatment with its waiting periods can take
#   months, so less than a year is a slip, not a policy; more than a
#   hundred years is a typo.
# - draft_hours: every kiosk start abandons drafts idle this long; 0 wiped a
#   client still typing at another kiosk. An abandoned draft holds answers
#   given without consent, so a week is the most staff need to follow up.
# - busy_timeout_seconds: under a second, an ordinary concurrent write
#   fails (0 failed 28 % of submissions); beyond two minutes a waiting
#   command or staff action looks hung.
# - staff_lock_minutes: the staff screen shows health data; 0 would lock it
#   at once, more than an hour leaves it open to anyone passing.
RETENTION_DAYS = (365, 100 * 365)
DRAFT_HOURS = (1, 7 * 24)
BUSY_TIMEOUT_SECONDS = (1.0, 120.0)
STAFF_LOCK_MINUTES = (1, 60)


class MailSecurity(StrEnum):
    """How the connection to the clinic's mail server is protected."""

    STARTTLS = "starttls"  # plain connect, then upgraded (port 587)
    TLS = "tls"  # encrypted from the first byte (port 465)
    NONE = "none"  # only for a server on the clinic's own network


class Settings(BaseSettings):
    """One installation's settings, checked.

    Built in code (tests, the demo, the self-test) a Settings takes only the
    values it is given and the defaults, never the environment or a file:
    `load_settings` is the one place that reads those, so that it can say
    where a bad value came from.

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
        mail_host: the clinic's own mail server; empty: the kiosk offers no email.
        mail_port: its port.
        mail_security: starttls, tls or none.
        mail_user: the account to sign in with (empty: no sign-in).
        mail_password_file: a file holding that account's password (never the
            password itself in the settings).
        mail_from: the address the plans are sent from.
        mail_protect_with_birth_date: the emailed PDF opens only with the
            client's date of birth (DDMMYYYY).
        offer_unreviewed_languages: offer a language whose translation is
            complete but not yet signed off by a reviewer (for trying
            translations out; `--demo` turns it on).
    """

    model_config: ClassVar[SettingsConfigDict] = SettingsConfigDict(
        env_prefix=ENV_PREFIX, extra="forbid", frozen=True
    )

    database_url: Annotated[str, AfterValidator(_database_url)] = ""
    kiosk_id: Annotated[
        str, Field(min_length=1, max_length=64), AfterValidator(_one_printable_line)
    ] = Field(default_factory=socket.gethostname)
    content_dir: PathOrEmpty = ""
    printer: Annotated[str, AfterValidator(_one_printable_line)] = ""
    retention_days: Annotated[WholeNumber, Field(ge=RETENTION_DAYS[0], le=RETENTION_DAYS[1])] = (
        8 * 365
    )
    draft_hours: Annotated[WholeNumber, Field(ge=DRAFT_HOURS[0], le=DRAFT_HOURS[1])] = 24
    busy_timeout_seconds: Annotated[
        Seconds,
        Field(ge=BUSY_TIMEOUT_SECONDS[0], le=BUSY_TIMEOUT_SECONDS[1]),
    ] = 15.0
    staff_lock_minutes: Annotated[
        WholeNumber, Field(ge=STAFF_LOCK_MINUTES[0], le=STAFF_LOCK_MINUTES[1])
    ] = 5
    audit_key_file: PathOrEmpty = ""
    mail_host: Annotated[str, AfterValidator(_host_or_empty)] = ""
    mail_port: Annotated[WholeNumber, Field(ge=1, le=65535)] = 587
    mail_security: MailSecurity = MailSecurity.STARTTLS
    mail_user: Annotated[str, AfterValidator(_one_printable_line)] = ""
    mail_password_file: PathOrEmpty = ""
    mail_from: Annotated[str, AfterValidator(_mail_address)] = ""
    mail_protect_with_birth_date: bool = False
    offer_unreviewed_languages: bool = False

    @model_validator(mode="after")
    def _mail_complete(self) -> Settings:
        if self.mail_host and not self.mail_from:
            raise ValueError("mail_from: give the address plans are sent from with mail_host")
        if self.mail_password_file and not self.mail_user:
            raise ValueError("mail_user: give the account that the password file is for")
        return self

    @property
    def offers_email(self) -> bool:
        """A mail server is set: the kiosk may offer to email a plan."""
        return bool(self.mail_host)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Only what the caller gives: load_settings gathers the environment
        # and the file itself, and knows which value came from where.
        return (init_settings,)

    def audit_key_path(self) -> Path:
        """Where the audit key is kept."""
        return Path(self.audit_key_file) if self.audit_key_file else config_dir() / "audit.key"

    def database_path(self) -> Path:
        """The SQLite file used when no database URL is set."""
        return data_dir() / "consultations.sqlite3"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from the environment, the settings file and the defaults.

    Raises SettingsError, whose message is one line naming the setting, the
    value and where it was written, when any of them cannot be used.
    """
    path = settings_file() if path is None else path
    try:
        written = TomlConfigSettingsSource(Settings, toml_file=path)()
    except (OSError, ValueError) as error:  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        raise unreadable(path, error) from None
    if path.exists() and not path.is_file():
        raise unreadable(path, IsADirectoryError("it is a folder, not a file"))
    environment = EnvSettingsSource(Settings)()
    try:
        return Settings(**(written | environment))
    except ValidationError as error:
        raise explain(
            error,
            Origins(path, written, environment, ENV_PREFIX, tuple(sorted(Settings.model_fields))),
        ) from None
