"""The real kiosk window in a process of its own, for the test that kills the kiosk.

Run as `python -m tests.ui.kiosk_process DBPATH client` from the repository
root, with the test's CLINIC_KIOSK_DATA_DIR (where the outbox is). It builds
the kiosk as start-up does (offscreen), prints `ready`, waits for `go` on
stdin, then walks the clean client through the window with taps on Start and
Next, prints `thanked ID` once the thank-you page shows, and runs on until
it is killed. The test side is tests.core.storage_worker.Worker.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.content.loader import load_content
from kiosk.engine.answers import parse_answers
from kiosk.setup.settings import Settings
from kiosk.store.database import open_database
from tests.core.clients import CLEAN_CLIENT, SIGNATURE
from tests.core.storage_worker import say, wait_for_go
from ui.app import build_kiosk
from ui.wizard.window import KioskWindow


def tap(button: QWidget) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def walk_through(window: KioskWindow) -> None:
    """The clean client: answers given, consent signed, Start and Next to the thank-you page."""
    content = window.content
    start = window.findChild(QWidget, "startButton")
    assert start is not None
    tap(start)
    intake = window.intake
    for link_id, value in parse_answers(content, CLEAN_CLIENT).items():
        intake.set(link_id, value)
    intake.consent.agreed = True
    intake.consent.typed_name = "Ana Silva"
    intake.consent.signature_png = SIGNATURE
    window.show_page(window.page_named("page_consent"))
    while window.page.objectName() != "page_thank_you":
        on = window.page.objectName()
        tap(window.next_button)
        if window.page.objectName() == on:
            raise SystemExit(f"stuck on {on}: {window.message.text()}")


def main(argv: list[str]) -> int:
    path, mode = argv
    if mode != "client":
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    app = QApplication(sys.argv[:1])
    settings = Settings(database_url=f"sqlite:///{path}", kiosk_id="kiosk-killed")
    open_database(settings)
    window = build_kiosk(settings, load_content(), locked=False)
    window.resize(1280, 800)
    window.show()
    say("ready")
    wait_for_go()
    walk_through(window)
    say(f"thanked {window.intake.consultation_id}")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
