"""Reading generated PDFs back in tests, as a reader (or a screen reader) would."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All the text of a PDF, with line breaks and runs of spaces made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
