"""The printout's pages on screen, before printing (rendered from the real PDF by QtPdf)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QScroller, QVBoxLayout, QWidget

from ui.widgets.basics import TouchButton, label
from ui.widgets.overlay import Overlay

PREVIEW_DPI = 110


def on_paper(image: QImage) -> QImage:
    """The page as printed: a rendered PDF page is transparent where paper is white."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PrintoutPreview(Overlay):
    """Shows the handout's pages one under another, with a Close button."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window, "printoutPreview")
        self.body.addWidget(label(self.tr("Your printout"), "title"))
        self.pages = QScrollArea()
        self.pages.setWidgetResizable(True)
        self.pages.setMinimumSize(900, 560)
        QScroller.grabGesture(self.pages.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.body.addWidget(self.pages, 1)
        close = TouchButton(self.tr("Close"), role="primary", name="closePreview")
        close.clicked.connect(self.close_preview)
        self.body.addWidget(close)

    def show_pages(self, images: list[QImage]) -> None:
        """Show `images`, a page each, and open."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(18)
        width = self.pages.viewport().width() - 40
        for number, image in enumerate(images, start=1):
            page = QLabel()
            page.setObjectName(f"previewPage{number}")
            page.setPixmap(
                QPixmap.fromImage(on_paper(image)).scaledToWidth(
                    max(width, 400), Qt.TransformationMode.SmoothTransformation
                )
            )
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(page)
        self.pages.setWidget(holder)
        self.open()

    @Slot()
    def close_preview(self) -> None:
        """Close, and drop the pictures of the pages."""
        self.pages.setWidget(QWidget())
        self.hide()
