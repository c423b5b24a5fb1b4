"""build.spec makes a one-folder bundle that works on its own: built here, then run.

Slow (the build takes about half a minute); `pytest -m "not slow"` leaves it out.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.core.content.translated_copies import content_copy, translate_all

pytestmark = [pytest.mark.slow, pytest.mark.gui]

ROOT = Path(__file__).resolve().parents[2]
PROGRAM = "clinic-kiosk.exe" if sys.platform == "win32" else "clinic-kiosk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle, built from build.spec into a temporary folder."""
    out = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    return out / "dist" / "clinic-kiosk"


@pytest.fixture
def clinic_machine(tmp_path: Path) -> dict[str, str]:
    """The environment of a fresh kiosk machine: a new home folder, no kiosk settings."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("CLINIC_KIOSK_", "XDG_", "PYTHON", "VIRTUAL_ENV"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    # No Python of ours on the path: the bundle must carry its own.
    paths = env.get("PATH", "").split(os.pathsep)
    env["PATH"] = os.pathsep.join(p for p in paths if ".venv" not in p)
    return env


def run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / PROGRAM), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
        cwd=env["HOME"],
    )


READY = "ready: the welcome page is on screen"


def run_until_logged(
    command: list[str], wanted: str, log_file: Path, env: dict[str, str], cwd: Path
) -> list[str]:
    """Run `command` until `wanted` is on its stderr AND in `log_file`, then stop it.

    The console and the log file are two handlers of one log record: the line
    reaches the console a moment before the file, so stopping the kiosk as
    soon as the console shows it could lose it from the file (this test
    failed on fresh clones for that reason). Returns the stderr lines seen.
    """
    process = subprocess.Popen(
        command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env, cwd=cwd
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    seen: list[str] = []
    deadline = time.monotonic() + 120
    try:
        while not any(wanted in line for line in seen):
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.1))
            if line is None:
                raise AssertionError(f"{command[0]} exited before saying {wanted!r}: {seen[-20:]}")
            seen.append(line)
        stopped = threading.Event()
        while not (log_file.is_file() and wanted in log_file.read_text(encoding="utf-8")):
            assert process.poll() is None, f"{command[0]} exited before logging {wanted!r}"
            assert time.monotonic() < deadline, f"{wanted!r} never reached {log_file}"
            stopped.wait(0.05)  # the file handler writes within milliseconds
        return seen
    finally:
        process.terminate()
        process.wait(timeout=30)
        reader.join(timeout=30)
        assert process.stderr is not None
        process.stderr.close()


def test_the_bundled_self_test_passes(bundle: Path, clinic_machine: dict[str, str]) -> None:
    done = run(bundle, clinic_machine, "--self-test")

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"self-test (bundle in {bundle}" in done.stdout
    assert re.search(r"^All \d+ checks passed", done.stdout, re.MULTILINE), done.stdout
    # Among them the languages offered, read from the bundled translations.
    assert re.search(r"^  ok +languages ", done.stdout, re.MULTILINE), done.stdout
    assert f"{bundle / '_internal' / 'resources'}" in done.stdout


def test_the_bundle_carries_its_resources_and_only_the_qt_it_uses(bundle: Path) -> None:
    inside = bundle / "_internal"
    resources = inside / "resources"
    for name in ("questionnaire.yaml", "rules.yaml", "treatments.yaml", "README.md"):
        assert (resources / "content" / name).is_file(), name
    assert (resources / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (resources / "style" / "kiosk.qss").is_file()
    for language in ("en", "es", "pl", "ar"):
        assert (resources / "i18n" / f"kiosk_{language}.qm").is_file(), language
    for language in ("es", "pl", "ar"):
        assert (resources / "content" / "translations" / f"{language}.po").is_file(), language
    assert (resources / "fonts" / "NotoNaskhArabic-Regular.ttf").is_file()
    shipped = ROOT / "resources" / "icons"
    assert len(list((resources / "icons").glob("*.svg"))) == len(list(shipped.glob("*.svg")))
    assert (inside / "kiosk" / "store" / "migrations" / "0001_consultations.py").is_file()
    # Sources of compiled files and Python package markers stay behind.
    assert not list(resources.rglob("*.ts"))
    assert not list(resources.rglob("*.py"))

    files = [p.relative_to(inside).as_posix() for p in inside.rglob("*") if p.is_file()]
    plugins = {f.split("plugins/", 1)[1] for f in files if "/Qt/plugins/" in f}
    for needed in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/libqeglfs.so",
        "generic/libqevdevtouchplugin.so",
        "printsupport/libcupsprintersupport.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
    ):
        if sys.platform.startswith("linux"):
            assert needed in plugins, needed
    assert not [p for p in plugins if p.startswith(("tls/", "networkinformation/", "qmltooling/"))]
    assert "platformthemes/libqgtk3.so" not in plugins
    assert "imageformats/libqwebp.so" not in plugins
    # No other Qt binding, no QtQuick or QML, no Qt translations the kiosk never loads.
    assert not [f for f in files if f.startswith(("PyQt5/", "PyQt6/", "PySide2/"))]
    assert not [f for f in files if "Qt6Quick" in f or "Qt6Qml" in f]
    assert not [f for f in files if "/Qt/translations/" in f]
    assert not [f for f in files if f.startswith(("tkinter", "PIL/_avif", "PIL/_webp"))]


def test_the_bundled_kiosk_keeps_clinic_data_in_the_platform_folders(
    bundle: Path, clinic_machine: dict[str, str]
) -> None:
    home = Path(clinic_machine["HOME"])
    log_file = home / ".local/state/clinic-kiosk/log/kiosk.log"

    lines = run_until_logged(
        [str(bundle / PROGRAM), "--windowed", "--verbose"],
        READY,
        log_file,
        env=clinic_machine,
        cwd=home,
    )

    assert any("applied schema migration 0001" in line for line in lines)
    # A new installation says how to make the account that can leave the kiosk.
    assert any("no staff accounts. Add the first admin with" in line for line in lines)
    assert (home / ".local/share/clinic-kiosk/consultations.sqlite3").is_file()
    assert (home / ".config/clinic-kiosk/audit.key").is_file()
    assert READY in log_file.read_text(encoding="utf-8")
    # Nothing written into the bundle: a new version can replace the folder whole.
    assert not [p for p in bundle.rglob("*") if p.suffix in {".sqlite3", ".log", ".key", ".toml"}]


def test_the_bundled_program_runs_the_headless_commands(
    bundle: Path, clinic_machine: dict[str, str], tmp_path: Path
) -> None:
    # The bundled content, each language it lists translated in full: the
    # bundle carries the PO files and Babel's data to read them.
    folder = content_copy(tmp_path)
    translate_all(folder)
    checked = run(bundle, clinic_machine, "check-content", str(folder))
    screened = run(bundle, clinic_machine, "screen", str(ROOT / "docs/examples/isotretinoin.json"))

    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("OK")
    assert screened.returncode == 0, screened.stderr
    assert '"status": "defer"' in screened.stdout
