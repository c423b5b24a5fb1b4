"""The installation's settings, from settings.toml and CLINIC_KIOSK_* variables, checked."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.setup.settings import (
    Settings,
    SettingsError,
    config_dir,
    data_dir,
    load_settings,
    settings_file,
)

HEADER = "# This kiosk's settings\n"


@dataclass(frozen=True)
class Bad:
    """A value a setting refuses, as written in the file and in a variable, and why."""

    setting: str
    in_file: str
    in_variable: str
    problem: str
    # How the line shows the variable's value when it would not be seen plain.
    variable_shown: str | None = None


BAD = [
    Bad("draft_hours", "0", "0", "must be at least 1"),
    Bad("draft_hours", "169", "169", "must be at most 168"),
    Bad("draft_hours", "1.5", "1.5", "must be a whole number"),
    Bad("busy_timeout_seconds", "0", "0", "must be at least 1"),
    Bad("busy_timeout_seconds", "0.5", "0.5", "must be at least 1"),
    Bad("busy_timeout_seconds", "121", "121", "must be at most 120"),
    Bad("busy_timeout_seconds", "nan", "nan", "must be a finite number"),
    Bad("busy_timeout_seconds", "15", "fifteen", "must be a number"),
    Bad("retention_days", "364", "364", "must be at least 365"),
    Bad("retention_days", "36501", "36501", "must be at most 36500"),
    Bad("staff_lock_minutes", "0", "0", "must be at least 1"),
    Bad("staff_lock_minutes", "61", "61", "must be at most 60"),
    Bad("kiosk_id", '""', "", "must not be empty", '""'),
    Bad("kiosk_id", '" front"', " front", "must not begin or end with a space", '" front"'),
    Bad(
        "kiosk_id",
        '"front\\tdesk"',
        "front\tdesk",
        "must be printable text on one line",
        '"front\\tdesk"',
    ),
    Bad("kiosk_id", '"' + "k" * 65 + '"', "k" * 65, "must be at most 64 characters"),
    Bad("content_dir", '"content"', "content", "must be an absolute path (or empty)"),
    Bad(
        "audit_key_file",
        '"keys/audit.key"',
        "keys/audit.key",
        "must be an absolute path (or empty)",
    ),
    Bad(
        "database_url",
        '"postgresql://kiosk@/kiosk"',
        "postgresql://kiosk@/kiosk",
        "must name the server and the database, such as postgresql://user@host/kiosk",
    ),
    Bad(
        "database_url",
        '"postgresql://kiosk@db:port/kiosk"',
        "postgresql://kiosk@db:port/kiosk",
        "the server's port must be a number",
    ),
    Bad(
        "database_url",
        '"kiosk.sqlite3"',
        "kiosk.sqlite3",
        "must be empty (SQLite in the data folder), sqlite:////srv/clinic/kiosk.sqlite3 "
        "or postgresql://user@host/kiosk",
    ),
]
# A value that is no number in the file is caught by TOML itself.
BAD_IN_FILE = [bad for bad in BAD if bad.in_variable != "fifteen"]
# A variable is always text, so what is wrong with a text setting's value differs.
BAD_IN_VARIABLE = [bad for bad in BAD if bad.in_file != "15"]


def written(text: str) -> Path:
    """settings.toml in the test's config folder, holding `text`."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refusal() -> str:
    with pytest.raises(SettingsError) as refused:
        load_settings()
    message = str(refused.value)
    assert "\n" not in message
    return message


@pytest.mark.skipif(os.name == "nt", reason="the example URL is a Windows path there")
@pytest.mark.parametrize("bad", BAD_IN_FILE, ids=lambda bad: f"{bad.setting}={bad.in_file}")
def test_a_bad_value_in_the_file_is_named_with_its_line(bad: Bad) -> None:
    path = written(f'{HEADER}printer = "Front desk"\n{bad.setting} = {bad.in_file}\n')

    assert refusal() == (
        f"settings: {bad.setting} = {bad.in_file} in {path}, line 3: {bad.problem}"
    )


@pytest.mark.skipif(os.name == "nt", reason="the example URL is a Windows path there")
@pytest.mark.parametrize(
    "bad", BAD_IN_VARIABLE, ids=lambda bad: f"{bad.setting}={bad.in_variable!r}"
)
def test_a_bad_value_in_a_variable_is_named_with_the_variable(
    bad: Bad, monkeypatch: pytest.MonkeyPatch
) -> None:
    variable = f"CLINIC_KIOSK_{bad.setting.upper()}"
    monkeypatch.setenv(variable, bad.in_variable)

    shown = bad.variable_shown or bad.in_variable
    assert refusal() == (
        f"settings: {bad.setting} = {shown} in environment variable {variable}: {bad.problem}"
    )


@pytest.mark.parametrize("url", ["sqlite:///kiosk.sqlite3", "sqlite:///x", "sqlite://db/x.sqlite3"])
def test_an_sqlite_url_without_an_absolute_path_is_refused(url: str) -> None:
    # sqlite:///x put the database at the filesystem's root.
    path = written(f'database_url = "{url}"\n')

    message = refusal()

    assert message.startswith(f'settings: database_url = "{url}" in {path}, line 1: ')
    assert "write the database file's absolute path, such as sqlite:///" in message


def test_a_password_in_a_database_url_is_not_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLINIC_KIOSK_DATABASE_URL", "postgresql://kiosk:s3cret@db:x/kiosk")

    message = refusal()

    assert "s3cret" not in message
    assert "postgresql://kiosk:***@db:x/kiosk" in message


def test_an_unknown_setting_is_named_with_the_closest_one() -> None:
    path = written(f"{HEADER}draft_hour = 12\n")

    assert refusal() == (
        f"settings: draft_hour = 12 in {path}, line 2: "
        "there is no such setting; did you mean draft_hours?"
    )


def test_an_unknown_table_is_refused_too() -> None:
    path = written(f'{HEADER}\n[server]\nurl = "postgresql://db/kiosk"\n')

    assert refusal() == (
        f"settings: server = {{...}} in {path}, line 3: there is no such setting; "
        "the settings are audit_key_file, busy_timeout_seconds, content_dir, database_url, "
        "draft_hours, kiosk_id, mail_from, mail_host, mail_password_file, mail_port, "
        "mail_protect_with_birth_date, mail_security, mail_user, offer_unreviewed_languages, "
        "printer, retention_days, staff_lock_minutes"
    )


def test_a_file_that_is_not_toml_is_named_with_the_place_of_the_mistake() -> None:
    path = written(f'{HEADER}kiosk_id = "front"\ndraft_hours = \n')

    message = refusal()

    assert message.startswith(f"settings: {path} is not valid TOML: ")
    assert message.endswith("(at line 3, column 15)")


def test_a_file_that_is_not_text_is_refused() -> None:
    path = written("")
    path.write_bytes(b"kiosk_id = '\xff\xfe'\n")

    assert refusal() == f"settings: {path} is not UTF-8 text"


def test_a_folder_in_the_settings_file_s_place_is_refused() -> None:
    path = settings_file()
    path.mkdir(parents=True)

    assert refusal() == f"settings: {path} cannot be read: it is a folder, not a file"


def test_without_file_or_variables_the_defaults_hold() -> None:
    assert not settings_file().exists()

    settings = load_settings()

    assert settings.kiosk_id == socket.gethostname()
    assert settings.database_url == ""
    assert settings.database_path() == data_dir() / "consultations.sqlite3"
    assert settings.audit_key_path() == config_dir() / "audit.key"
    assert (settings.retention_days, settings.draft_hours) == (2920, 24)
    assert (settings.busy_timeout_seconds, settings.staff_lock_minutes) == (15.0, 5)
    assert (settings.content_dir, settings.printer) == ("", "")


def test_a_good_file_is_taken_whole(tmp_path: Path) -> None:
    written(
        f"{HEADER}"
        f'database_url = "sqlite:///{tmp_path / "clinic.sqlite3"}"\n'
        'kiosk_id = "Front desk 2"\n'
        f'content_dir = "{tmp_path / "content"}"\n'
        'printer = "Front desk laser"\n'
        "retention_days = 3650\n"
        "draft_hours = 48\n"
        "busy_timeout_seconds = 30.5\n"
        "staff_lock_minutes = 10\n"
        f'audit_key_file = "{tmp_path / "audit.key"}"\n'
    )

    settings = load_settings()

    assert settings.database_url == f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    assert settings.kiosk_id == "Front desk 2"
    assert settings.content_dir == str(tmp_path / "content")
    assert settings.printer == "Front desk laser"
    assert (settings.retention_days, settings.draft_hours) == (3650, 48)
    assert (settings.busy_timeout_seconds, settings.staff_lock_minutes) == (30.5, 10)
    assert settings.audit_key_path() == tmp_path / "audit.key"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////srv/clinic/kiosk.sqlite3",
        "apsw:////srv/clinic/kiosk.sqlite3",
        "postgresql://kiosk@db.clinic.local/kiosk",
        "postgres://kiosk:pw@db:5432/kiosk",
    ],
)
def test_absolute_sqlite_and_server_urls_are_accepted(url: str) -> None:
    if os.name == "nt" and url.startswith(("sqlite", "apsw")):
        url = url.replace("////srv", "///C:/srv")
    written(f'database_url = "{url}"\n')

    assert load_settings().database_url == url


def test_a_path_may_start_at_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    written('content_dir = "~/content"\n')

    assert load_settings().content_dir == str(tmp_path / "content")


def test_a_variable_overrides_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    written('draft_hours = 48\nkiosk_id = "from-file"\n')
    monkeypatch.setenv("CLINIC_KIOSK_DRAFT_HOURS", "12")

    settings = load_settings()

    assert settings.draft_hours == 12
    assert settings.kiosk_id == "from-file"


def test_a_bad_variable_is_blamed_even_over_a_good_file(monkeypatch: pytest.MonkeyPatch) -> None:
    written("draft_hours = 48\n")
    monkeypatch.setenv("CLINIC_KIOSK_DRAFT_HOURS", "0")

    assert refusal() == (
        "settings: draft_hours = 0 in environment variable CLINIC_KIOSK_DRAFT_HOURS: "
        "must be at least 1"
    )


def test_variables_that_are_not_settings_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The folders, the debug switch and the bundle's build switch share the prefix.
    monkeypatch.setenv("CLINIC_KIOSK_DEBUG", "1")
    monkeypatch.setenv("CLINIC_KIOSK_BUILD_DEBUG", "1")

    assert load_settings().draft_hours == 24


def test_settings_built_in_code_read_neither_file_nor_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written('kiosk_id = "from-file"\ndraft_hours = 48\n')
    monkeypatch.setenv("CLINIC_KIOSK_KIOSK_ID", "from-environment")
    monkeypatch.setenv("CLINIC_KIOSK_DRAFT_HOURS", "12")

    assert Settings().kiosk_id == socket.gethostname()
    assert Settings().draft_hours == 24
    assert Settings(kiosk_id="kiosk-test").kiosk_id == "kiosk-test"


def test_settings_built_in_code_are_checked_and_cannot_change() -> None:
    with pytest.raises(ValidationError, match="draft_hours"):
        Settings(draft_hours=0)
    with pytest.raises(ValidationError, match="not_a_setting"):
        Settings(not_a_setting=1)  # type: ignore[call-arg]
    settings = Settings(kiosk_id="kiosk-test")
    with pytest.raises(ValidationError, match="frozen"):
        settings.kiosk_id = "another"  # type: ignore[misc]


def clinic_kiosk() -> str:
    """The installed `clinic-kiosk` program beside this Python."""
    folder = Path(sys.executable).parent
    return str(folder / ("clinic-kiosk.exe" if os.name == "nt" else "clinic-kiosk"))


@pytest.mark.parametrize("where", ["file", "variable"])
def test_a_command_stops_with_one_line_on_a_bad_setting(where: str, tmp_path: Path) -> None:
    env = dict(os.environ)
    if where == "file":
        path = written(f"{HEADER}draft_hours = 0\n")
        expected = f"settings: draft_hours = 0 in {path}, line 2: must be at least 1"
    else:
        env["CLINIC_KIOSK_DRAFT_HOURS"] = "0"
        expected = (
            "settings: draft_hours = 0 in environment variable CLINIC_KIOSK_DRAFT_HOURS: "
            "must be at least 1"
        )

    done = subprocess.run(
        [clinic_kiosk(), "find", "Ana"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )

    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [f"clinic-kiosk find: {expected}"]
    # It stopped before touching the database.
    assert not (data_dir() / "consultations.sqlite3").exists()


def test_a_mail_server_without_a_sender_address_is_refused_in_one_line() -> None:
    written(f'{HEADER}mail_host = "mail.example.org"\n')

    message = refusal()

    assert "mail_from" in message
    assert "mail_host" in message


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('mail_from = "not an address"', "must be an email address"),
        ("mail_port = 70000", "mail_port"),
        ('mail_security = "ssl"', "mail_security"),
        ('mail_host = "mail server"', "mail server's name"),
    ],
)
def test_a_wrong_mail_setting_is_refused(line: str, words: str) -> None:
    written(f"{HEADER}{line}\n")

    assert words in refusal()


def test_the_kiosk_offers_email_only_with_a_mail_server() -> None:
    written(f'{HEADER}mail_host = "mail.example.org"\nmail_from = "plans@example.org"\n')

    assert load_settings().offers_email
    assert not Settings().offers_email
