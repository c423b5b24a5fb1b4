"""The idle reset: "Are you still there?", then nothing of the client left anywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot

from kiosk.store.models import Consultation
from tests.ui.conftest import find, settled, sign, tap_named, type_on_screen
from ui.wizard.window import KioskWindow

SENTINELS = {
    "consentName": "Xylophonia Quux",
    "first_name_input": "Zebulona",
    "last_name_input": "Snorkelwhistle",
    "phone_input": "+44 7700 987654",
    "email_input": "zebulona@sentinel.example",
}


def fill_every_text_field(qtbot: QtBot, kiosk: KioskWindow) -> None:
    tap_named(qtbot, kiosk, "startButton")
    tap_named(qtbot, kiosk, "consentAgree")
    tap_named(qtbot, kiosk, "consentName")
    type_on_screen(qtbot, kiosk, SENTINELS["consentName"])
    sign(qtbot, find(kiosk, "signaturePad"))
    tap_named(qtbot, kiosk, "nextButton")
    for name, text in SENTINELS.items():
        if name != "consentName":
            tap_named(qtbot, kiosk, name)
            type_on_screen(qtbot, kiosk, text)
    box = find(kiosk, "email_input")
    assert isinstance(box, QLineEdit)
    box.selectAll()
    box.copy()  # as if the client had copied their email somehow
    assert QGuiApplication.clipboard().text() == SENTINELS["email_input"]
    tap_named(qtbot, kiosk, "backButton")  # saves nothing new; the draft exists from consent
    tap_named(qtbot, kiosk, "nextButton")


def everything_on_screen_and_behind_it() -> list[str]:
    """Every text any widget, undo history, item model or the clipboard could give back."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found: list[str] = [QGuiApplication.clipboard().text()]
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit):
            found.append(widget.text())
            while widget.isUndoAvailable():
                widget.undo()
                found.append(widget.text())
        elif isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    found.append(str(model.data(model.index(row, column))))
        found.append(widget.accessibleName())
        found.append(widget.toolTip())
    return found


def test_after_an_idle_reset_no_widget_model_undo_stack_or_clipboard_holds_the_client(
    qtbot: QtBot, kiosk: KioskWindow
) -> None:
    fill_every_text_field(qtbot, kiosk)
    before = "\n".join(everything_on_screen_and_behind_it())
    assert all(text in before for text in SENTINELS.values())  # the search can find them

    kiosk.idle.timer.setInterval(10)
    kiosk.still_there.seconds = 1
    kiosk.idle.timer.start()
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=2000)
    assert find(kiosk, "stillHereButton").isVisible()
    qtbot.waitUntil(lambda: not kiosk.still_there.isVisible(), timeout=3000)

    assert kiosk.page.objectName() == "page_welcome"
    after = "\n".join(everything_on_screen_and_behind_it())
    for text in SENTINELS.values():
        assert text not in after
    assert dict(kiosk.intake.answers) == {}
    assert kiosk.intake.consent.typed_name == ""
    assert settled(kiosk)
    assert Consultation.get().status == "abandoned"


def test_a_tap_on_are_you_still_there_keeps_every_answer(qtbot: QtBot, kiosk: KioskWindow) -> None:
    fill_every_text_field(qtbot, kiosk)
    kiosk.idle.timer.setInterval(10)
    kiosk.idle.timer.start()
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=2000)
    kiosk.idle.set_enabled(False)  # no second countdown while we look

    tap_named(qtbot, kiosk, "stillHereButton")

    assert not kiosk.still_there.isVisible()
    assert kiosk.page.objectName() == "page_about_you"
    assert kiosk.intake.get("first_name") == SENTINELS["first_name_input"]


def test_the_idle_countdown_rests_on_the_welcome_and_thank_you_screens(kiosk: KioskWindow) -> None:
    assert kiosk.page.objectName() == "page_welcome"
    assert not kiosk.idle.enabled
    kiosk.show_page(kiosk.page_named("page_thank_you"))
    assert not kiosk.idle.enabled
