"""Printing the handout from the plan page: a working printer, a failing one, none at all."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.model import Content
from kiosk.engine.answers import parse_answers
from kiosk.setup.settings import Settings
from kiosk.store.models import Consultation
from kiosk.store.staff import StaffAccounts
from tests.core.clients import CLEAN_CLIENT
from tests.ui.conftest import TODAY, find, settled, stopped, tap_named
from ui.app import build_kiosk
from ui.pdf_pages import page_images
from ui.printing import PrintError, SystemPrinter
from ui.wizard.window import KioskWindow


class FakePrinter:
    """Keeps what it is asked to print."""

    def __init__(self) -> None:
        self.printed: list[bytes] = []

    def print_pdf(self, pdf: bytes) -> None:
        self.printed.append(pdf)


class JammedPrinter:
    """Fails every job, as a printer out of paper does."""

    def print_pdf(self, pdf: bytes) -> None:
        raise PrintError("out of paper")


def kiosk_with(
    qtbot: QtBot, content: Content, accounts: StaffAccounts, printer: object
) -> KioskWindow:
    window = build_kiosk(
        Settings(kiosk_id="kiosk-test"),
        content,
        accounts=accounts,
        printer=printer,  # type: ignore[arg-type]
        today=lambda: TODAY,
        now=lambda: datetime(2026, 11, 21, 10, 0),
    )
    qtbot.addWidget(window, before_close_func=stopped)
    window.resize(1280, 800)
    window.show()
    return window


def at_the_plan(qtbot: QtBot, window: KioskWindow) -> None:
    """A submitted client, on the plan page (answers set through the intake)."""
    intake = window.intake
    for link_id, value in parse_answers(window.content, CLEAN_CLIENT).items():
        intake.set(link_id, value)
    intake.consent.agreed = True
    intake.consent.typed_name = "Ana Silva"
    intake.consent.signature_png = b"\x89PNG signature"
    window.show_page(window.page_named("page_consent"))
    tap_named(qtbot, window, "nextButton")
    for name in (
        "page_about_you",
        "page_skin",
        "page_concerns",
        "page_skin_today",
        "page_health",
        "page_medicines",
        "page_recent_treatments",
        "page_results",
        "page_compare",
    ):
        assert window.page.objectName() == name, find(window, "navMessage").text()  # type: ignore[attr-defined]
        tap_named(qtbot, window, "nextButton")
    assert window.page.objectName() == "page_plan"


def status(window: KioskWindow) -> str:
    label = find(window, "printStatus")
    assert isinstance(label, QLabel)
    return label.text()


@pytest.fixture
def temp_files() -> set[str]:
    """The files in the temporary folder before the test."""
    return set(os.listdir(tempfile.gettempdir()))


def test_print_sends_the_plan_to_the_printer_and_leaves_no_file_behind(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts, temp_files: set[str]
) -> None:
    printer = FakePrinter()
    window = kiosk_with(qtbot, content, accounts, printer)
    at_the_plan(qtbot, window)

    tap_named(qtbot, window, "printButton")

    qtbot.waitUntil(lambda: status(window).startswith("Your plan is printing"), timeout=10_000)
    assert len(printer.printed) == 1
    pages = page_images(printer.printed[0], dpi=40)
    assert len(pages) == 3
    assert settled(window)
    assert Consultation.get().needs_print is False
    new_files = set(os.listdir(tempfile.gettempdir())) - temp_files
    assert not [name for name in new_files if name.endswith(".pdf")]


def test_a_failing_printer_gets_a_calm_message_and_the_front_desk_is_told(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts
) -> None:
    window = kiosk_with(qtbot, content, accounts, JammedPrinter())
    at_the_plan(qtbot, window)

    tap_named(qtbot, window, "printButton")

    qtbot.waitUntil(lambda: "front desk" in status(window), timeout=10_000)
    said = (
        "We could not print your plan just now. Nothing is lost: "
        "the front desk will print your copy for you."
    )
    assert status(window) == said
    assert settled(window)
    assert Consultation.get().needs_print is True
    assert find(window, "printButton").isEnabled()  # the client may try again
    tap_named(qtbot, window, "nextButton")
    assert window.page.objectName() == "page_thank_you"
    assert find(window, "thankYouPrintProblem").text() == said  # type: ignore[attr-defined]


def test_with_no_printer_set_up_the_client_is_sent_to_the_front_desk(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts
) -> None:
    window = kiosk_with(qtbot, content, accounts, SystemPrinter("No such printer"))
    at_the_plan(qtbot, window)

    tap_named(qtbot, window, "printButton")

    qtbot.waitUntil(lambda: "front desk" in status(window), timeout=10_000)
    assert settled(window)
    assert Consultation.get().needs_print is True


def test_the_preview_shows_the_real_pages(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts
) -> None:
    window = kiosk_with(qtbot, content, accounts, FakePrinter())
    at_the_plan(qtbot, window)

    tap_named(qtbot, window, "previewButton")

    qtbot.waitUntil(window.preview.isVisible, timeout=10_000)
    pages = [window.findChild(QLabel, f"previewPage{n}") for n in (1, 2, 3)]
    assert all(page is not None and not page.pixmap().isNull() for page in pages)
    tap_named(qtbot, window, "closePreview")
    assert not window.preview.isVisible()


def ink(image: QImage) -> float:
    """The share of pixels that are not white."""
    small = image.scaledToWidth(200)
    inked = sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if small.pixelColor(x, y).lightness() < 240
    )
    return inked / (small.width() * small.height())


def test_every_handout_page_renders_with_something_on_it(content: Content) -> None:
    from kiosk.engine.assessment import assess
    from kiosk.handout.render import render_handout
    from kiosk.record.telling import plan_in_words

    assessment = assess(content, parse_answers(content, CLEAN_CLIENT), TODAY)
    pages = page_images(render_handout(plan_in_words(content, assessment)), dpi=60)

    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert ink(page) > 0.02, f"page {number} is blank"


def test_pages_are_drawn_onto_a_printer_at_300_dpi(content: Content, tmp_path: object) -> None:
    """The real printing path, onto Qt's PDF printer instead of paper."""
    from pathlib import Path

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from kiosk.engine.assessment import assess
    from kiosk.handout.render import render_handout
    from kiosk.record.telling import plan_in_words
    from ui.printing import PRINT_DPI, print_images

    assessment = assess(content, parse_answers(content, CLEAN_CLIENT), TODAY)
    pdf = render_handout(plan_in_words(content, assessment))
    out = Path(str(tmp_path)) / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(PRINT_DPI)

    print_images(printer, page_images(pdf, PRINT_DPI))

    assert len(PdfReader(out).pages) == len(page_images(pdf, 20))
