"""Printing the handout: PDF pages drawn onto the clinic's printer at 300 dpi.

300 dpi is sharp on paper; more makes the spool files huge for no visible gain.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)

PRINT_DPI = 300


class PrintError(RuntimeError):
    """The handout could not be printed (no printer, or the printer failed)."""


class Printer(Protocol):
    """Something that prints a PDF (the clinic's printer, or a fake in tests)."""

    def print_pdf(self, pdf: bytes) -> None:
        """Print every page, or raise PrintError."""


class SystemPrinter:
    """A printer known to the operating system: the named one, or the default.

    Attributes:
        name: the printer's name from settings; empty for the system default.
    """

    def __init__(self, name: str = "") -> None:
        self.name = name

    def _find(self) -> QPrinterInfo:
        # Qt's printing and PDF modules load with the first print, not at start-up.
        from PySide6.QtPrintSupport import QPrinterInfo  # noqa: PLC0415

        if self.name:
            info = QPrinterInfo.printerInfo(self.name)
            if info.isNull():
                raise PrintError(f"there is no printer called {self.name!r}")
            return info
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintError("no printer is set up on this computer")
        return info

    def print_pdf(self, pdf: bytes) -> None:
        from PySide6.QtPrintSupport import QPrinter  # noqa: PLC0415

        from ui.pdf_pages import page_images  # noqa: PLC0415

        info = self._find()
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(False)
        printer.setDocName("Treatment plan")  # the spool shows no client's name
        images = page_images(pdf, PRINT_DPI)
        print_images(printer, images)
        if printer.printerState() == printer.PrinterState.Error:
            raise PrintError("the printer reported an error")
        log.info("handout sent to the printer (%d pages)", len(images))


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """Draw each image on its own page, scaled to fit the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not start the job")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
    finally:
        painter.end()
