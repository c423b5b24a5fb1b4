"""Headless commands for a clinic server: the database roles' least privileges."""

from __future__ import annotations

import argparse

from kiosk.cli.problems import EXIT_CONTENT, CommandError
from kiosk.cli.store_commands import opened, settings
from kiosk.store.server_roles import (
    KIOSK_ROLE,
    STAFF_ROLE,
    RoleNameError,
    apply_roles,
    checked,
    roles_script,
)


def server_roles_command(args: argparse.Namespace) -> int:
    """Print (or, with --apply, run as the tables' owner) the roles' privileges."""
    try:
        kiosk, staff = checked(args.kiosk_role), checked(args.staff_role)
    except RoleNameError as error:
        raise CommandError(str(error)) from None
    if not args.apply:
        print(roles_script(kiosk, staff), end="")
        return 0
    config = settings()
    with opened(config):
        try:
            apply_roles(kiosk, staff)
        except RoleNameError as error:
            raise CommandError(str(error), EXIT_CONTENT) from None
    print(f"The roles {kiosk} (kiosks) and {staff} (staff computers) have their privileges.")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The clinic server's commands."""
    roles = commands.add_parser(
        "server-roles",
        help="the kiosk's and the staff's least privileges on a clinic server (SQL, or --apply)",
    )
    roles.add_argument("--kiosk-role", default=KIOSK_ROLE, help=f"default {KIOSK_ROLE}")
    roles.add_argument("--staff-role", default=STAFF_ROLE, help=f"default {STAFF_ROLE}")
    roles.add_argument(
        "--apply",
        action="store_true",
        help="run it on the configured server (as the tables' owner) instead of printing it",
    )
    roles.set_defaults(run=server_roles_command)
