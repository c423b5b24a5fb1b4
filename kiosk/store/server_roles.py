"""Least privilege on a clinic server: what the kiosk's and the staff's database roles may do.

Three roles, each a login on the clinic's PostgreSQL:

- the owner (the README's `kiosk`): owns the tables and changes the schema
  (`clinic-kiosk migrate`); used by IT only, never in a kiosk's or a staff
  computer's settings.
- the kiosk (`kiosk_station`): takes consultations. It reads and writes the
  clients and consents it needs, and consultations only while no decision is
  made on them (row-level security); it cannot read staff accounts (nor
  their PIN hashes), reviews or notes; of the audit trail it reads only each
  event's id and hash (to chain the next) and may append. Its staff corner
  signs staff in through two functions instead (`kiosk_pin_salt`,
  `kiosk_sign_in`): the kiosk hashes the typed PIN with the account's salt
  and settings, and the server compares and counts failures, so no hash
  ever reaches a kiosk.
- the staff (`kiosk_staff`): the staff screens. Everything the staff screen
  does (decisions, notes, accounts, exports, purge and erasure), and the
  audit trail's reading and appending.

The audit trail is insert-only for every role, the owner included: UPDATE,
DELETE and TRUNCATE are revoked, and triggers refuse them all the same.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher

from kiosk.store.models import database
from kiosk.store.server import is_server
from kiosk.store.staff import DELAY_AFTER, FIRST_DELAY, KIOSK_COOLING_OFF, LOCK_AFTER

OWNER_ROLE = "kiosk"
KIOSK_ROLE = "kiosk_station"
STAFF_ROLE = "kiosk_staff"

# The statuses a kiosk writes; every other one is a staff decision.
UNDECIDED = "('in_progress', 'submitted', 'abandoned')"

_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class RoleNameError(ValueError):
    """A role name that is not a plain PostgreSQL identifier."""


def checked(name: str) -> str:
    """`name`, if it is a plain lower-case identifier (it is written into SQL as it is)."""
    if not _NAME.match(name):
        raise RoleNameError(f"{name!r} is not a plain role name (a-z, 0-9 and _)")
    return name


def roles_sql(kiosk: str = KIOSK_ROLE, staff: str = STAFF_ROLE) -> str:
    """The statements that give `kiosk` and `staff` their privileges on the current schema.

    Run by the tables' owner, after `clinic-kiosk migrate`, and again after
    each upgrade (running them twice changes nothing). The roles must exist
    (`createuser --pwprompt NAME`).
    """
    k, s = checked(kiosk), checked(staff)
    return f"""\
-- The audit trail is insert-only, for every role (the owner too).
CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is insert-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
DROP TRIGGER IF EXISTS audit_event_insert_only ON audit_event;
CREATE TRIGGER audit_event_insert_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- Nothing for anyone but what follows.
DO $$ BEGIN
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC, {k}, {s}',
        current_schema());
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM PUBLIC, {k}, {s}',
        current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO {k}, {s}', current_schema());
END $$;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC, {k}, {s};
GRANT SELECT ON schema_migration TO {k}, {s};

-- The kiosk: clients, consents and undecided consultations; the audit trail's id and hash.
GRANT SELECT, INSERT, UPDATE, DELETE ON client TO {k};
GRANT SELECT, INSERT, UPDATE ON consultation TO {k};
GRANT SELECT, INSERT, DELETE ON consent TO {k};
GRANT SELECT (id, hash), INSERT ON audit_event TO {k};
GRANT SELECT, INSERT ON help_request TO {k};
GRANT USAGE ON SEQUENCE client_id_seq, consultation_id_seq, consent_id_seq TO {k};
GRANT USAGE ON SEQUENCE help_request_id_seq TO {k};

-- The staff screens: everything they do, and reading the audit trail whole.
GRANT SELECT, UPDATE, DELETE ON client, consultation, consent TO {s};
GRANT SELECT, INSERT, DELETE ON review, staff_note TO {s};
GRANT SELECT, INSERT, UPDATE ON staff_account TO {s};
GRANT SELECT, INSERT ON audit_event TO {s};
GRANT SELECT, UPDATE, DELETE ON help_request TO {s};
GRANT USAGE ON SEQUENCE review_id_seq, staff_note_id_seq, staff_account_id_seq TO {s};

-- A decided consultation is the staff's: the kiosk sees it, never changes it.
ALTER TABLE consultation ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS kiosk_reads ON consultation;
DROP POLICY IF EXISTS kiosk_adds ON consultation;
DROP POLICY IF EXISTS kiosk_changes_undecided ON consultation;
DROP POLICY IF EXISTS staff_all ON consultation;
CREATE POLICY kiosk_reads ON consultation FOR SELECT TO {k} USING (true);
CREATE POLICY kiosk_adds ON consultation FOR INSERT TO {k}
    WITH CHECK (status IN {UNDECIDED} AND decided_at IS NULL);
CREATE POLICY kiosk_changes_undecided ON consultation FOR UPDATE TO {k}
    USING (status IN {UNDECIDED} AND decided_at IS NULL)
    WITH CHECK (status IN {UNDECIDED} AND decided_at IS NULL);
CREATE POLICY staff_all ON consultation TO {s} USING (true) WITH CHECK (true);
{_sign_in_sql(k, s)}"""


def _sign_in_sql(k: str, s: str) -> str:
    """The kiosk's staff sign-in as two functions that run with the owner's rights.

    `kiosk_pin_salt` gives the start of an account's hash (algorithm,
    settings, salt), never the hash; for a name without an account, one of
    the same shape that is the same each time, so the answer does not tell
    which names exist. `kiosk_sign_in` compares the hash the kiosk made with
    the stored one and counts a failure as the kiosk's policy says (a wait
    of at most KIOSK_COOLING_OFF, never a lock). Times are naive UTC, as stored.
    """
    hasher = PasswordHasher()
    decoy = f"$argon2id$v=19$m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}$"
    first, cooling = int(FIRST_DELAY.total_seconds()), int(KIOSK_COOLING_OFF.total_seconds())
    return rf"""
-- The kiosk's staff sign-in, without a PIN hash ever reaching a kiosk.
CREATE TABLE IF NOT EXISTS kiosk_sign_in_secret (secret text NOT NULL);
INSERT INTO kiosk_sign_in_secret (secret)
    SELECT md5(random()::text || clock_timestamp()::text)
    WHERE NOT EXISTS (SELECT 1 FROM kiosk_sign_in_secret);
REVOKE ALL ON kiosk_sign_in_secret FROM PUBLIC, {k}, {s};

CREATE OR REPLACE FUNCTION kiosk_pin_salt(p_username text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    stored text;
BEGIN
    SELECT pin_hash INTO stored FROM staff_account
        WHERE username = lower(btrim(p_username)) AND active;
    IF stored IS NULL THEN
        RETURN '{decoy}' || rtrim(encode(decode(md5(
            (SELECT secret FROM kiosk_sign_in_secret LIMIT 1) || lower(btrim(p_username))
        ), 'hex'), 'base64'), '=') || '$';
    END IF;
    RETURN substring(stored FROM '^(.*\$)[^$]*$');
END
$$;

CREATE OR REPLACE FUNCTION kiosk_sign_in(p_username text, p_candidate text)
RETURNS TABLE (outcome text, wait_until timestamp, member_name text, member_role text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    account staff_account%ROWTYPE;
    moment timestamp := now() AT TIME ZONE 'utc';
    failures integer;
    delay interval;
BEGIN
    SELECT * INTO account FROM staff_account
        WHERE username = lower(btrim(p_username)) AND active FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'wrong_pin'::text, NULL::timestamp, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF account.locked THEN
        RETURN QUERY SELECT 'locked'::text, NULL::timestamp, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF account.retry_after IS NOT NULL AND moment < account.retry_after THEN
        RETURN QUERY SELECT 'wait'::text, account.retry_after, NULL::text, NULL::text;
        RETURN;
    END IF;
    IF account.pin_hash = p_candidate THEN
        UPDATE staff_account SET failed_attempts = 0, retry_after = NULL
            WHERE id = account.id;
        RETURN QUERY SELECT 'ok'::text, NULL::timestamp, account.display_name, account.role;
        RETURN;
    END IF;
    failures := account.failed_attempts + 1;
    IF failures >= {LOCK_AFTER} THEN
        delay := interval '{cooling} seconds';
    ELSIF failures >= {DELAY_AFTER} THEN
        delay := least(interval '{first} seconds' * 2 ^ (failures - {DELAY_AFTER}),
                       interval '{cooling} seconds');
    END IF;
    IF delay IS NOT NULL THEN
        account.retry_after := moment + delay;
    END IF;
    UPDATE staff_account SET failed_attempts = failures, retry_after = account.retry_after
        WHERE id = account.id;
    RETURN QUERY SELECT 'wrong_pin'::text, account.retry_after, NULL::text, NULL::text;
END
$$;
REVOKE ALL ON FUNCTION kiosk_pin_salt(text), kiosk_sign_in(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kiosk_pin_salt(text), kiosk_sign_in(text, text) TO {k};
"""


def roles_script(kiosk: str = KIOSK_ROLE, staff: str = STAFF_ROLE) -> str:
    """`roles_sql` as a script for psql: one transaction, stopping at the first error."""
    return (
        "-- Least privilege for the clinic kiosk: run as the tables' owner after "
        "`clinic-kiosk migrate`.\n"
        "\\set ON_ERROR_STOP on\nBEGIN;\n" + roles_sql(kiosk, staff) + "COMMIT;\n"
    )


def apply_roles(kiosk: str = KIOSK_ROLE, staff: str = STAFF_ROLE) -> None:
    """Give the roles their privileges on the bound clinic server, in one transaction."""
    if not is_server(database):
        raise RoleNameError("roles exist only on a clinic server (PostgreSQL), not on SQLite")
    statements = roles_sql(kiosk, staff)
    with database.atomic():
        # Straight to the driver, with no parameters: the functions' bodies hold a "%".
        database.connection().execute(statements)


def may_open_staff_screen() -> bool:
    """Whether this machine's database role may do the staff screen's work.

    Off a clinic server, always. A kiosk signed in as the kiosk's role
    (`kiosk_station`) may not read decisions or notes: its staff corner then
    offers closing the kiosk only, and staff use a staff computer. Unknown
    (the server away at start) counts as no.
    """
    return _may("SELECT", "review")


def may_read_staff_accounts() -> bool:
    """Whether this machine's database role may list the staff accounts (a kiosk's may not)."""
    return _may("SELECT", "staff_account")


def _may(privilege: str, table: str) -> bool:
    if not is_server(database):
        return True
    try:
        cursor = database.execute_sql("SELECT has_table_privilege(%s, %s)", (table, privilege))
        return bool(cursor.fetchone()[0])
    except Exception:  # the drivers' own errors: the server is away
        return False
