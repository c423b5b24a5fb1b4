"""A clinic server: several machines on one database, and a server that goes away and comes back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from peewee import Database, OperationalError

from kiosk.cli.main import main
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.audit import AuditTrail, load_key
from kiosk.store.consultations import ConsultationStore
from kiosk.store.database import MIGRATIONS, close_database, open_database
from kiosk.store.models import AuditEvent, Client, Consultation
from tests.core.clients import submit_client

ROOT = Path(__file__).resolve().parents[3]
LATEST = sorted(path.stem for path in MIGRATIONS.glob("0*.py"))[-1]
SERVER_CTL = os.environ.get("CLINIC_KIOSK_TEST_POSTGRES_CTL", "")


def end_every_session(url: str) -> int:
    """What an administrator (or a restart) does to the kiosk's connections; how many ended."""
    base = url.split("?", maxsplit=1)[0]
    with psycopg.connect(base, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND datname = current_database()"
        ).fetchone()
    assert ended is not None
    return int(ended[0])


@pytest.fixture
def server(postgres_url: str) -> Settings:
    return Settings(kiosk_id="kiosk-test", database_url=postgres_url)


def test_a_dropped_connection_is_replaced_without_a_restart(
    server: Settings, content: Content, clock: object
) -> None:
    db = open_database(server)
    try:
        store = ConsultationStore("kiosk-a", clock)  # type: ignore[arg-type]
        first = submit_client(content, store, first_name="Ana")

        assert end_every_session(server.database_url) >= 1
        second = submit_client(content, store, first_name="Bea")  # a unit of work after the drop

        assert {c.public_id for c in Consultation.select()} == {first, second}
        # Dropped in the middle of a unit of work: that one fails as a whole, the next works.
        with pytest.raises(OperationalError), db.atomic():  # noqa: PT012
            Consultation.select().count()
            end_every_session(server.database_url)
            Consultation.select().count()
        assert Consultation.select().count() == 2
    finally:
        close_database(db)


@pytest.mark.skipif(
    not SERVER_CTL, reason="scripts/test's server (it can restart it) is not running"
)
def test_a_restarted_server_is_found_again(
    server: Settings, content: Content, clock: object
) -> None:
    db = open_database(server)
    try:
        store = ConsultationStore("kiosk-a", clock)  # type: ignore[arg-type]
        first = submit_client(content, store, first_name="Ana")
        subprocess.run([SERVER_CTL, "stop"], check=True)
        try:
            with pytest.raises(OperationalError):
                Consultation.select().count()
        finally:
            subprocess.run([SERVER_CTL, "start"], check=True)

        second = submit_client(content, store, first_name="Bea")

        assert {c.public_id for c in Consultation.select()} == {first, second}
    finally:
        close_database(db)


OPENER = (
    "import sys; from kiosk.setup.settings import Settings; "
    "from kiosk.store.database import close_database, open_database, schema_version; "
    "print('ready', flush=True); sys.stdin.readline(); "  # wait for the others
    "db = open_database(Settings(database_url=sys.argv[1], kiosk_id='k')); "
    "print(schema_version(db)); close_database(db)"
)


def start_together(script: str, *runs: list[str]) -> list[tuple[str, str]]:
    """Run `script` in one process per argument list, released at the same moment."""
    children = [
        subprocess.Popen(
            [sys.executable, "-c", script, *arguments],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for arguments in runs
    ]
    for child in children:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0] * len(children), results
    return results


@pytest.mark.slow
def test_machines_starting_together_migrate_the_server_once(postgres_url: str) -> None:
    results = start_together(OPENER, *([postgres_url] for _ in range(4)))

    assert {out.strip() for out, _ in results} == {LATEST}
    with psycopg.connect(postgres_url) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM schema_migration")]
    assert sorted(names) == sorted(path.stem for path in MIGRATIONS.glob("0*.py"))


def test_the_migrate_command_brings_the_schema_up_to_date_once(
    server: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLINIC_KIOSK_DATABASE_URL", server.database_url)

    assert main(["migrate"]) == 0
    first = capsys.readouterr().out
    assert main(["migrate"]) == 0
    again = capsys.readouterr().out

    assert first.splitlines()[0] == "applied 0001_consultations"
    assert first.splitlines()[-1] == f"The schema is up to date at {LATEST}."
    assert again == f"The schema is up to date at {LATEST}.\n"


def test_backup_on_a_server_gives_the_pg_dump_and_pg_restore_commands(
    server: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://kiosk_station@db.clinic.lan:5433/kiosk"
    monkeypatch.setenv("CLINIC_KIOSK_DATABASE_URL", url)

    assert main(["backup", "/media/backup"]) != 0
    said = capsys.readouterr().err

    # Run on the server as its postgres account: a machine's own account may not read it all.
    assert "as its postgres account" in said
    assert "pg_dump --format=custom --file=/var/backups/kiosk/kiosk-$(date +%F).dump kiosk" in said
    assert "pg_restore --dbname=kiosk --no-owner --role=kiosk --exit-on-error" in said
    assert "server-roles --apply" in said
    assert "kiosk_station" not in said


APPENDER = (
    "import sys; from kiosk.setup.settings import load_settings; "
    "from kiosk.store.audit import AuditTrail; from kiosk.store.fields import utc_now; "
    "from kiosk.store.database import close_database, open_database; "
    "print('ready', flush=True); sys.stdin.readline(); "
    "db = open_database(load_settings()); trail = AuditTrail(bytes.fromhex(sys.argv[1])); "
    "[trail.record('view', utc_now(), staff=sys.argv[2], consultation=str(n)) "
    "for n in range(int(sys.argv[3]))]; close_database(db)"
)
WRITERS = 4
EVENTS_EACH = 40


@pytest.mark.slow
def test_several_processes_appending_at_once_keep_one_verifiable_chain(
    db: Database, settings: Settings
) -> None:
    key = load_key(settings.audit_key_path())  # the clinic's (on a server, made at the first start)
    before = AuditEvent.select().count()
    start_together(APPENDER, *([key.hex(), f"writer{n}", str(EVENTS_EACH)] for n in range(WRITERS)))

    assert AuditEvent.select().count() == before + WRITERS * EVENTS_EACH
    assert len({event.previous_hash for event in AuditEvent.select()}) == (
        before + WRITERS * EVENTS_EACH
    )
    assert AuditTrail(key).verify() is None


NEW_CLIENTS = 40
KIOSK = (
    "import sys; from kiosk.content.loader import load_content; "
    "from kiosk.setup.settings import load_settings; "
    "from kiosk.store.consultations import ConsultationStore; "
    "from kiosk.store.database import close_database, open_database; "
    "from kiosk.store.fields import utc_now; from tests.core.clients import submit_client; "
    "content = load_content(); db = open_database(load_settings()); "
    "store = ConsultationStore(sys.argv[1], utc_now); "
    "print('ready', flush=True); sys.stdin.readline(); "
    "[submit_client(content, store, first_name=f'Client{n}', last_name='Moreau', "
    "date_of_birth='1980-02-03') for n in range(int(sys.argv[2]))]; close_database(db)"
)


@pytest.mark.slow
def test_the_same_new_clients_submitted_at_once_from_two_kiosks_are_one_row_each(
    db: Database, settings: Settings
) -> None:
    start_together(KIOSK, ["kiosk-a", str(NEW_CLIENTS)], ["kiosk-b", str(NEW_CLIENTS)])

    assert Consultation.select().count() == 2 * NEW_CLIENTS
    assert Client.select().count() == NEW_CLIENTS
    for client in Client.select():
        theirs = Consultation.select().where(Consultation.client == client)
        assert {c.kiosk_id for c in theirs} == {"kiosk-a", "kiosk-b"}
