"""Headless commands on the database: backup, restore, export, purge, erase, find."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from kiosk.cli.printable import printable, terminal_safe
from kiosk.cli.problems import EXIT_CONTENT, CommandError
from kiosk.consultation.desk import Desk, ExportFormat
from kiosk.consultation.permissions import CommandLineUser, command_line_user
from kiosk.content.errors import ContentError
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.setup.files import OutputRefused, write_output
from kiosk.setup.settings import Settings, SettingsError, load_settings
from kiosk.store.audit import AuditAction, AuditKeyError, AuditTrail
from kiosk.store.backup import BackupError, DatabaseInUse, back_up, restore
from kiosk.store.consultations import Status
from kiosk.store.database import (
    DatabaseError,
    OpenDatabase,
    close_database,
    data_files,
    migrate_to_latest,
    open_database,
    schema_version,
)
from kiosk.store.database import sqlite_file as file_of_url
from kiosk.store.fields import utc_now
from kiosk.store.installation import open_audit, reanchor_after_restore
from kiosk.store.queue import QueueFilter
from kiosk.store.retention import ClientNotFound
from kiosk.store.staff import StaffAccounts


def settings() -> Settings:
    """This installation's settings, or a one-line error."""
    try:
        return load_settings()
    except SettingsError as error:
        raise CommandError(str(error), EXIT_CONTENT) from None


@contextmanager
def opened(config: Settings) -> Iterator[OpenDatabase]:
    """The database, open and up to date, closed afterwards."""
    try:
        db = open_database(config)
    except DatabaseError as error:
        raise CommandError(str(error), EXIT_CONTENT) from None
    try:
        yield db
    finally:
        close_database(db)


def audit_trail(config: Settings) -> AuditTrail:
    """The audit trail, keyed from the installation's key file."""
    try:
        return open_audit(config)
    except AuditKeyError as error:
        raise CommandError(str(error), EXIT_CONTENT) from None


def desk(config: Settings) -> Desk:
    """The staff desk, as the commands use it (on a database already open)."""
    return Desk(StaffAccounts(utc_now), audit_trail(config), utc_now)


def operator() -> CommandLineUser:
    """Who runs this command: an admin, named in the audit trail by their login.

    The command line reads the database file and the audit key directly, so
    whoever can run it could read them anyway; a PIN would protect nothing
    and would stop a script from making the first admin account.
    """
    return command_line_user(getpass.getuser())


def sqlite_file(config: Settings) -> Path:
    """The SQLite database file; backup and restore work on files."""
    url = config.database_url
    if url and not url.startswith(("sqlite:", "apsw:")):
        raise CommandError(server_backup_advice(url))
    return file_of_url(url) if url else config.database_path()


def server_backup_advice(url: str) -> str:
    """What to do instead of backup and restore when the database is a clinic server.

    A kiosk's or a staff computer's own account may not read every table (see
    server_roles): the server's `postgres` account dumps and restores the whole
    database, on the server (README, "A clinic server").
    """
    name = urlsplit(url).path.strip("/") or "kiosk"
    dump = f"/var/backups/kiosk/{name}-$(date +%F).dump"
    return (
        "the consultations are on a clinic server (PostgreSQL): back it up there, with its own "
        f"tools, as its postgres account.  Back up:  pg_dump --format=custom --file={dump} {name}"
        f"   Restore (kiosks and staff screens stopped):  dropdb {name} && createdb --owner=kiosk "
        f"--encoding=UTF8 {name} && pg_restore --dbname={name} --no-owner --role=kiosk "
        f"--exit-on-error /var/backups/kiosk/{name}-DATE.dump, then "
        'clinic-kiosk server-roles --apply (see the README, "A clinic server")'
    )


def migrate_command(args: argparse.Namespace) -> int:
    """Bring the database's schema up to date (once, even with several machines starting)."""
    config = settings()
    try:
        db = open_database(config, migrate=False)
    except DatabaseError as error:
        raise CommandError(str(error), EXIT_CONTENT) from None
    try:
        applied = migrate_to_latest(db)
        version = schema_version(db)
    finally:
        close_database(db)
    for name in applied:
        print(f"applied {name}")
    print(f"The schema is up to date at {version}.")
    return 0


def write_file(target: Path, fill: Callable[[IO[str]], object] | bytes, force: bool) -> None:
    """Write an output file whole; never over the data, nor over a file without --force."""
    try:
        protected = data_files(load_settings())
    except SettingsError:
        protected = []  # no settings: the default places are still never written over
    protected += data_files(Settings())
    try:
        write_output(target, fill, force=force, protected=protected)
    except OutputRefused as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from None


def backup_command(args: argparse.Namespace) -> int:
    """Copy the database to DEST with the online backup API and check the copy."""
    config = settings()
    try:
        # The file as it is: opening it here would create an empty one on a
        # misconfigured machine and back that up without a word.
        path = back_up(sqlite_file(config), args.destination)
    except BackupError as error:
        raise CommandError(str(error)) from None
    print(f"Backup written and checked: {path}")
    return 0


def restore_command(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup (the current one is kept aside)."""
    config = settings()
    target = sqlite_file(config)
    try:
        kept = restore(args.backup, target)
    except (BackupError, DatabaseInUse) as error:
        raise CommandError(str(error)) from None
    try:
        reanchor_after_restore(config)
    except (AuditKeyError, DatabaseError) as error:
        raise CommandError(str(error), EXIT_CONTENT) from None
    with opened(config):  # an older backup gets the current schema
        admin = operator()
        audit_trail(config).record(
            AuditAction.RESTORE,
            utc_now(),
            staff=admin.username,
            detail={"from": "command line", "user": admin.os_user, "backup": args.backup.name},
        )
    print(f"Restored from {args.backup}.")
    if kept.exists():
        print(f"The database as it was before is kept at {kept}")
    return 0


def export_command(args: argparse.Namespace) -> int:
    """Write consultations as FHIR QuestionnaireResponses (JSON) or CSV."""
    content = _content(settings())
    where = QueueFilter(
        statuses=tuple(args.status or ()),
        since=args.since,
        until=args.until,
    )
    config = settings()
    kind = ExportFormat(args.format)
    with opened(config):
        staff_desk = desk(config)
        if args.output is None:
            count = staff_desk.export(operator(), content, kind, terminal_safe(sys.stdout), where)
        else:
            counted: list[int] = []

            def fill(out: IO[str]) -> None:
                counted.append(staff_desk.export(operator(), content, kind, out, where))

            write_file(args.output, fill, args.force)
            count = counted[0]
    print(f"Exported {_count(count, 'consultation')}.", file=sys.stderr)
    return 0


def purge_command(args: argparse.Namespace) -> int:
    """Delete consultations older than the retention period, and stale drafts' answers."""
    config = settings()
    days = config.retention_days if args.older_than is None else args.older_than
    if days < 1:
        raise CommandError("--older-than takes a number of days, 1 or more")
    with opened(config):
        purged = desk(config).purge(operator(), days, config.draft_hours)
    print(f"Deleted {_count(purged.deleted, 'consultation')} older than {_count(days, 'day')}.")
    print(f"Dropped the answers of {_count(purged.drafts_dropped, 'abandoned draft')}.")
    return 0


def erase_command(args: argparse.Namespace) -> int:
    """Erase a client and all their consultations (the right to erasure)."""
    config = settings()
    with opened(config):
        try:
            count = desk(config).erase_client(operator(), args.client_id)
        except ClientNotFound:
            raise CommandError(f"there is no client {args.client_id}") from None
    print(f"Erased client {args.client_id} and {_count(count, 'consultation')}.")
    return 0


def find_command(args: argparse.Namespace) -> int:
    """List clients by name or date of birth, with their ids (for erase)."""
    text = " ".join(args.text)
    config = settings()
    with opened(config):
        clients = desk(config).find_clients(operator(), text)
    for client in clients:
        born = client.date_of_birth.isoformat() if client.date_of_birth else "-"
        # A name can hold terminal escape codes: shown escaped, never obeyed.
        name = printable(f"{client.first_name} {client.last_name}")
        print(f"{client.client_id}\t{name}\t{born}\t{client.consultations}")
    if not clients:
        print("No client matches.", file=sys.stderr)
    return 0


def verify_audit_command(args: argparse.Namespace) -> int:
    """Check the audit trail's chain; name the first event altered or removed."""
    config = settings()
    with opened(config):
        staff_desk, admin = desk(config), operator()
        problem = staff_desk.audit_problem(admin)
        count = staff_desk.audit_count(admin)
    if problem is not None:
        print(f"The audit trail has been tampered with: {problem}.", file=sys.stderr)
        return 1
    print(f"OK: {count} audit events, the chain is unbroken.")
    return 0


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The database commands' parsers."""
    migrate = commands.add_parser(
        "migrate", help="bring the database's schema up to date (before an upgrade's first start)"
    )
    migrate.set_defaults(run=migrate_command)

    verify = commands.add_parser("verify-audit", help="check that no audit event was altered")
    verify.set_defaults(run=verify_audit_command)

    backup = commands.add_parser("backup", help="back up the database (online, checked)")
    backup.add_argument("destination", type=Path, help="a backup file name, or a folder")
    backup.set_defaults(run=backup_command)

    restore_parser = commands.add_parser(
        "restore",
        help="restore the database from a backup (stop the kiosk and staff screens first)",
    )
    restore_parser.add_argument("backup", type=Path)
    restore_parser.set_defaults(run=restore_command)

    export = commands.add_parser("export", help="export consultations as FHIR JSON or CSV")
    export.add_argument("--format", choices=("fhir", "csv"), default="fhir")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: the screen)")
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.add_argument(
        "--status",
        action="append",
        choices=[status.value for status in Status],
        help="only this status (repeat for more)",
    )
    export.add_argument("--since", type=date.fromisoformat, help="started on or after YYYY-MM-DD")
    export.add_argument("--until", type=date.fromisoformat, help="started on or before YYYY-MM-DD")
    export.set_defaults(run=export_command)

    purge = commands.add_parser("purge", help="delete consultations past the retention period")
    purge.add_argument("--older-than", type=int, metavar="DAYS")
    purge.set_defaults(run=purge_command)

    erase = commands.add_parser("erase", help="erase a client and all their consultations")
    erase.add_argument("client_id", type=int, metavar="CLIENT_ID")
    erase.set_defaults(run=erase_command)

    find = commands.add_parser("find", help="find clients by name or date of birth")
    find.add_argument("text", nargs="+")
    find.set_defaults(run=find_command)


def _content(config: Settings) -> Content:
    try:
        return load_content(Path(config.content_dir) if config.content_dir else None)
    except ContentError as error:
        raise CommandError(
            f"the content has problems; run check-content ({error.problems[0]})", 1
        ) from None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
