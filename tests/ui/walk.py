"""One client walked through the real kiosk window, for the soak test and the benchmark.

Not a test itself: the same walk as tests/ui/kiosk_process.py (Start, the
answers, consent, Next to the thank-you page, then the reset the thank-you
timer would do), without waiting for anything a person would wait for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.engine.answers import parse_answers
from tests.core.clients import CLEAN_CLIENT, SIGNATURE
from ui.wizard.window import KioskWindow


def tap(button: QWidget) -> None:
    """A finger tap in the middle of `button`."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def walk_one_client(window: KioskWindow, number: int) -> str:
    """Client `number` from Start to the thank-you page, then the reset; their consultation id."""
    start = next(w for w in window.findChildren(QWidget, "startButton") if w.isVisible())
    tap(start)
    intake = window.intake
    raw = {**CLEAN_CLIENT, "first_name": f"Ana{number}", "phone": f"+44 7700 9{number:05d}"}
    for link_id, value in parse_answers(window.content, raw).items():
        intake.set(link_id, value)
    intake.consent.agreed = True
    intake.consent.typed_name = f"Ana{number} Silva"
    intake.consent.signature_png = SIGNATURE
    window.show_page(window.page_named("page_consent"))
    while window.page.objectName() != "page_thank_you":
        on = window.page.objectName()
        tap(window.next_button)
        QApplication.processEvents()
        if window.page.objectName() == on:
            raise AssertionError(f"stuck on {on}: {window.message.text()}")
    public_id = intake.consultation_id or ""
    window.reset()
    # What the kiosk's event loop does between two clients, deleteLater()
    # included: processEvents() alone leaves every deleted page in memory.
    QTest.qWait(0)
    return public_id
