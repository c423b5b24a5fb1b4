"""A setting that cannot be used, said in one line: the setting, its value, where it was written."""

from __future__ import annotations

import difflib
import json
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError


class SettingsError(ValueError):
    """The settings cannot be used; the message is one line, starting `settings: `.

    It names the setting, the value and where it was written (the settings
    file and line, or the environment variable), or the file that cannot be read.
    """


@dataclass(frozen=True)
class Origins:
    """Where the values being checked came from.

    Attributes:
        path: the settings file.
        written: the values read from it, by setting.
        environment: the values read from environment variables, by setting.
        env_prefix: what those variables' names begin with.
        known: the names of the settings there are.
    """

    path: Path
    written: Mapping[str, Any]
    environment: Mapping[str, Any]
    env_prefix: str
    known: tuple[str, ...]


def unreadable(path: Path, error: Exception) -> SettingsError:
    """The settings file exists but cannot be read as TOML."""
    if isinstance(error, tomllib.TOMLDecodeError):
        why = f"is not valid TOML: {error}"
    elif isinstance(error, UnicodeDecodeError):
        why = "is not UTF-8 text"
    elif isinstance(error, OSError):
        why = f"cannot be read: {error.strerror or error}"
    else:
        why = f"cannot be read: {error}"
    return SettingsError(_one_line(f"settings: {path} {why}"))


def explain(error: ValidationError, origins: Origins) -> SettingsError:
    """The first problem pydantic found, in the kiosk's words."""
    detail = error.errors(include_url=False)[0]
    name = str(detail["loc"][0]) if detail["loc"] else ""
    from_environment = _key(origins.environment, name)
    if from_environment is not None:
        value = _shown_from_environment(name, origins.environment[from_environment])
        where = f"environment variable {_variable(name, origins.env_prefix)}"
    else:
        from_file = _key(origins.written, name)
        written = detail["input"] if from_file is None else origins.written[from_file]
        value = _shown_from_file(name, written)
        line = _line_of(origins.path, from_file or name)
        where = f"{origins.path}" if line is None else f"{origins.path}, line {line}"
    problem = _plain(detail, name, origins)
    return SettingsError(_one_line(f"settings: {name} = {value} in {where}: {problem}"))


def _key(values: Mapping[str, Any], name: str) -> str | None:
    # Keys match settings whatever their case, as pydantic-settings reads them.
    return next((key for key in values if key.lower() == name.lower()), None)


def _variable(name: str, prefix: str) -> str:
    wanted = (prefix + name).upper()
    return next((key for key in os.environ if key.upper() == wanted), wanted)


def _line_of(path: Path, key: str) -> int | None:
    """The line where `key` is set (or its table begins), found by a plain scan."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    quoted = re.escape(key)
    pattern = re.compile(
        rf"""^\s*(\[\s*)?(?:{quoted}|"{quoted}"|'{quoted}')\s*[=.\]]""", re.IGNORECASE
    )
    return next((number for number, text in enumerate(lines, 1) if pattern.match(text)), None)


def _shown_from_file(name: str, value: Any) -> str:
    """The value as TOML writes it, so that it reads like the line in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{...}"
    if isinstance(value, float):
        return repr(value)  # inf and nan as TOML writes them
    if isinstance(value, str):
        return json.dumps(_masked(name, value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, default=str)


def _shown_from_environment(name: str, value: Any) -> str:
    """The variable's text as it is, quoted only when it would otherwise not be seen."""
    text = _masked(name, str(value))
    if not text or text != text.strip() or not text.isprintable():
        return json.dumps(text, ensure_ascii=False)
    return text


def _masked(name: str, value: str) -> str:
    # A server URL may carry a password; the line goes to the screen and the log.
    if name != "database_url":
        return value
    try:
        parts = urlsplit(value)
        if parts.password is None:
            return value
    except ValueError:
        return value
    return value.replace(f":{parts.password}@", ":***@", 1)


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


_MESSAGES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "greater_than_equal": lambda ctx: f"must be at least {_number(ctx['ge'])}",
    "less_than_equal": lambda ctx: f"must be at most {_number(ctx['le'])}",
    "int_parsing": lambda _ctx: "must be a whole number",
    "int_type": lambda _ctx: "must be a whole number",
    "int_from_float": lambda _ctx: "must be a whole number",
    "float_parsing": lambda _ctx: "must be a number",
    "float_type": lambda _ctx: "must be a number",
    "finite_number": lambda _ctx: "must be a finite number",
    "string_type": lambda _ctx: "must be text, in quotes",
    "string_too_short": lambda _ctx: "must not be empty",
    "string_too_long": lambda ctx: f"must be at most {ctx['max_length']} characters",
}


def _plain(detail: Any, name: str, origins: Origins) -> str:
    kind = detail["type"]
    if kind == "extra_forbidden":
        return _unknown(name, origins.known)
    make = _MESSAGES.get(kind)
    if make is not None:
        return make(detail.get("ctx", {}))
    message = str(detail["msg"]).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _unknown(name: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name.lower(), known, n=1)
    if close:
        return f"there is no such setting; did you mean {close[0]}?"
    return f"there is no such setting; the settings are {', '.join(known)}"


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")
