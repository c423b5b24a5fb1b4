"""The handout in Arabic: letters joined, words in reading order, from the right, font embedded."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.handout.right_to_left import (
    logical_lines,
    reads_right_to_left,
    seen_order,
    visual_markup,
)
from kiosk.record.plan_words import PlanInWords
from kiosk.record.telling import plan_in_words
from tests.core.clients import Client
from tests.pdf import pdf_text

TITLE = "خطتك للعناية بالبشرة"
PREPARED_FOR = "أعدت هذه الخطة من أجل ليلى الأحمد يوم السبت"
# Long enough to take several lines, which must follow one another from the top.
LETTERS = "بتثجحخسشصضطظعغفقكمنهي"
WORDS = [f"{first}{second}ور" for first in LETTERS[:6] for second in LETTERS[:10]]
LONG = " ".join(WORDS)


def in_arabic(data: PlanInWords) -> PlanInWords:
    """`data` told in Arabic where it matters here (the rest stays as it is)."""
    words = data.words.model_copy(
        update={"title": TITLE, "page_of": "صفحة {page} من {pages}", "talk_intro": LONG}
    )
    return data.model_copy(update={"language": "ar", "prepared_for": PREPARED_FOR, "words": words})


def read(pdf: bytes) -> str:
    """The PDF's text as a reader gets it, with the joined letter forms back to plain letters."""
    return unicodedata.normalize("NFKC", pdf_text(pdf))


def test_arabic_words_print_joined_in_the_embedded_font_and_read_in_order(
    content: Content, client: Client
) -> None:
    data = in_arabic(plan_in_words(content, client(isotretinoin_taken=True), "en"))
    pdf = render_handout(data, reproducible=True)
    text = read(pdf)
    assert unicodedata.normalize("NFKC", TITLE) in text
    assert unicodedata.normalize("NFKC", PREPARED_FOR) in text
    # The long paragraph's words come out first to last, line after line.
    positions = [text.index(f" {word} ") for word in WORDS[1:-1]]
    assert positions == sorted(positions)
    # Drawn in joined forms (not the isolated letters an unshaped text would show).
    raw = pdf_text(pdf)
    assert "ﺧﻄﺘﻚ" in raw  # خطتك as initial, medial, medial and final forms
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("NotoNaskhArabic" in name for name in fonts), fonts


def test_an_arabic_paragraph_breaks_into_lines_first_words_first() -> None:
    lines = logical_lines(LONG, "NotoNaskhArabic", 12, 200)
    assert len(lines) > 3
    assert " ".join(lines) == LONG
    # Each line is shown right to left: its first word drawn last (at the right).
    shown = visual_markup(lines[0], "NotoNaskhArabic")
    first_word = unicodedata.normalize("NFKC", lines[0].split(" ")[0])
    assert unicodedata.normalize("NFKC", shown[::-1]).startswith(first_word)


def test_latin_names_and_numbers_in_arabic_lines_keep_their_own_font() -> None:
    markup = visual_markup("موعدك في Harbour Skin Clinic يوم 12", "NotoNaskhArabic")
    assert '<font name="NotoSans">Harbour Skin Clinic' in markup


def test_only_right_to_left_languages_are_set_from_the_right() -> None:
    assert reads_right_to_left("ar")
    assert not reads_right_to_left("pl")
    assert not reads_right_to_left("es")


def test_a_line_is_drawn_with_its_brackets_facing_the_words_they_hold() -> None:
    # Drawn left to right: the closing bracket of the Arabic phrase comes first
    # and must still look like "(" to close it from the left.
    seen = seen_order("يساعد (بدرجة كبيرة)")
    assert seen.startswith("(")
    assert seen.index("(") < seen.index(")")


def test_direction_marks_are_not_drawn_and_lines_without_arabic_keep_their_order() -> None:
    assert "\u200f" not in seen_order("من \u200f360 £ إلى 600 £")
    assert seen_order("12 Quay Street") == "12 Quay Street"
    assert seen_order("0117 496 0000") == "0117 496 0000"
