"""The self-test's Qt checks: the parts a bundle most often loses (plugins, fonts, QtPdf)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.demo import typical_client
from ui.app import build_kiosk, stop_kiosk
from ui.i18n import use_language
from ui.pdf_pages import page_images
from ui.printing import print_images
from ui.qt_messages import route_qt_messages, stop_routing_qt_messages
from ui.theme import ARABIC, FAMILY, apply_theme
from ui.widgets.choice_fields import named_icon
from ui.wizard.window import KioskWindow

if TYPE_CHECKING:
    from ui.self_test import SelfTest


class ScreenChecks:
    """Checks that need a QApplication; each returns what it found or raises."""

    def __init__(self, test: SelfTest) -> None:
        self.test = test
        self.window: KioskWindow | None = None

    def start_qt(self) -> str:
        """A QApplication on the offscreen platform, with the kiosk's theme."""
        existing = QApplication.instance()
        if not isinstance(existing, QApplication):
            route_qt_messages()
        app = existing if isinstance(existing, QApplication) else QApplication(["clinic-kiosk"])
        apply_theme(app)
        return f"Qt {qVersion()} on the {QGuiApplication.platformName()} platform"

    def fonts(self) -> str:
        """The shipped fonts are registered (else text falls back to whatever the machine has)."""
        for family in (FAMILY, ARABIC):
            if family not in QFontDatabase.families():
                raise RuntimeError(f"the font {family} did not load")
        return f"{FAMILY} and {ARABIC} loaded"

    def translations(self) -> str:
        """The interface's translation file for the clinic's language loads."""
        content = self.test.content
        assert content is not None
        loaded = use_language(content.clinic.language)
        if loaded is None:
            raise RuntimeError(f"no interface translation loads for '{content.clinic.language}'")
        return f"{loaded} for '{content.clinic.language}'"

    def icons(self) -> str:
        """Every icon the content names draws (SVG needs Qt's svg plugin)."""
        content = self.test.content
        assert content is not None
        names = {c.icon for c in content.catalogue.concerns if c.icon}
        names |= {t.icon for t in content.catalogue.treatments if t.icon}
        for name in sorted(names):
            icon = named_icon(name)
            if icon is None:
                raise RuntimeError(f"the icon {name}.svg is missing")
            if drawn_pixels(icon.pixmap(64, 64).toImage()) == 0:
                raise RuntimeError(f"the icon {name}.svg draws nothing (no SVG support?)")
        return f"{len(names)} SVG icons drawn"

    def wizard(self) -> str:
        """The whole wizard, built and every page drawn at the kiosk's smallest size."""
        content = self.test.content
        assert content is not None
        # Its own outbox: what waits in the clinic's is delivered by the kiosk, not here.
        window = build_kiosk(
            self.test.settings, content, locked=False, outbox=self.test.folder / "outbox"
        )
        self.window = window
        window.resize(1280, 800)
        window.show()
        clinic = window.findChild(QLabel, "clinicName")
        if clinic is None or clinic.text() != content.clinic.clinic.name:
            raise RuntimeError("the welcome page does not show the clinic's name")
        for link_id, value in typical_client(content).items():
            window.intake.set(link_id, value)
        for index, page in enumerate(window.pages):
            window.show_page(index)
            QApplication.processEvents()
            if drawn_pixels(window.grab().toImage()) == 0:
                raise RuntimeError(f"the page {page.objectName()} drew nothing")
        return f"{len(window.pages)} pages drawn at 1280x800"

    def pdf_pages(self) -> str:
        """QtPdf reads the handout back and draws each page with ink on it."""
        images = page_images(self.test.pdf, 100)
        if not images:
            raise RuntimeError("QtPdf found no pages")
        for number, image in enumerate(images, start=1):
            if image.isNull() or drawn_pixels(image) == 0:
                raise RuntimeError(f"page {number} of the handout came out blank")
        return f"{len(images)} handout pages drawn"

    def printing(self) -> str:
        """A print job written to a PDF file, and the printers this machine knows."""
        target = self.test.folder / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        print_images(printer, page_images(self.test.pdf, 150))
        if not target.exists() or target.stat().st_size == 0:
            raise RuntimeError("the print job wrote nothing")
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        chosen = self.test.settings.printer
        if chosen and chosen not in names:
            raise RuntimeError(f"the printer '{chosen}' in the settings is not set up here")
        known = (
            f"{len(names)} printer(s), default '{default}'"
            if names
            else "no printer set up on this machine"
        )
        return f"a print job ran; {known}"

    def close(self) -> None:
        """Let the wizard's worker finish, drop the window, give Qt its messages back."""
        if self.window is not None:
            stop_kiosk(self.window)
            self.window.may_close = True
            self.window.close()
            self.window.deleteLater()
            self.window = None
        stop_routing_qt_messages()


def drawn_pixels(image: QImage, step: int = 7) -> int:
    """How many sampled pixels differ from the first one: 0 means an empty picture."""
    if image.isNull():
        return 0
    first = image.pixel(0, 0)
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) != first
    )
