"""Who may do what at the staff desk: one table of roles and their permissions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kiosk.store.staff import Role, StaffMember


class Permission(StrEnum):
    """A kind of staff action."""

    VIEW = "view"  # open a consultation, search for a client
    NOTE = "note"
    MARK_ARRIVED = "mark_arrived"
    ANSWER_HELP = "answer_help"  # a client asked for help at a kiosk: someone went
    PRINT = "print"  # preview and reprint the handout
    DECIDE = "decide"  # approve, follow up, defer, decline; confirm the skin type
    EXPORT = "export"
    PURGE = "purge"
    ERASE = "erase"
    MANAGE_ACCOUNTS = "manage_accounts"  # add, reset, unlock, list with their locks
    READ_AUDIT = "read_audit"


FRONT_DESK = frozenset(
    {
        Permission.VIEW,
        Permission.NOTE,
        Permission.MARK_ARRIVED,
        Permission.ANSWER_HELP,
        Permission.PRINT,
    }
)

ALLOWED: Mapping[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: FRONT_DESK,
    Role.PRACTITIONER: FRONT_DESK | {Permission.DECIDE},
    Role.ADMIN: frozenset(Permission),
}
"""The one place that says which role may do what (the screens hide buttons by it too)."""


def may(role: Role, permission: Permission) -> bool:
    """Whether a member with `role` may do `permission`."""
    return permission in ALLOWED.get(role, frozenset())


class NotAllowed(PermissionError):
    """A staff member asked for an action their role does not allow.

    Attributes:
        member: who asked.
        permission: what they may not do.
    """

    def __init__(self, member: StaffMember, permission: Permission) -> None:
        super().__init__(
            f"{member.username} ({member.role.value}) may not {permission.value.replace('_', ' ')}"
        )
        self.member = member
        self.permission = permission


COMMAND_LINE = "command-line"


@dataclass(frozen=True)
class CommandLineUser(StaffMember):
    """Whoever runs `clinic-kiosk` on this computer: an admin, named in the audit by their login.

    The command line works on the database file and the audit key directly:
    anyone who can run it can already read both, so a PIN would protect
    nothing, and the first admin account is made with it when there is none.
    Its actions are recorded as COMMAND_LINE, with the operating-system user.

    Attributes:
        os_user: the login that ran the command.
    """

    os_user: str = ""


def command_line_user(os_user: str) -> CommandLineUser:
    """The member the command line acts as."""
    return CommandLineUser(COMMAND_LINE, f"Command line ({os_user})", Role.ADMIN, os_user)
