"""The welcome page kept between starts: used only while nothing it came from has changed."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kiosk.consultation.front_page import FrontPage, front_page
from kiosk.consultation.quick_start import RECORD, recall, remember
from kiosk.content.languages import Language, language, offered_languages
from kiosk.content.loader import default_content_dir, load_content
from kiosk.setup.places import cache_dir, settings_file


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(default_content_dir(), copy)
    return copy


@pytest.fixture
def page(folder: Path) -> FrontPage:
    """The welcome page of the shipped content, every translation offered."""
    content = load_content(folder)
    return front_page(content, offered_languages(content, unreviewed_too=True), True)


def test_the_next_start_finds_the_welcome_page_as_it_was_kept(
    folder: Path, page: FrontPage
) -> None:
    remember(page, folder)

    kept = recall()

    assert kept == page
    assert kept is not None
    assert kept.clinic_name == "Harbour Skin Clinic"
    assert [each.own_name for each in kept.languages] == ["English", "Español", "Polski", "العربية"]
    assert kept.languages[-1].right_to_left


def test_the_record_is_private_and_holds_no_client(folder: Path, page: FrontPage) -> None:
    remember(page, folder)

    path = cache_dir() / RECORD
    assert path.stat().st_mode & 0o777 == 0o600
    assert set(json.loads(path.read_text(encoding="utf-8"))["page"]) == {
        "clinic_name",
        "language",
        "languages",
        "idle_seconds",
        "countdown_seconds",
        "offers_lookup",
    }


def test_a_changed_content_file_makes_the_kept_page_unusable(folder: Path, page: FrontPage) -> None:
    remember(page, folder)
    clinic = folder / "clinic.yaml"
    clinic.write_text(
        clinic.read_text(encoding="utf-8").replace("Harbour Skin Clinic", "Quay Skin Clinic"),
        encoding="utf-8",
    )

    assert recall() is None


def test_a_changed_translation_makes_the_kept_page_unusable(folder: Path, page: FrontPage) -> None:
    remember(page, folder)
    (folder / "translations" / "pl.po").unlink()

    assert recall() is None


def test_a_changed_setting_makes_the_kept_page_unusable(
    folder: Path, page: FrontPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember(page, folder)
    monkeypatch.setenv("CLINIC_KIOSK_OFFER_UNREVIEWED_LANGUAGES", "false")
    assert recall() is None

    monkeypatch.delenv("CLINIC_KIOSK_OFFER_UNREVIEWED_LANGUAGES")
    assert recall() == page
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text('kiosk_id = "front-desk"\n', encoding="utf-8")
    assert recall() is None


@pytest.mark.parametrize(
    "damage",
    [
        "",
        "{",
        "[]",
        '{"format": 1}',
        "null",
    ],
)
def test_a_damaged_record_is_never_used(folder: Path, page: FrontPage, damage: str) -> None:
    remember(page, folder)
    (cache_dir() / RECORD).write_text(damage, encoding="utf-8")

    assert recall() is None


def test_a_record_of_another_shape_is_never_used(folder: Path, page: FrontPage) -> None:
    remember(page, folder)
    path = cache_dir() / RECORD
    record = json.loads(path.read_text(encoding="utf-8"))
    record["page"]["languages"] = []
    path.write_text(json.dumps(record), encoding="utf-8")

    assert recall() is None


def test_a_record_others_could_have_written_is_never_used(folder: Path, page: FrontPage) -> None:
    remember(page, folder)
    (cache_dir() / RECORD).chmod(0o666)

    assert recall() is None


def test_an_unchanged_page_is_not_written_again(folder: Path, page: FrontPage) -> None:
    remember(page, folder)
    path = cache_dir() / RECORD
    long_ago = 1_000_000_000
    os.utime(path, ns=(long_ago, long_ago))

    remember(page, folder)
    assert path.stat().st_mtime_ns == long_ago

    remember(replace(page, idle_seconds=page.idle_seconds + 30), folder)
    assert path.stat().st_mtime_ns != long_ago


def test_a_reviewed_language_keeps_who_signed_it_off(folder: Path) -> None:
    reviewed = language("pl", "A. Nowak", date(2026, 11, 2))
    page = FrontPage("Harbour Skin Clinic", "en", (language("en"), reviewed), 90, 30, False)
    remember(page, folder)

    kept = recall()

    assert kept is not None
    assert kept.languages[1] == Language("pl", "Polski", False, "A. Nowak", date(2026, 11, 2))
