"""Validated content reused between starts: only while no file changed, only if private."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from kiosk.content import loader
from kiosk.content.loader import default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.setup.places import cache_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(default_content_dir(), copy)
    return copy


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders whose files were read and validated (not taken from the cache)."""
    seen: list[Path] = []
    real = loader._read_and_validate

    def counting(directory: Path) -> Content:
        seen.append(directory)
        return real(directory)

    monkeypatch.setattr(loader, "_read_and_validate", counting)
    return seen


def entries() -> list[Path]:
    return sorted(cache_dir().glob("content-*.pickle"))


def test_the_second_start_takes_the_validated_content_from_the_cache(
    folder: Path, reads: list[Path]
) -> None:
    first = load_content(folder, cached=True)
    again = load_content(folder, cached=True)
    assert reads == [folder]
    assert again == first
    assert again.clinic.clinic.name == first.clinic.clinic.name
    assert again.version == first.version


def test_the_cache_is_private_to_the_kiosks_user(folder: Path) -> None:
    load_content(folder, cached=True)
    [entry] = entries()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700


def test_an_edited_content_file_is_read_afresh_and_replaces_the_old_entry(
    folder: Path, reads: list[Path]
) -> None:
    before = load_content(folder, cached=True)
    path = folder / "clinic.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(before.clinic.clinic.name, "Renamed Skin Clinic"),
        encoding="utf-8",
    )
    after = load_content(folder, cached=True)
    assert after.clinic.clinic.name == "Renamed Skin Clinic"
    assert len(reads) == 2
    assert len(entries()) == 1


def test_a_new_or_changed_translation_file_is_read_afresh(folder: Path, reads: list[Path]) -> None:
    load_content(folder, cached=True)
    translations = folder / "translations"
    translations.mkdir(exist_ok=True)
    (translations / "zz.yaml").write_text("welcome: Hallo\n", encoding="utf-8")
    load_content(folder, cached=True)
    (translations / "zz.yaml").write_text("welcome: Moin\n", encoding="utf-8")
    load_content(folder, cached=True)
    assert len(reads) == 3


def test_a_damaged_entry_is_never_used(folder: Path, reads: list[Path]) -> None:
    load_content(folder, cached=True)
    [entry] = entries()
    data = bytearray(entry.read_bytes())
    data[-5] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert load_content(folder, cached=True).clinic.clinic.name
    assert len(reads) == 2


def test_an_entry_others_could_have_written_is_never_loaded(
    folder: Path, reads: list[Path]
) -> None:
    load_content(folder, cached=True)
    [entry] = entries()
    os.chmod(entry, 0o666)
    load_content(folder, cached=True)
    assert len(reads) == 2


def test_without_the_cache_the_files_are_always_validated(folder: Path, reads: list[Path]) -> None:
    load_content(folder)
    load_content(folder)
    assert reads == [folder, folder]
    assert entries() == []
