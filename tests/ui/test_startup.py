"""The kiosk refuses to start on broken content, and says where the mistake is."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.loader import default_content_dir
from kiosk.setup.settings import Settings
from tests.processes import run_until_line
from ui.app import startup
from ui.cannot_start import CannotStart, CannotStartNotice
from ui.launch import show_cannot_start, unexpected
from ui.qt_messages import private
from ui.widgets.basics import TouchButton


def broken_content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    clinic = folder / "clinic.yaml"
    clinic.write_text(clinic.read_text(encoding="utf-8") + "\nlanguages: [en\n", encoding="utf-8")
    return folder


def test_broken_content_stops_the_kiosk_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(CannotStart) as stopped:
        startup(Settings(content_dir=str(broken_content(tmp_path))))

    assert stopped.value.reason == "The clinic content has problems."
    assert any("clinic.yaml, line" in problem for problem in stopped.value.problems)


def test_a_database_folder_that_cannot_be_made_stops_the_kiosk_with_the_reason(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")

    with pytest.raises(CannotStart) as stopped:
        startup(Settings(database_url=f"sqlite:///{blocker / 'kiosk.sqlite3'}"))

    assert stopped.value.reason.startswith("The database cannot be opened:")
    assert "not-a-folder" in stopped.value.reason


def test_an_unforeseen_failure_names_its_kind_and_sends_details_to_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    failure = unexpected(KeyError("first_name"))

    assert failure.reason == "An unexpected error (KeyError); the details are in the log."
    assert "first_name" not in failure.reason
    assert caplog.records[-1].exc_info is not None


def test_the_notice_sends_clients_to_the_desk_and_tells_staff_why(qtbot: QtBot) -> None:
    problems = [f"rules.yaml, line {n}: a mistake" for n in range(1, 10)]
    notice = CannotStartNotice(
        CannotStart("The clinic content has problems.", problems), Path("/var/log/kiosk.log")
    )
    qtbot.addWidget(notice)
    notice.resize(1280, 800)
    notice.show()

    shown = [label.text() for label in notice.findChildren(QLabel) if label.isVisible()]
    assert "Sorry, this kiosk is not available just now." in shown
    assert "The clinic content has problems." in shown
    assert "rules.yaml, line 6: a mistake" in shown
    assert "rules.yaml, line 7: a mistake" not in shown
    assert "…and 3 more." in shown
    assert any("/var/log/kiosk.log" in text for text in shown)

    with qtbot.waitSignal(notice.try_again, timeout=1000):
        qtbot.mouseClick(notice.findChild(TouchButton, "tryAgain"), Qt.MouseButton.LeftButton)


def test_a_kiosk_that_cannot_start_keeps_its_notice_up_and_logs_why(tmp_path: Path) -> None:
    env = {**os.environ, "CLINIC_KIOSK_CONTENT_DIR": str(broken_content(tmp_path))}
    env["QT_QPA_PLATFORM"] = "offscreen"

    run_until_line(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"],
        "The kiosk cannot start: The clinic content has problems.",
        env=env,
        cwd=tmp_path,
        still_running_after=1.0,
    )

    log = (Path(os.environ["CLINIC_KIOSK_LOG_DIR"]) / "kiosk.log").read_text(encoding="utf-8")
    assert "cannot start: The clinic content has problems. clinic.yaml, line" in log


def test_a_kiosk_with_a_bad_setting_names_it_the_value_and_the_line(tmp_path: Path) -> None:
    settings = Path(os.environ["CLINIC_KIOSK_CONFIG_DIR"]) / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('kiosk_id = "front"\ndraft_hours = 0\n', encoding="utf-8")
    line = f"settings: draft_hours = 0 in {settings}, line 2: must be at least 1"

    seen = run_until_line(
        [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"],
        "The kiosk cannot start:",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        still_running_after=1.0,
    )

    assert seen[-1] == f"The kiosk cannot start: {line}\n"
    log = (Path(os.environ["CLINIC_KIOSK_LOG_DIR"]) / "kiosk.log").read_text(encoding="utf-8")
    assert f"cannot start: {line}" in log


def test_try_again_ends_the_notice_with_status_1_for_the_supervisor(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    exits: list[int] = []

    def event_loop() -> int:
        # Stands in for the event loop: a member of staff taps Try again.
        notice = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CannotStartNotice))
        assert notice.isVisible()
        qtbot.mouseClick(notice.findChild(TouchButton, "tryAgain"), Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    code = show_cannot_start(CannotStart("The settings cannot be used."), None, windowed=True)

    assert exits == [1]
    assert code == 1


@pytest.mark.parametrize(
    ("category", "kept_out"),
    [
        ("qt.qpa.input", True),
        ("qt.qpa.xkeyboard", True),
        ("qt.pointer.dispatch", True),
        ("qt.core.plugin.loader", False),
        (None, False),
    ],
)
def test_qt_input_logging_never_reaches_the_kiosk_log(category: str | None, kept_out: bool) -> None:
    assert private(category) is kept_out
