"""The headless database commands, run as a clinic's administrator runs them.

Each test seeds its own database in the test's data folder with the
consultation store, closes it, then runs `clinic-kiosk ...` through `main`,
which opens the database itself from the settings.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import apsw
import pytest
from peewee import Database

import kiosk.consultation.desk
import kiosk.setup.logs
from kiosk.cli.main import main
from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType
from kiosk.setup.settings import Settings
from kiosk.store import models
from kiosk.store.consultations import ConsultationStore
from kiosk.store.fields import utc_now
from kiosk.store.queue import QueueFilter, queue_page
from kiosk.store.staff import FIRST_ADMIN, LOCK_AFTER, Role, SignInRefused, StaffAccounts
from tests.core.clients import CSV_FIXED_COLUMNS, FakeClock, submit_client

STRONG_PIN = "24681357"
RESPONSE = "QuestionnaireResponse"


def remove_kiosk_log_handlers() -> None:
    """Undo `main`'s logging set-up, whose console handler writes to this test's stderr."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, kiosk.setup.logs.OURS, False)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def clean_up() -> Iterator[None]:
    """No log handler left from another test; no connection left open by this one."""
    remove_kiosk_log_handlers()
    yield
    remove_kiosk_log_handlers()
    if models.database.obj is not None:
        models.database.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def database_file() -> Path:
    """The database `main` opens: the default SQLite file in the test's data folder."""
    return Settings().database_path()


def query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from a database file, read as any SQLite tool would."""
    connection = apsw.Connection(str(path), flags=apsw.SQLITE_OPEN_READONLY)
    try:
        return [tuple(row) for row in connection.execute(sql, params)]
    finally:
        connection.close()


def consultation_ids(path: Path) -> set[str]:
    return {row[0] for row in query(path, "SELECT public_id FROM consultation")}


def client_id_of(public_id: str) -> int:
    rows = query(
        database_file(), "SELECT client_id FROM consultation WHERE public_id = ?", public_id
    )
    client_id: int = rows[0][0]
    return client_id


def type_pins(monkeypatch: pytest.MonkeyPatch, *pins: str) -> None:
    """PINs piped to the command, one a line, as a set-up script would."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(pin + "\n" for pin in pins)))


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# --- backup ------------------------------------------------------------------


def test_backup_into_a_folder_writes_a_checked_copy_and_prints_its_path(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    public_id = submit_client(content, store)
    db.close()
    folder = tmp_path / "backups"
    folder.mkdir()

    code, out, err = run(capsys, "backup", str(folder))

    assert (code, err) == (0, "")
    match = re.fullmatch(r"Backup written and checked: (.+)\n", out)
    assert match is not None, out
    backup = Path(match[1])
    assert backup.parent == folder
    assert re.fullmatch(r"consultations-\d{8}-\d{6}\.sqlite3", backup.name)
    # One self-contained file: no partial copy, no -wal or -shm beside it.
    assert list(folder.iterdir()) == [backup]
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert query(backup, "SELECT public_id, status FROM consultation") == [(public_id, "submitted")]
    assert query(backup, "SELECT first_name, last_name FROM client") == [("Ana", "Silva")]


def test_backup_to_a_file_name_writes_exactly_that_file(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    public_id = submit_client(content, store)
    db.close()
    target = tmp_path / "before-upgrade.sqlite3"

    code, out, _ = run(capsys, "backup", str(target))

    assert code == 0
    assert out == f"Backup written and checked: {target}\n"
    assert consultation_ids(target) == {public_id}


@pytest.mark.parametrize(
    ("destination", "missing"),
    [
        ("usb-stick", "usb-stick"),  # the folder itself is missing
        ("usb-stick/kiosk", "usb-stick/kiosk"),
        ("usb-stick/kiosk.sqlite3", "usb-stick"),  # a file in a missing folder
    ],
)
def test_backup_to_a_folder_that_does_not_exist_names_it_in_one_line(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    tmp_path: Path,
    destination: str,
    missing: str,
) -> None:
    db.close()

    code, out, err = run(capsys, "backup", str(tmp_path / destination))

    assert code == 2
    assert out == ""
    assert one_line(err) == (f"clinic-kiosk backup: the folder {tmp_path / missing} does not exist")
    assert not (tmp_path / "usb-stick").exists()


def test_backup_never_overwrites_an_existing_file(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    submit_client(content, store)
    db.close()
    earlier = tmp_path / "monday.sqlite3"
    earlier.write_bytes(b"Monday's backup")

    code, out, err = run(capsys, "backup", str(earlier))

    assert code == 2
    assert out == ""
    assert one_line(err) == (f"clinic-kiosk backup: {earlier} already exists; choose another name")
    assert earlier.read_bytes() == b"Monday's backup"


# --- restore -----------------------------------------------------------------


def test_restore_refuses_a_file_that_is_not_a_database(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    public_id = submit_client(content, store)
    db.close()
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list: gloves, gauze\n", encoding="utf-8")

    code, out, err = run(capsys, "restore", str(notes))

    assert code == 2
    assert out == ""
    assert one_line(err) == f"clinic-kiosk restore: {notes} is not a database backup"
    assert consultation_ids(database_file()) == {public_id}
    assert not list(database_file().parent.glob("*before-restore*"))


def test_restore_refuses_a_sqlite_file_that_is_not_a_kiosk_backup(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    public_id = submit_client(content, store)
    db.close()
    other = tmp_path / "stock.sqlite3"
    connection = apsw.Connection(str(other))
    connection.execute("CREATE TABLE product (name TEXT, count INTEGER)")
    connection.execute("INSERT INTO product VALUES ('gauze', 12)")
    connection.close()

    code, out, err = run(capsys, "restore", str(other))

    assert code == 2
    assert out == ""
    assert one_line(err) == (f"clinic-kiosk restore: {other} is a database, but not a kiosk backup")
    assert consultation_ids(database_file()) == {public_id}


def test_restore_names_a_backup_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    db.close()

    code, _, err = run(capsys, "restore", str(tmp_path / "nowhere.sqlite3"))

    assert code == 2
    assert one_line(err) == f"clinic-kiosk restore: {tmp_path / 'nowhere.sqlite3'} does not exist"


def test_restore_brings_back_the_backup_and_keeps_the_database_it_replaced(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    tmp_path: Path,
) -> None:
    ana = submit_client(content, store)
    db.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    code, out, _ = run(capsys, "backup", str(folder))
    assert code == 0
    backup = Path(out.removeprefix("Backup written and checked: ").strip())
    bea = submit_client(content, store, first_name="Bea", last_name="Jones")
    models.database.close()
    assert consultation_ids(database_file()) == {ana, bea}

    code, out, err = run(capsys, "restore", str(backup))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Restored from {backup}."
    match = re.fullmatch(r"The database as it was before is kept at (.+)", lines[1])
    assert match is not None, out
    kept = Path(match[1])
    assert kept.parent == database_file().parent
    assert "before-restore" in kept.name
    assert consultation_ids(database_file()) == {ana}
    assert consultation_ids(kept) == {ana, bea}
    # The restored database is the one the commands now use.
    assert run(capsys, "find", "Jones") == (0, "", "No client matches.\n")
    code, out, _ = run(capsys, "find", "Silva")
    assert (code, out.split("\t")[1]) == (0, "Ana Silva")


# --- export ------------------------------------------------------------------


def seed_three_statuses(
    content: Content, store: ConsultationStore, clock: FakeClock
) -> dict[str, str]:
    """A submitted consultation, a draft in progress and an abandoned one, in that order."""
    submitted = submit_client(content, store)
    clock.advance(minutes=10)
    draft = store.start("en", content.version)
    store.save_draft(draft, {"first_name": "Bo", "last_name": "Li", "pacemaker": True})
    clock.advance(minutes=10)
    walked_away = store.start("en", content.version)
    store.save_draft(walked_away, {"first_name": "Cy", "last_name": "Ng"})
    store.abandon(walked_away)
    return {"submitted": submitted, "in_progress": draft, "abandoned": walked_away}


def answer(resource: dict[str, Any], link_id: str) -> list[dict[str, Any]]:
    """The answers to one question, wherever its page puts it."""
    found = [
        question["answer"]
        for page in resource.get("item", [])
        for question in page["item"]
        if question["linkId"] == link_id
    ]
    assert len(found) == 1, f"{link_id} answered {len(found)} times"
    result: list[dict[str, Any]] = found[0]
    return result


def test_export_writes_a_fhir_bundle_of_questionnaire_responses_to_a_file(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    clock: FakeClock,
    db: Database,
    tmp_path: Path,
) -> None:
    ids = seed_three_statuses(content, store, clock)
    db.close()
    target = tmp_path / "export.json"

    code, out, err = run(capsys, "export", "-o", str(target))

    assert (code, out, err) == (0, "", "Exported 3 consultations.\n")
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    responses = [e for e in bundle["entry"] if e["resource"]["resourceType"] == RESPONSE]
    resources = {entry["resource"]["id"]: entry["resource"] for entry in responses}
    assert [entry["fullUrl"] for entry in responses] == [
        f"urn:uuid:{ids[status]}" for status in ("submitted", "in_progress", "abandoned")
    ]
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} >= {
        "Questionnaire",
        RESPONSE,
        "Patient",
        "Consent",
    }
    assert {status: resources[public_id]["status"] for status, public_id in ids.items()} == {
        "submitted": "completed",
        "in_progress": "in-progress",
        "abandoned": "stopped",
    }

    ana = resources[ids["submitted"]]
    assert ana["subject"]["display"] == "Ana Silva"
    assert [page["linkId"] for page in ana["item"]] == [
        f"page:{page.id}" for page in content.questionnaire.pages
    ]
    health = next(page for page in ana["item"] if page["linkId"] == "page:health")
    assert "diabetes" in [question["linkId"] for question in health["item"]]
    assert answer(ana, "pacemaker") == [{"valueBoolean": False}]
    assert answer(ana, "diabetes")[0]["valueCoding"]["code"] == "no"
    assert [a["valueCoding"]["code"] for a in answer(ana, "concerns")] == [
        "acne_scars",
        "texture",
    ]
    assert answer(ana, "date_of_birth") == [{"valueDate": "1988-03-14"}]
    assert resources[ids["in_progress"]]["subject"]["display"] == "Bo Li"
    assert answer(resources[ids["in_progress"]], "pacemaker") == [{"valueBoolean": True}]


def test_export_to_the_screen_and_only_the_statuses_asked_for(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    clock: FakeClock,
    db: Database,
) -> None:
    ids = seed_three_statuses(content, store, clock)
    db.close()

    code, out, err = run(capsys, "export", "--status", "submitted")

    assert (code, err) == (0, "Exported 1 consultation.\n")
    assert [
        e["resource"]["id"]
        for e in json.loads(out)["entry"]
        if e["resource"]["resourceType"] == RESPONSE
    ] == [ids["submitted"]]

    code, out, _ = run(capsys, "export", "--status", "in_progress", "--status", "abandoned")

    assert code == 0
    assert {
        e["resource"]["id"]
        for e in json.loads(out)["entry"]
        if e["resource"]["resourceType"] == RESPONSE
    } == {
        ids["in_progress"],
        ids["abandoned"],
    }


def test_export_csv_has_one_row_per_consultation_and_no_formulas(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    ana = submit_client(content, store)
    clock.advance(minutes=30)
    hostile = submit_client(content, store, first_name='=HYPERLINK("http://x")', last_name="Doe")
    db.close()
    target = tmp_path / "export.csv"

    code, out, err = run(capsys, "export", "--format", "csv", "-o", str(target))

    assert (code, out, err) == (0, "", "Exported 2 consultations.\n")
    with target.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    header, body = rows[0], rows[1:]
    questions = [
        item.link_id for item in content.questionnaire.items() if item.type is not ItemType.DISPLAY
    ]
    assert header == CSV_FIXED_COLUMNS + questions
    assert {"first_name", "date_of_birth", "concerns", "pacemaker"} <= set(header)
    assert [row[0] for row in body] == [ana, hostile]
    assert all(len(row) == len(header) for row in body)
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    assert by_id[ana]["first_name"] == "Ana"
    assert by_id[ana]["client_id"] == str(client_id_of(ana))
    assert by_id[ana]["status"] == "submitted"
    assert by_id[ana]["concerns"] == "acne_scars;texture"
    assert by_id[hostile]["first_name"] == '\'=HYPERLINK("http://x")'
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in body for cell in row)


def test_export_names_a_file_it_cannot_write(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    db.close()
    target = tmp_path / "no-such-folder" / "export.json"

    code, _, err = run(capsys, "export", "-o", str(target))

    assert code == 2
    assert one_line(err).startswith(f"clinic-kiosk export: cannot write {target}: ")


# --- purge -------------------------------------------------------------------


def test_purge_deletes_old_consultations_and_the_answers_of_stale_drafts(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    clock: FakeClock,
    db: Database,
) -> None:
    now = utc_now()
    clock.now = now - timedelta(days=40)
    old = submit_client(content, store, first_name="Olga", last_name="Old")
    clock.now = now - timedelta(days=5)
    recent = submit_client(content, store)
    clock.now = now - timedelta(days=2)
    walked_away = store.start("en", content.version)
    store.save_draft(walked_away, {"first_name": "Cy", "last_name": "Ng", "pacemaker": True})
    store.abandon(walked_away)
    crashed = store.start("en", content.version)  # a kiosk that crashed mid-way
    store.save_draft(crashed, {"first_name": "Di", "last_name": "Fox"})
    clock.now = now - timedelta(hours=1)
    just_left = store.start("en", content.version)
    store.save_draft(just_left, {"first_name": "Ed", "last_name": "Lu"})
    store.abandon(just_left)
    db.close()

    code, out, err = run(capsys, "purge", "--older-than", "30")

    assert (code, err) == (0, "")
    assert out == (
        "Deleted 1 consultation older than 30 days.\nDropped the answers of 2 abandoned drafts.\n"
    )
    rows = {
        public_id: (status, answers)
        for public_id, status, answers in query(
            database_file(), "SELECT public_id, status, answers FROM consultation"
        )
    }
    assert set(rows) == {recent, walked_away, crashed, just_left}
    assert old not in rows
    assert rows[walked_away] == ("abandoned", None)
    assert rows[crashed] == ("abandoned", None)
    assert rows[just_left][0] == "abandoned"
    assert json.loads(rows[just_left][1]) == {"first_name": "Ed", "last_name": "Lu"}
    assert json.loads(rows[recent][1])["first_name"] == "Ana"
    names = {row[0] for row in query(database_file(), "SELECT last_name FROM client")}
    assert names == {"Silva", "Lu"}


@pytest.mark.parametrize("days", ["0", "-5"])
def test_purge_refuses_a_period_shorter_than_a_day(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    days: str,
) -> None:
    public_id = submit_client(content, store)
    db.close()

    code, out, err = run(capsys, "purge", "--older-than", days)

    assert code == 2
    assert out == ""
    assert one_line(err) == "clinic-kiosk purge: --older-than takes a number of days, 1 or more"
    assert consultation_ids(database_file()) == {public_id}


# --- erase -------------------------------------------------------------------


def test_erase_removes_the_client_their_consultations_and_consents(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    clock: FakeClock,
    db: Database,
) -> None:
    first = submit_client(content, store)
    clock.advance(days=30)
    second = submit_client(content, store)  # the same client, back a month later
    other = submit_client(content, store, first_name="Bea", last_name="Jones")
    db.close()
    client_id = client_id_of(first)
    assert client_id_of(second) == client_id

    code, out, err = run(capsys, "erase", str(client_id))

    assert (code, err) == (0, "")
    assert out == f"Erased client {client_id} and 2 consultations.\n"
    path = database_file()
    assert query(path, "SELECT id FROM client WHERE id = ?", client_id) == []
    assert consultation_ids(path) == {other}
    assert query(path, "SELECT typed_name FROM consent") == [("Bea Jones",)]
    assert query(path, "SELECT count(*) FROM client WHERE last_name_key LIKE '%silva%'") == [(0,)]


def test_erase_names_a_client_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    db.close()

    code, out, err = run(capsys, "erase", "999")

    assert code == 2
    assert out == ""
    assert one_line(err) == "clinic-kiosk erase: there is no client 999"


# --- find --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Silva", "silva", "Ana Silva", "1988-03-14", "14/03/1988"])
def test_find_lists_id_name_birth_date_and_consultation_count(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    text: str,
) -> None:
    ana = submit_client(content, store)
    submit_client(content, store)
    submit_client(content, store, first_name="Bea", last_name="Jones", date_of_birth="1990-07-01")
    db.close()

    code, out, err = run(capsys, "find", *text.split())

    assert (code, err) == (0, "")
    assert out == f"{client_id_of(ana)}\tAna Silva\t1988-03-14\t2\n"


@pytest.mark.parametrize("text", ["zoe", "BRON", "sil", "ana sil", "01/05/1990", "wei", "li"])
def test_find_matches_names_as_the_staff_screens_search_does(
    capsys: pytest.CaptureFixture[str],
    content: Content,
    store: ConsultationStore,
    db: Database,
    text: str,
) -> None:
    submit_client(content, store)
    submit_client(content, store, first_name="Zoë", last_name="Brontë", date_of_birth="1990-05-01")
    submit_client(content, store, first_name="Sam", last_name="Silverman")
    submit_client(content, store, first_name="Li", last_name="Wei")
    on_screen = {
        f"{row.first_name} {row.last_name}" for row in queue_page(QueueFilter(search=text))
    }
    db.close()

    code, out, _ = run(capsys, "find", *text.split())

    assert code == 0
    assert on_screen
    assert {line.split("\t")[1] for line in out.splitlines()} == on_screen


def test_the_command_line_is_recorded_as_itself_with_the_login_that_ran_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    content: Content,
    store: ConsultationStore,
    db: Database,
) -> None:
    public_id = submit_client(content, store)
    db.close()
    monkeypatch.setattr("getpass.getuser", lambda: "jordan")

    assert run(capsys, "erase", str(client_id_of(public_id)))[0] == 0

    rows = query(database_file(), "SELECT action, staff_username, detail FROM audit_event")
    assert rows == [
        (
            "erase",
            "command-line",
            '{"client_id": 1, "consultations": 1, "from": "command line", "user": "jordan"}',
        )
    ]


def test_find_says_when_nobody_matches(
    capsys: pytest.CaptureFixture[str], content: Content, store: ConsultationStore, db: Database
) -> None:
    submit_client(content, store)
    db.close()

    assert run(capsys, "find", "Nobody") == (0, "", "No client matches.\n")


# --- staff-user ----------------------------------------------------------------


def test_staff_user_add_reads_the_pin_twice_and_creates_the_account(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    type_pins(monkeypatch, STRONG_PIN, STRONG_PIN)

    code, out, err = run(
        capsys, "staff-user", "add", "kim", "--role", "practitioner", "--name", "Kim Lee"
    )

    assert (code, err) == (0, "")
    assert out == "Added kim (Kim Lee, practitioner).\n"
    assert STRONG_PIN not in out
    assert run(capsys, "staff-user", "list") == (0, "kim\tKim Lee\tpractitioner\tok\n", "")
    assert StaffAccounts().sign_in("kim", STRONG_PIN).display_name == "Kim Lee"


def test_staff_user_add_refuses_when_the_second_pin_differs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    type_pins(monkeypatch, STRONG_PIN, "24681358")

    code, out, err = run(capsys, "staff-user", "add", "kim", "--role", "admin")

    assert code == 2
    assert out == ""
    assert one_line(err) == "clinic-kiosk staff-user: the two PINs differ; nothing was changed"
    assert run(capsys, "staff-user", "list") == (0, f"No staff accounts yet. {FIRST_ADMIN}\n", "")


@pytest.mark.parametrize(
    ("pin", "rule"),
    [
        ("111111", "that PIN is too easy to guess"),
        ("123456", "that PIN is too easy to guess"),
        ("12345", "a PIN is 6 to 12 digits"),
        ("24a81357", "a PIN is 6 to 12 digits"),
    ],
)
def test_staff_user_add_refuses_a_weak_pin_with_the_rule(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, pin: str, rule: str
) -> None:
    type_pins(monkeypatch, pin, pin)

    code, out, err = run(capsys, "staff-user", "add", "kim", "--role", "front_desk")

    assert code == 2
    assert out == ""
    assert one_line(err) == f"clinic-kiosk staff-user: {rule}"
    assert run(capsys, "staff-user", "list") == (0, f"No staff accounts yet. {FIRST_ADMIN}\n", "")


def test_staff_user_add_refuses_a_username_already_taken(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    accounts: StaffAccounts,
    db: Database,
) -> None:
    accounts.add("kim", "Kim Lee", Role.PRACTITIONER, "13572468")
    db.close()
    type_pins(monkeypatch, STRONG_PIN, STRONG_PIN)

    code, _, err = run(capsys, "staff-user", "add", "Kim", "--role", "admin")

    assert code == 2
    assert one_line(err) == "clinic-kiosk staff-user: there is already an account 'kim'"
    assert run(capsys, "staff-user", "list") == (0, "kim\tKim Lee\tpractitioner\tok\n", "")


def lock_out(accounts: StaffAccounts, clock: FakeClock, username: str) -> None:
    """Wrong PINs until the account locks (waiting out each delay)."""
    for _ in range(LOCK_AFTER):
        with pytest.raises(SignInRefused):
            accounts.sign_in(username, "99999999")
        clock.advance(hours=1)


def test_staff_user_unlock_clears_a_lock(
    capsys: pytest.CaptureFixture[str],
    accounts: StaffAccounts,
    clock: FakeClock,
    db: Database,
) -> None:
    accounts.add("kim", "Kim Lee", Role.PRACTITIONER, "13572468")
    lock_out(accounts, clock, "kim")
    db.close()
    assert run(capsys, "staff-user", "list") == (0, "kim\tKim Lee\tpractitioner\tlocked\n", "")

    assert run(capsys, "staff-user", "unlock", "kim") == (0, "kim is unlocked.\n", "")

    assert run(capsys, "staff-user", "list") == (0, "kim\tKim Lee\tpractitioner\tok\n", "")
    assert accounts.sign_in("kim", "13572468").username == "kim"


def test_staff_user_reset_sets_a_new_pin_and_unlocks(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    accounts: StaffAccounts,
    clock: FakeClock,
    db: Database,
) -> None:
    accounts.add("kim", "Kim Lee", Role.PRACTITIONER, "13572468")
    lock_out(accounts, clock, "kim")
    db.close()
    type_pins(monkeypatch, STRONG_PIN, STRONG_PIN)

    code, out, err = run(capsys, "staff-user", "reset", "kim")

    assert (code, err) == (0, "")
    assert out == "New PIN set for kim; the account is unlocked.\n"
    assert run(capsys, "staff-user", "list") == (0, "kim\tKim Lee\tpractitioner\tok\n", "")
    assert accounts.sign_in("kim", STRONG_PIN).username == "kim"
    with pytest.raises(SignInRefused):
        accounts.sign_in("kim", "13572468")


@pytest.mark.parametrize("action", ["unlock", "reset"])
def test_staff_user_names_an_unknown_account(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    type_pins(monkeypatch, STRONG_PIN, STRONG_PIN)

    code, out, err = run(capsys, "staff-user", action, "ghost")

    assert code == 2
    assert out == ""
    assert one_line(err) == "clinic-kiosk staff-user: there is no account 'ghost'"


# --- unexpected errors -------------------------------------------------------------


def test_an_unexpected_error_is_one_line_on_screen_and_a_traceback_in_the_log(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    content: Content,
    store: ConsultationStore,
    db: Database,
) -> None:
    public_id = submit_client(content, store)
    db.close()

    def failing(client_id: int) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(kiosk.consultation.desk, "erase_client", failing)
    log_file = Path(os.environ["CLINIC_KIOSK_LOG_DIR"]) / "kiosk.log"

    code, out, err = run(capsys, "erase", str(client_id_of(public_id)))

    assert code == 3
    assert out == ""
    assert one_line(err) == (
        f"clinic-kiosk erase: unexpected error: RuntimeError (details in {log_file})"
    )
    log = log_file.read_text(encoding="utf-8")
    assert "clinic-kiosk erase failed" in log
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: disk on fire" in log
    assert consultation_ids(database_file()) == {public_id}
