"""A client who finishes while another program holds the database: thanked at once, stored later.

Another process takes SQLite's write lock (BEGIN IMMEDIATE) and keeps it,
as a backup of a large database or a staff station in a long transaction
would. The client walks through the real window meanwhile; the kiosk must
thank them without waiting, keep the consultation in its outbox, and store
it, once and complete, when the lock is released, or after the kiosk
process was killed and started again.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.consultation.outbox import Outbox, outbox_folder
from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.models import Consent, Consultation
from kiosk.store.staff import StaffAccounts
from tests.core.storage_worker import Worker
from tests.ui.conftest import find, sign, stopped, tap, tap_named, type_on_screen
from ui.app import build_kiosk
from ui.wizard.window import KioskWindow

# The thank-you page must show well within this after the last tap (the
# database's busy timeout, 15 s, is what a client waited before).
PROMPTLY = 5.0


def type_into(qtbot: QtBot, window: KioskWindow, box: str, text: str) -> None:
    tap_named(qtbot, window, box)
    type_on_screen(qtbot, window, text)


def next_page(qtbot: QtBot, window: KioskWindow) -> float:
    """Tap Next (the page must change); returns how long the screen was busy with it."""
    on = window.page.objectName()
    began = time.monotonic()
    tap_named(qtbot, window, "nextButton")
    took = time.monotonic() - began
    assert window.page.objectName() != on, find(window, "navMessage").text()  # type: ignore[attr-defined]
    return took


def walk_to_the_plan(qtbot: QtBot, window: KioskWindow) -> float:
    """Ana signs, answers every page with taps and the on-screen keyboard; the longest tap."""
    taps = []
    tap_named(qtbot, window, "startButton")
    tap_named(qtbot, window, "consentAgree")
    type_into(qtbot, window, "consentName", "Ana Silva")
    sign(qtbot, find(window, "signaturePad"))
    taps.append(next_page(qtbot, window))
    type_into(qtbot, window, "first_name_input", "Ana")
    type_into(qtbot, window, "last_name_input", "Silva")
    type_into(qtbot, window, "date_of_birth_day", "14031988")
    type_into(qtbot, window, "phone_input", "+44 7700 900123")
    type_into(qtbot, window, "email_input", "ana@example.com")
    taps.append(next_page(qtbot, window))
    tap(qtbot, find(find(window, "card_fitzpatrick_type"), "option_3"))
    taps.append(next_page(qtbot, window))
    tap(qtbot, find(find(window, "card_concerns"), "option_acne_scars"))
    taps.append(next_page(qtbot, window))
    while window.page.objectName() != "page_results":
        for card in window.page.findChildren(QWidget):
            name = card.objectName()
            if name.startswith("card_") and card.isVisible():
                choice = "option_no" if name == "card_diabetes" else "no"
                tap(qtbot, find(card, choice))
        taps.append(next_page(qtbot, window))
    while window.page.objectName() != "page_plan":
        taps.append(next_page(qtbot, window))
    return max(taps)


def held_lock(db_path: Path, tmp_path: Path) -> Worker:
    return Worker(db_path, "hold", stderr_path=tmp_path / "holder.err")


def assert_stored_once_and_complete(public_id: str) -> None:
    assert Consultation.select().count() == 1
    row = Consultation.get(Consultation.public_id == public_id)
    assert row.status == "submitted"
    answers = json.loads(row.answers or "")
    assert answers["first_name"] == "Ana"
    assert "acne_scars" in answers["concerns"]
    assert json.loads(row.snapshot or "{}")  # what the client was told, kept with it
    assert row.recommended_treatment == "microneedling"
    assert row.client.first_name == "Ana"
    (consent,) = Consent.select().where(Consent.consultation == row)
    assert consent.typed_name == "Ana Silva"
    assert bytes(consent.signature_png).startswith(b"\x89PNG")


@pytest.mark.slow
@pytest.mark.parametrize(
    "hold_seconds",
    # Five minutes mostly spent waiting: scripts/test runs it beside the rest.
    [45, pytest.param(300, marks=pytest.mark.beside)],
    ids=["45s", "5min"],
)
def test_a_client_finishing_while_the_database_is_locked_is_thanked_and_stored_once(
    qtbot: QtBot,
    kiosk: KioskWindow,
    tmp_path: Path,
    hold_seconds: int,
) -> None:
    delivery = kiosk.services.sessions.delivery
    with held_lock(Settings().database_path(), tmp_path) as holder:
        holder.expect("holding", timeout=60)
        held_since = time.monotonic()

        longest_tap = walk_to_the_plan(qtbot, kiosk)
        thanks_after = next_page(qtbot, kiosk)

        assert kiosk.page.objectName() == "page_thank_you"
        assert kiosk.page.title() == "Thank you, Ana"
        print(f"thanked {thanks_after:.3f} s after the last tap; longest tap {longest_tap:.3f} s")
        assert thanks_after < PROMPTLY
        assert longest_tap < PROMPTLY  # no page waited on the database either
        assert kiosk.message.text() == ""  # no "not saved" warning: it is kept on disk
        public_id = kiosk.intake.consultation_id
        assert public_id is not None
        assert Outbox(outbox_folder()).waiting() == [public_id]
        # The lock is real: the delivery is refused and says why.
        qtbot.waitUntil(
            lambda: bool(Outbox(outbox_folder()).report().waiting[0].tries), timeout=60_000
        )
        report = Outbox(outbox_folder()).report()
        assert (
            report.waiting[0].last_error
            == "the database is busy: another program holds its write lock"
        )
        assert not Consultation.select().where(Consultation.status == "submitted").exists()
        # The kiosk resets for the next client while the consultation still waits.
        qtbot.waitUntil(lambda: kiosk.page.objectName() == "page_welcome", timeout=60_000)
        assert kiosk.intake.consultation_id is None
        # The other program keeps the lock for the whole of its time.
        qtbot.waitUntil(
            lambda: time.monotonic() - held_since >= hold_seconds,
            timeout=(hold_seconds + 60) * 1000,
        )
        assert Outbox(outbox_folder()).waiting() == [public_id]
        holder.send("release")
        holder.expect("released", timeout=60)

    released = time.monotonic()
    qtbot.waitUntil(delivery.settled, timeout=120_000)
    print(f"stored {time.monotonic() - released:.3f} s after the lock was released")
    assert_stored_once_and_complete(public_id)
    assert Outbox(outbox_folder()).report().summary().startswith("the outbox is empty")


@pytest.mark.slow
def test_a_kiosk_killed_while_the_consultation_waits_delivers_it_once_when_started_again(
    qtbot: QtBot, db: Database, content: Content, accounts: StaffAccounts, tmp_path: Path
) -> None:
    path = Settings().database_path()
    with Worker(
        path, "client", stderr_path=tmp_path / "kiosk.err", module="tests.ui.kiosk_process"
    ) as kiosk_process:
        kiosk_process.expect("ready", timeout=120)
        with held_lock(path, tmp_path) as holder:
            holder.expect("holding", timeout=60)
            kiosk_process.send("go")
            public_id = kiosk_process.expect("thanked ", timeout=120).split()[1]
            assert Outbox(outbox_folder()).waiting() == [public_id]

            kiosk_process.kill()  # SIGKILL: nothing of the kiosk's runs after this

            holder.send("release")
            holder.expect("released", timeout=60)
    assert not Consultation.select().where(Consultation.status == "submitted").exists()
    assert Outbox(outbox_folder()).waiting() == [public_id]

    # Started again, as the kiosk's start-up does: the outbox is delivered first.
    window = build_kiosk(Settings(kiosk_id="kiosk-killed"), content, accounts=accounts)
    qtbot.addWidget(window, before_close_func=stopped)
    delivery = window.services.sessions.delivery
    qtbot.waitUntil(delivery.settled, timeout=120_000)

    assert_stored_once_and_complete(public_id)
    assert Outbox(outbox_folder()).waiting() == []
