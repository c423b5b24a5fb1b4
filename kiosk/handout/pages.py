"""The handout's footer on every page: the clinic's phone, and "Page 1 of 3".

It is set as large as the aftercare sheet, which it also runs under.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.handout.fonts import ARABIC, REGULAR
from kiosk.handout.right_to_left import seen_order
from kiosk.handout.style import AFTERCARE_PT, MUTED

FOOTER_Y = 10 * mm


def numbered_canvas(
    clinic_line: str,
    website: str,
    page_of: str,
    left: float,
    right: float,
    *,
    right_to_left: bool = False,
) -> Any:
    """A canvas class that writes the footer once it knows how many pages there are.

    reportlab draws each page before it knows the total, so the pages are
    kept and the footer is drawn on each when the document is saved.
    `page_of` holds {page} and {pages}; the website is left out of the
    footer when the line would not fit beside the page number. Right to
    left, the page number is shaped, in the Arabic font, and the two sides swap.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own reset

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            number = page_of.format(page=self.getPageNumber(), pages=total)
            number_font = REGULAR
            if right_to_left:
                number, number_font = seen_order(number), ARABIC
            self.saveState()
            self.setFont(REGULAR, AFTERCARE_PT)
            self.setFillColor(MUTED)
            space = right - left - stringWidth(number, number_font, AFTERCARE_PT) - 8 * mm
            line = f"{clinic_line}  ·  {website}" if website else clinic_line
            if stringWidth(line, REGULAR, AFTERCARE_PT) > space:
                line = clinic_line
            if right_to_left:
                self.drawRightString(right, FOOTER_Y, line)
                self.setFont(number_font, AFTERCARE_PT)
                self.drawString(left, FOOTER_Y, number)
            else:
                self.drawString(left, FOOTER_Y, line)
                self.drawRightString(right, FOOTER_Y, number)
            self.restoreState()

    return NumberedCanvas
