"""What the commands print and read: a client's escape codes shown, the configured content used."""

from __future__ import annotations

import json
from pathlib import Path

import apsw
import pytest
from peewee import Database

from kiosk.cli.printable import printable
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.consultations import ConsultationStore
from tests.abuse.commands import run
from tests.abuse.content_copy import content_copy, edit
from tests.core.clients import CLEAN_CLIENT, submit_client
from tests.core.content.translated_copies import translate_all
from ui.app import demo_settings, startup
from ui.cannot_start import CannotStart

HOSTILE = "\x1b[2J\x1b]0;owned\x07Eve\u202eil\r\x08\x9b31m"


def test_find_shows_a_names_terminal_codes_escaped(
    db: Database,
    content: Content,
    store: ConsultationStore,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    submit_client(content, store)
    db.close()
    # The kiosk refuses such a name today; an older version, an import or a
    # hand-edited database may still hold one.
    connection = apsw.Connection(str(settings.database_path()))
    connection.execute("UPDATE client SET last_name = ?", (f"Silva{HOSTILE}",))
    connection.close()

    code, out, _ = run(capsys, "find", "Ana")

    assert code == 0
    assert "Silva\\x1b[2J\\x1b]0;owned\\x07Eve\\u202eil\\r\\x08\\x9b31m" in out
    assert not any(ord(char) < 32 and char not in "\t\n" for char in out)
    assert "\x9b" not in out
    assert "\u202e" not in out


def test_printable_keeps_every_ordinary_letter() -> None:
    assert printable("Zoë Brontë-Ó'Neill 李 Ольга") == "Zoë Brontë-Ó'Neill 李 Ольга"


@pytest.fixture
def clinic_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The clinic's own content folder, named by the content_dir setting."""
    folder = content_copy(tmp_path)
    edit(folder, "clinic.yaml", "name: Harbour Skin Clinic", "name: Quayside Skin Studio")
    monkeypatch.setenv("CLINIC_KIOSK_CONTENT_DIR", str(folder))
    return folder


def broken(folder: Path) -> None:
    clinic = folder / "clinic.yaml"
    clinic.write_text(clinic.read_text("utf-8") + "\nlanguages: [en\n", "utf-8")


def test_check_content_reads_the_configured_folder(
    clinic_content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    translate_all(clinic_content)
    code, configured, _ = run(capsys, "check-content")
    monkeypatch.delenv("CLINIC_KIOSK_CONTENT_DIR")
    built_in = load_content()

    assert code == 0
    assert configured.startswith("OK: content version ")
    assert configured.split()[3] != built_in.version  # another version: the clinic's own


def test_screen_and_handout_read_the_configured_folder(
    clinic_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"answers": CLEAN_CLIENT, "today": "2026-11-21"}), "utf-8")
    broken(clinic_content)

    for command in (["screen", str(answers)], ["handout", str(answers), "-o", "plan.pdf"]):
        code, _, err = run(capsys, *command)
        assert code == 1, command
        assert "clinic.yaml" in err


def test_the_demo_uses_the_configured_content(clinic_content: Path) -> None:
    broken(clinic_content)

    with pytest.raises(CannotStart, match="The clinic content has problems"):
        startup(demo_settings(str(clinic_content)))
