"""Turns PDF bytes into page images with QtPdf, for the preview and for printing.

The PDF is read from memory: no copy of a client's plan is ever written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument


class PdfError(RuntimeError):
    """The PDF could not be read."""


def page_images(pdf: bytes, dpi: int = 150) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi` dots per inch."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PdfError(f"the PDF could not be read ({document.error().name})")
    images = []
    for index in range(document.pageCount()):
        points = document.pagePointSize(index)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        images.append(document.render(index, size))
    document.close()
    buffer.close()
    return images
