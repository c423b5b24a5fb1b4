"""The names of the headless commands, known without importing any of them."""

from __future__ import annotations

# ui.main reads this before choosing between a command and a window; the
# commands themselves (reportlab, the store) are imported only when one runs.
HEADLESS_COMMANDS = frozenset(
    {
        "check-content",
        "screen",
        "handout",
        "backup",
        "restore",
        "export",
        "purge",
        "erase",
        "find",
        "staff-user",
        "verify-audit",
        "outbox",
        "migrate",
        "server-roles",
        "translations",
    }
)
