"""Schema changes go through the migration runner and keep every row."""

from __future__ import annotations

from pathlib import Path

import pytest
from peewee import Database

from kiosk.setup.settings import Settings
from kiosk.store import database as database_module
from kiosk.store.database import (
    MIGRATIONS,
    DatabaseError,
    bind,
    close_database,
    migrate_to_latest,
    open_database,
    open_sqlite,
    schema_version,
    sqlite_file,
)
from kiosk.store.models import ALL_MODELS, Client, Consent, Consultation


def columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}


def test_a_database_at_the_first_schema_is_migrated_with_its_data_intact(tmp_path: Path) -> None:
    db = open_sqlite(tmp_path / "old.sqlite3")
    bind(db)
    assert migrate_to_latest(db, target="0001_consultations") == ["0001_consultations"]
    assert "needs_print" not in columns(db, "consultation")
    db.execute_sql(
        "INSERT INTO client (first_name, last_name, first_name_key, last_name_key, "
        "date_of_birth, created_at) VALUES ('Ana', 'Silva', 'ana', 'silva', '1988-03-14', "
        "'2025-01-02 09:00:00.000000')"
    )
    db.execute_sql(
        "INSERT INTO consultation (public_id, client_id, status, kiosk_id, language, "
        "content_version, started_at, updated_at, answers, flag_level, flag_outcomes) "
        "VALUES ('abc', 1, 'submitted', 'k1', 'en', 'v1', '2025-01-02 09:00:00.000000', "
        "'2025-01-02 09:10:00.000000', '{\"first_name\": \"Ana\"}', 3, 'defer')"
    )
    db.execute_sql(
        "INSERT INTO consent (consultation_id, text_version, text_hash, agreed_at, "
        "typed_name, signature_png) VALUES (1, '2025-01', 'f00d', "
        "'2025-01-02 09:01:00.000000', 'Ana Silva', X'89504E47')"
    )
    # The same person saved twice at once by two kiosks, before names were unique.
    db.execute_sql(
        "INSERT INTO client (first_name, last_name, first_name_key, last_name_key, "
        "date_of_birth, created_at) VALUES ('ANA', 'Silva', 'ana', 'silva', '1988-03-14', "
        "'2025-01-02 09:00:00.000000')"
    )
    db.execute_sql(
        "INSERT INTO consultation (public_id, client_id, status, kiosk_id, language, "
        "content_version, started_at, updated_at, flag_level, flag_outcomes) "
        "VALUES ('def', 2, 'submitted', 'k2', 'en', 'v1', '2025-01-02 09:00:00.000000', "
        "'2025-01-02 09:10:00.000000', 0, '')"
    )

    applied = migrate_to_latest(db)

    later = sorted(path.stem for path in MIGRATIONS.glob("0*.py"))[1:]
    assert applied[:5] == [
        "0002_staff_reviews_audit",
        "0003_arrivals",
        "0004_one_client_per_person",
        "0005_help_requests",
        "0006_consent_language",
    ]
    assert applied == later
    assert schema_version(db) == later[-1]
    assert [(c.id, c.first_name) for c in Client.select()] == [(1, "Ana")]
    assert {c.public_id: c.client.id for c in Consultation.select()} == {"abc": 1, "def": 1}
    kept = Consultation.get(Consultation.public_id == "abc")
    assert (kept.client.last_name, kept.status, kept.flag_outcomes) == (
        "Silva",
        "submitted",
        "defer",
    )
    assert kept.answers == '{"first_name": "Ana"}'
    assert kept.needs_print is False
    assert kept.arrived_at is None
    # Consent kept before its language was: in no language named.
    assert (Consent.get().text_version, Consent.get().text_language) == ("2025-01", "")
    db.close()


@pytest.mark.sqlite_only
def test_the_migrations_build_exactly_the_schema_the_models_describe(db: Database) -> None:
    for model in ALL_MODELS:
        table = model._meta.table_name
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert columns(db, table) == expected, table
        expected_indexes = {
            tuple(field.column_name for field in index._expressions)
            for index in model._meta.fields_to_index()
        }
        actual_indexes = {
            tuple(row[2] for row in db.execute_sql(f"PRAGMA index_info('{name}')"))
            for _, name, *_ in db.execute_sql(f"PRAGMA index_list({table})")
        }
        assert expected_indexes <= actual_indexes, table


def test_opening_twice_applies_nothing_new(settings: Settings) -> None:
    first = open_database(settings)
    close_database(first)
    second = open_database(settings)

    assert migrate_to_latest(second) == []
    assert schema_version(second) == sorted(p.stem for p in MIGRATIONS.glob("0*.py"))[-1]
    close_database(second)


def test_a_program_missing_its_migrations_refuses_to_open_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-migrations"
    empty.mkdir()
    monkeypatch.setattr(database_module, "MIGRATIONS", empty)

    with pytest.raises(DatabaseError, match="schema migrations are missing"):
        open_database(Settings(database_url=f"sqlite:///{tmp_path / 'new.sqlite3'}"))


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("sqlite:////srv/kiosk.sqlite3", "/srv/kiosk.sqlite3"),
        ("sqlite:///C:/Users/kiosk/consultations.sqlite3", "C:/Users/kiosk/consultations.sqlite3"),
        ("sqlite:///C:\\Users\\kiosk\\k.sqlite3", "C:\\Users\\kiosk\\k.sqlite3"),
        ("sqlite:///relative/kiosk.sqlite3", "/relative/kiosk.sqlite3"),
        ("sqlite:////srv/my%20clinic/kiosk.sqlite3", "/srv/my clinic/kiosk.sqlite3"),
    ],
)
def test_sqlite_urls_name_the_same_file_on_every_system(url: str, file: str) -> None:
    assert str(sqlite_file(url)) == str(Path(file))
