"""Lays out the handout: plan pages, then the aftercare sheet, as PDF bytes (reportlab platypus)."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from kiosk.handout.flowables import TickBox, comparison_chart, qr_code
from kiosk.handout.fonts import ARABIC_BOLD, BOLD, REGULAR
from kiosk.handout.pages import numbered_canvas
from kiosk.handout.right_to_left import (
    RightToLeftParagraph,
    is_right_to_left,
    reads_right_to_left,
    right_to_left_styles,
)
from kiosk.handout.style import AFTERCARE_PT, LINE, SAND_SOFT, TEAL, TEAL_SOFT, Styles, styles
from kiosk.record.phrasebook import listing
from kiosk.record.plan_words import AftercareInWords, PlanInWords, Suggestion

MARGIN = 18 * mm
LOGO_HEIGHT = 14 * mm
BOTTOM = MARGIN + 6 * mm  # room for the footer
# The page less its margins and the frame's own 6 pt padding on each side.
WIDTH = A4[0] - 2 * MARGIN - 12
HEIGHT = A4[1] - MARGIN - BOTTOM - 12
# The aftercare sheet starts on a page of its own, unless the plan's last page
# would be left less than this full: then it follows on, so no page is half empty.
FULL_ENOUGH = 0.4


def text(value: str) -> str:
    """Client or clinic text as literal characters, never as markup."""
    return escape(value).replace("\n", "<br/>")


def say(
    value: str, style: ParagraphStyle, *, bold: bool = False, bullet: str | None = None
) -> Paragraph:
    """`value` as a paragraph in `style`: literal text, shaped and set from the right in Arabic."""
    if is_right_to_left(style):
        if bold:
            style = ParagraphStyle(f"{style.name}-bold", parent=style, fontName=ARABIC_BOLD)
        # The bullet leads the line, which starts at the right.
        return RightToLeftParagraph(f"{bullet} {value}" if bullet else value, style)
    return Paragraph(f"<b>{text(value)}</b>" if bold else text(value), style, bulletText=bullet)


def render_handout(data: PlanInWords, reproducible: bool = False, password: str = "") -> bytes:
    """The handout as PDF bytes (opening only with `password`, when one is given).

    `reproducible` fixes the document's dates and ids (reportlab's invariant
    mode), so the same data always gives the same bytes. The PDF's metadata
    names the clinic and the kind of document, never the client.
    """
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=data.words.title,
        author=data.clinic.name,
        subject=data.words.title,
        creator="clinic-kiosk",
        producer="clinic-kiosk",
        keywords=[],
        invariant=1 if reproducible else 0,
        lang=data.language,
        # Otherwise every page starts in Helvetica, a font the PDF cannot embed.
        initialFontName=REGULAR,
        initialFontSize=12,
        encrypt=StandardEncryption(password, canPrint=1, canCopy=0) if password else None,
    )
    in_reading_direction = (
        right_to_left_styles if reads_right_to_left(data.language) else lambda look: look
    )
    story = plan_pages(data, in_reading_direction(styles()))
    if data.aftercare is not None:  # no treatment, nothing to look after
        # Slightly closer lines on the aftercare sheet, so its large type fits one page.
        sheet = in_reading_direction(styles(AFTERCARE_PT, AFTERCARE_PT, spacing=1.25))
        story += [CondPageBreak(HEIGHT * (1 - FULL_ENOUGH)), *aftercare_page(data, sheet)]
    canvas = numbered_canvas(
        f"{data.clinic.name}  ·  {data.clinic.phone}",
        data.clinic.website,
        data.words.page_of,
        MARGIN + 6,
        A4[0] - MARGIN - 6,
        right_to_left=reads_right_to_left(data.language),
    )
    document.build(story, canvasmaker=canvas)
    return buffer.getvalue()


def letterhead(data: PlanInWords, look: Styles, *, address: bool = True) -> Table:
    """The clinic's logo and name on the left; its address (unless not wanted) and phone on
    the right."""
    clinic = data.clinic
    lines = [*clinic.address, clinic.phone, clinic.website] if address else [clinic.phone]
    lines = [line for line in lines if line]
    contact = "\n".join(lines)
    name: list[Flowable] = []
    logo = Path(clinic.logo) if clinic.logo else None
    if logo is not None and logo.is_file():
        picture = Image(str(logo))
        scale = LOGO_HEIGHT / picture.imageHeight
        picture.drawHeight = LOGO_HEIGHT
        picture.drawWidth = min(picture.imageWidth * scale, WIDTH * 0.5)
        picture.hAlign = "RIGHT" if is_right_to_left(look.body) else "LEFT"
        name += [picture, Spacer(0, 2 * mm)]
    name.append(say(clinic.name, look.clinic))
    row: list[Any] = [name, say(contact, look.small)]
    widths = [WIDTH * 0.6, WIDTH * 0.4]
    # The clinic's name where reading starts, its address at the other side.
    contact_column, contact_side = (0, "LEFT") if is_right_to_left(look.body) else (1, "RIGHT")
    if contact_column == 0:
        row, widths = row[::-1], widths[::-1]
    table = Table([row], colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (contact_column, 0), (contact_column, 0), contact_side),
                ("LINEBELOW", (0, 0), (-1, 0), 1, TEAL),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def plan_pages(data: PlanInWords, look: Styles) -> list[Flowable]:
    """The plan: who, what and why, its cost (on the first page), when, how to get ready.

    Sections follow one another and break across pages where they must,
    rather than each waiting for a page of its own.
    """
    words = data.words
    story: list[Flowable] = [letterhead(data, look), Spacer(0, 6 * mm)]
    story.append(say(words.title, look.title))
    story.append(say(data.prepared_for, look.body))
    if data.concerns:
        story.append(say(words.your_concerns, look.heading))
        story.append(say(listing(data.concerns, data.language), look.body))
    suggestion = data.suggestion
    if suggestion is None:
        if data.reasons:
            story.append(Spacer(0, 4 * mm))
            story.append(talk_box(data, look))
        story.append(Spacer(0, 6 * mm))
        story.append(say(words.no_plan, look.big))
        return story

    story.append(say(suggestion.heading, look.heading))
    story.append(say(suggestion.summary, look.body))
    if suggestion.why:
        story.append(say(suggestion.why, look.body))
    if suggestion.cost is not None:
        story.append(
            KeepTogether(
                [
                    say(words.cost, look.heading),
                    say(suggestion.cost.line, look.body),
                ]
            )
        )
    if data.reasons:
        story.append(Spacer(0, 4 * mm))
        story.append(talk_box(data, look))
    story += schedule(data, suggestion, look)
    if suggestion.preparation:
        story += preparation(data, suggestion, look)
    story.append(
        KeepTogether(
            [
                say(words.on_the_day, look.heading),
                say(suggestion.on_the_day, look.body),
            ]
        )
    )
    if len(data.comparison) > 1:
        story.append(
            KeepTogether(
                [
                    say(words.compare_title, look.heading),
                    comparison_chart(data.comparison, WIDTH),
                    say(words.compare_note, look.small),
                ]
            )
        )
    if data.closing_note:
        story.append(Spacer(0, 5 * mm))
        story.append(say(data.closing_note, look.body))
    return story


def talk_box(data: PlanInWords, look: Styles) -> Table:
    """What a practitioner will go through, in the words the client read on screen.

    One row a line, so a long list continues on the next page.
    """
    lines: list[Flowable] = [say(data.words.talk_title, look.heading)]
    if data.headline.line:  # a deferral's date, said once
        lines.append(say(data.headline.line, look.body))
    lines.append(say(data.words.talk_intro, look.body))
    lines += [bullet(f"{reason.text} {reason.until_line}".strip(), look) for reason in data.reasons]
    table = Table([[line] for line in lines], colWidths=[WIDTH], repeatRows=0)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND_SOFT),
                ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def schedule(data: PlanInWords, suggestion: Suggestion, look: Styles) -> list[Flowable]:
    """The sessions as a table of dates."""
    words = data.words
    flowables: list[Flowable] = [
        say(words.schedule, look.heading),
        say(suggestion.sessions_line, look.body),
    ]
    if not suggestion.dates:
        flowables.append(say(words.dates_later, look.body))
        return flowables
    rows = [[say(words.session, look.body), say(words.date, look.body)]]
    rows += [
        [say(str(number), look.body), say(day, look.body)]
        for number, day in enumerate(suggestion.dates, start=1)
    ]
    widths = [25 * mm, WIDTH - 25 * mm]
    if is_right_to_left(look.body):  # the session's number where the line starts, at the right
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("BACKGROUND", (0, 0), (-1, 0), TEAL_SOFT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    flowables += [Spacer(0, 2 * mm), table, say(words.dates_to_confirm, look.small)]
    return flowables


def preparation(data: PlanInWords, suggestion: Suggestion, look: Styles) -> list[Flowable]:
    """The getting-ready checklist, each step with its day.

    The heading is the table's first row, repeated when the list continues on
    the next page: the list can break between steps, never leave its heading alone.
    """
    rows: list[list[Any]] = [[say(data.words.getting_ready, look.heading), "", ""]]
    rows += [
        [
            TickBox(),
            say(step.when, look.body, bold=True),
            say(step.text, look.body),
        ]
        for step in suggestion.preparation
    ]
    widths = [9 * mm, 52 * mm, WIDTH - 61 * mm]
    # The box to tick where the line starts: at the right, right to left.
    tick, edge = (-1, "RIGHTPADDING") if is_right_to_left(look.body) else (0, "LEFTPADDING")
    if tick == -1:
        rows = [rows[0], *(row[::-1] for row in rows[1:])]  # the heading spans from cell 0
        widths = widths[::-1]
    table = Table(rows, colWidths=widths, repeatRows=1, spaceBefore=3 * mm)
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (tick, 1), (tick, -1), 5),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE),
                (edge, (tick, 0), (tick, -1), 0),
            ]
        )
    )
    return [table]


def aftercare_page(data: PlanInWords, look: Styles) -> list[Flowable]:
    """The aftercare sheet: useful on its own, on the fridge door."""
    words = data.words
    # Large type and one page to stick up do not leave room for the plan's airy headings.
    look = replace(
        look, heading=ParagraphStyle("aftercare-heading", parent=look.heading, spaceBefore=6)
    )
    # The phone number is enough here: the sheet must fit a page, in large type.
    story: list[Flowable] = [letterhead(data, look, address=False), Spacer(0, 3 * mm)]
    sheet = data.aftercare
    title = sheet.title if sheet is not None else words.aftercare_title
    story.append(say(title, look.title))
    story.append(say(words.aftercare_intro, look.body))
    if sheet is not None:
        story.append(say(words.timeline, look.heading))
        rows = [
            [
                say(stage.when, look.body, bold=True),
                say(stage.text, look.body),
            ]
            for stage in sheet.timeline
        ]
        timeline = Table(rows, colWidths=[34 * mm, WIDTH - 34 * mm])
        timeline.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(timeline)
        story.append(do_and_avoid(data, look, sheet))
        story.append(Spacer(0, 2 * mm))
        story.append(KeepTogether(call_box(data, look, sheet)))
    return story


def call_box(data: PlanInWords, look: Styles, sheet: AftercareInWords) -> list[Flowable]:
    """Warning signs, the phone number in large type, and the QR code to the clinic's site."""
    words = data.words
    inside: list[Flowable] = [say(words.call_us_if, look.heading)]
    inside += [bullet(line, look) for line in sheet.call_us_if]
    inside.append(Spacer(0, 2 * mm))
    inside.append(say(data.call_line, look.big))
    cells: list[Any] = [inside]
    widths = [WIDTH]
    if data.clinic.website:
        code = [qr_code(data.clinic.website), say(words.website, look.small)]
        cells.append(code)
        widths = [WIDTH - 36 * mm, 36 * mm]
    table = Table([cells], colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TEAL_SOFT),
                ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [table]


def do_and_avoid(data: PlanInWords, look: Styles, sheet: AftercareInWords) -> Table:
    """Do and Avoid side by side; the lists continue on the next page (under their
    headings again) when they do not fit, rather than leaving a page half empty."""
    half = (WIDTH - 6 * mm) / 2
    words = data.words
    rows: list[list[Any]] = [
        [say(words.do, look.heading), say(words.avoid, look.heading)],
        [
            [bullet(line, look) for line in sheet.do],
            [bullet(line, look, "×") for line in sheet.avoid],
        ],
    ]
    table = Table(
        rows, colWidths=[half, half], spaceBefore=2 * mm, repeatRows=1, splitInRow=1, hAlign="LEFT"
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
            ]
        )
    )
    return table


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style that starts from our font (a table's own default, Helvetica, never embeds)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def bullet(line: str, look: Styles, mark: str = "•") -> Paragraph:
    """A line with a hanging bullet."""
    return say(line, look.bullet, bullet=mark)
