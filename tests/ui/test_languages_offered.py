"""The kiosk offers the languages the core decides: --demo shows unreviewed translations too."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from peewee import Database
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.setup.settings import Settings
from kiosk.store.staff import StaffAccounts
from tests.core.content.translated_copies import content_copy, translate_all
from tests.ui.conftest import TODAY
from ui.app import build_kiosk, demo_settings, stop_kiosk


def test_the_demo_offers_unreviewed_languages(tmp_path: Path) -> None:
    assert demo_settings(str(tmp_path)).offer_unreviewed_languages
    assert not Settings().offer_unreviewed_languages


@pytest.mark.parametrize(("unreviewed_too", "offered"), [(False, []), (True, ["es", "pl", "ar"])])
def test_the_welcome_page_offers_only_the_languages_allowed(
    qtbot: QtBot,
    db: Database,
    accounts: StaffAccounts,
    tmp_path: Path,
    unreviewed_too: bool,
    offered: list[str],
) -> None:
    folder = content_copy(tmp_path)
    translate_all(folder)
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test", offer_unreviewed_languages=unreviewed_too),
        load_content(folder),
        accounts=accounts,
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window)
    try:
        buttons = [
            widget.objectName().removeprefix("language_")
            for widget in window.findChildren(QWidget)
            if widget.objectName().startswith("language_")
        ]
        assert [code for code in buttons if code != "en"] == offered
    finally:
        window.may_close = True
        assert stop_kiosk(window)
