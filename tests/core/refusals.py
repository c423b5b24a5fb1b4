"""A database that refuses a write, as a full disk or a bug would: on SQLite and on PostgreSQL."""

from __future__ import annotations

from peewee import Database

from kiosk.store.server import is_server

PG_REFUSAL = (
    "CREATE OR REPLACE FUNCTION refused_write() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = 'integrity_constraint_violation'; END $$"
)


def refuse(db: Database, when: str, name: str = "refused_write") -> None:
    """A trigger (`when`: "BEFORE INSERT ON audit_event") that fails the write with 'refused'."""
    if is_server(db):
        db.execute_sql(PG_REFUSAL)
        db.execute_sql(
            f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION refused_write()"
        )
    else:
        db.execute_sql(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, 'refused'); END")
