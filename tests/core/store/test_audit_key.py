"""One audit key for the clinic: a machine without it, once the trail has events, is refused."""

from __future__ import annotations

import pytest

from kiosk.setup.settings import Settings
from kiosk.store.audit import load_key
from kiosk.store.database import DatabaseError, close_database, open_database
from kiosk.store.fields import utc_now
from kiosk.store.installation import open_audit


def test_a_machine_without_the_key_is_refused_once_the_trail_has_events(
    settings: Settings, database_kind: str
) -> None:
    db = open_database(settings)  # the first machine makes the key
    key = load_key(settings.audit_key_path())
    open_audit(settings).record("sign_in", utc_now(), staff="maria")
    close_database(db)
    settings.audit_key_path().unlink()  # another machine, the key not yet copied to it

    with pytest.raises(DatabaseError) as refusal:
        open_database(settings)

    said = str(refusal.value)
    assert f"the audit key {settings.audit_key_path()} is missing" in said
    if database_kind == "postgresql":
        assert "copy audit.key from the machine that made it" in said
        assert "README 'A clinic server' step 6" in said
    else:
        assert "restore it from the installation's backup" in said
    assert not settings.audit_key_path().exists()  # never a new key
    settings.audit_key_path().write_text(key.hex(), encoding="ascii")
    close_database(open_database(settings))  # with the clinic's key it opens


def test_the_first_machine_on_an_empty_server_makes_the_key(postgres_url: str) -> None:
    settings = Settings(kiosk_id="kiosk-test", database_url=postgres_url)
    assert not settings.audit_key_path().exists()

    close_database(open_database(settings))

    assert len(load_key(settings.audit_key_path())) == 32
