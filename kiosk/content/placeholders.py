"""Placeholders in a rule's client text that name what the client told us: {linkId|fallback}."""

from __future__ import annotations

import re
from dataclasses import dataclass

# {anticoagulant_kind|your medicine}: the chosen option's words, or the
# fallback when the question was not answered (it is optional, or hidden).
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\|([^{}|]+)\}")


@dataclass(frozen=True)
class Placeholder:
    """One placeholder: the question whose answer fills it, and the words used without one."""

    link_id: str
    fallback: str


def placeholders(text: str) -> tuple[Placeholder, ...]:
    """The placeholders in `text`, in order."""
    return tuple(Placeholder(m.group(1), m.group(2)) for m in PLACEHOLDER.finditer(text))


def stray_braces(text: str) -> bool:
    """Whether a brace is left once the placeholders are taken out (a mistyped one)."""
    rest = PLACEHOLDER.sub("", text)
    return "{" in rest or "}" in rest
