"""`staff-user add|reset|unlock|list`: staff accounts from the command line.

PINs are read without echo from the terminal (or one per line from a pipe,
for scripted set-up), never from the command line, where they would land
in the shell's history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.problems import CommandError
from kiosk.cli.store_commands import desk, opened, operator, settings
from kiosk.store.staff import FIRST_ADMIN, Role, StaffError, check_pin_rules


def read_pin(prompt: str) -> str:
    """A PIN from the terminal without echo, or a line from standard input."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CommandError("no PIN given on standard input")
    return line.strip()


def new_pin() -> str:
    """A new PIN, typed twice."""
    pin = read_pin("New PIN: ")
    try:
        check_pin_rules(pin)
    except StaffError as error:
        raise CommandError(str(error)) from None
    if read_pin("The same PIN again: ") != pin:
        raise CommandError("the two PINs differ; nothing was changed")
    return pin


def staff_user_command(args: argparse.Namespace) -> int:
    """Run one staff-user action."""
    config = settings()
    with opened(config):
        staff_desk, admin = desk(config), operator()
        accounts = staff_desk.accounts
        try:
            if args.action in ("reset", "unlock"):
                accounts.check_exists(args.username)  # before asking for any PIN
            if args.action == "add":
                accounts.check_new(args.username)
                member = staff_desk.add_account(
                    admin, args.username, args.name or args.username, Role(args.role), new_pin()
                )
                print(f"Added {member.username} ({member.display_name}, {member.role}).")
            elif args.action == "reset":
                staff_desk.reset_pin(admin, args.username, new_pin())
                print(f"New PIN set for {args.username}; the account is unlocked.")
            elif args.action == "unlock":
                staff_desk.unlock(admin, args.username)
                print(f"{args.username} is unlocked.")
            else:
                members = staff_desk.staff_accounts(admin)
                if not members:
                    print(f"No staff accounts yet. {FIRST_ADMIN}")
                for member, locked, failures in members:
                    state = (
                        "locked" if locked else f"{failures} failed sign-ins" if failures else "ok"
                    )
                    print(f"{member.username}\t{member.display_name}\t{member.role}\t{state}")
        except StaffError as error:
            raise CommandError(str(error)) from None
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The staff-user command's parser."""
    staff = commands.add_parser("staff-user", help="add, reset, unlock or list staff accounts")
    actions = staff.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add an account (asks for the PIN)")
    add.add_argument("username")
    add.add_argument("--name", help="the name shown on screen")
    add.add_argument("--role", choices=[role.value for role in Role], required=True)
    reset = actions.add_parser("reset", help="set a new PIN (asks for it) and unlock")
    reset.add_argument("username")
    unlock = actions.add_parser("unlock", help="clear failed sign-ins and the lock")
    unlock.add_argument("username")
    actions.add_parser("list", help="list the accounts")
    staff.set_defaults(run=staff_user_command)
