"""The kiosk refuses to start on broken content, and says where the mistake is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.content.loader import default_content_dir
from ui.app import startup


def test_broken_content_stops_the_kiosk_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    clinic = folder / "clinic.yaml"
    clinic.write_text(clinic.read_text(encoding="utf-8") + "\nlanguages: [en\n", encoding="utf-8")

    with pytest.raises(SystemExit) as stopped:
        startup(Settings(content_dir=str(folder)))

    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "The kiosk cannot start: the clinic content has problems." in err
    assert "clinic.yaml, line" in err
