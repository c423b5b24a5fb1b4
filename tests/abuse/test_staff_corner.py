"""A client at the kiosk cannot learn staff names, nor lock staff out beyond a cooling-off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from peewee import Database
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.setup.settings import Settings
from kiosk.store.staff import KIOSK_COOLING_OFF, Role, SignInRefused, StaffAccounts
from tests.core.clients import FakeClock
from tests.ui.conftest import tap_named
from ui.app import build_kiosk, stop_kiosk
from ui.wizard.window import KioskWindow

PIN = "48213597"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def wrong_pins(accounts: StaffAccounts, clock: FakeClock, count: int) -> list[str]:
    """`count` wrong PINs for maria, each as soon as the account lets one be tried."""
    reasons = []
    for _ in range(count):
        try:
            accounts.sign_in("maria", "11112222")
        except SignInRefused as refusal:
            reasons.append(refusal.reason)
            if refusal.retry_after is not None:
                clock.now = max(clock.now, refusal.retry_after)
    return reasons


def test_wrong_pins_at_the_kiosk_only_ever_cool_off(db: Database, clock: FakeClock) -> None:
    kiosk = StaffAccounts(clock, CHEAP, cooling_off=KIOSK_COOLING_OFF)
    kiosk.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)
    began = clock.now

    reasons = wrong_pins(kiosk, clock, 40)

    assert "locked" not in reasons
    with pytest.raises(SignInRefused):
        kiosk.sign_in("maria", "11112222")  # once more, and staff arrive straight after
    with pytest.raises(SignInRefused) as refused:
        kiosk.sign_in("maria", PIN)
    refusal = refused.value
    assert refusal.reason == "wait"
    assert refusal.retry_after is not None
    assert refusal.retry_after - clock.now <= timedelta(minutes=15)
    clock.now = refusal.retry_after
    assert kiosk.sign_in("maria", PIN).username == "maria"  # no IT needed
    assert clock.now - began > timedelta(hours=5)  # forty guesses took hours, not seconds


def test_the_staff_station_keeps_its_lockout(db: Database, clock: FakeClock) -> None:
    station = StaffAccounts(clock, CHEAP)
    station.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)

    assert wrong_pins(station, clock, 10)[-1] == "locked"


@pytest.fixture
def kiosk(qtbot: QtBot, db: Database, content: Content, clock: FakeClock) -> Iterator[KioskWindow]:
    accounts = StaffAccounts(clock, CHEAP, cooling_off=KIOSK_COOLING_OFF)
    accounts.add("maria", "Maria Lopez", Role.PRACTITIONER, PIN)
    accounts.add("tom", "Tom Reed", Role.FRONT_DESK, "97531864")
    window = build_kiosk(Settings(kiosk_id="kiosk-test"), content, accounts=accounts, now=clock)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.may_close = True
    assert stop_kiosk(window)  # its background work and its delivery thread


def shown_text(window: KioskWindow) -> str:
    widgets: list[QLabel | QAbstractButton | QLineEdit] = [
        *window.findChildren(QLabel),
        *window.findChildren(QAbstractButton),
        *window.findChildren(QLineEdit),
    ]
    return " ".join(f"{w.text()} {w.objectName()}" for w in widgets if w.isVisible())


def test_the_staff_corner_lists_no_names(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.staff.start()
    box = kiosk.findChild(QLineEdit, "staffUsername")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    kiosk.services.work.wait()

    text = shown_text(kiosk)
    for name in ("Maria", "Lopez", "maria", "Tom", "Reed", "tom"):
        assert name not in text

    qtbot.keyClicks(box, "nobody")
    tap_named(qtbot, kiosk, "usernameNext")
    for digit in PIN:
        tap_named(qtbot, kiosk, f"pin_{digit}")
    tap_named(qtbot, kiosk, "pin_enter")
    message = kiosk.findChild(QLabel, "staffMessage")
    assert message is not None
    # A name that does not exist reads as a wrong PIN: the kiosk tells nobody who works here.
    qtbot.waitUntil(lambda: message.text() == "That user name or PIN is not right.")
    kiosk.staff.close_panel()
