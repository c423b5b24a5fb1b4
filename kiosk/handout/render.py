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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from kiosk.handout.flowables import TickBox, comparison_chart, qr_code
from kiosk.handout.fonts import BOLD, REGULAR
from kiosk.handout.style import LINE, MUTED, SAND_SOFT, TEAL, TEAL_SOFT, Styles, styles
from kiosk.record.plan_words import AftercareInWords, PlanInWords, Suggestion

MARGIN = 18 * mm
LOGO_HEIGHT = 14 * mm
# The page less its margins and the frame's own 6 pt padding on each side.
WIDTH = A4[0] - 2 * MARGIN - 12


def text(value: str) -> str:
    """Client or clinic text as literal characters, never as markup."""
    return escape(value).replace("\n", "<br/>")


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
        bottomMargin=MARGIN + 6 * mm,
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
        initialFontSize=11,
        encrypt=StandardEncryption(password, canPrint=1, canCopy=0) if password else None,
    )
    look = styles()

    def footer(canvas: Canvas, _document: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(MUTED)
        line = f"{data.clinic.name}  ·  {data.clinic.phone}"
        if data.clinic.website:
            line += f"  ·  {data.clinic.website}"
        canvas.drawString(MARGIN + 6, 10 * mm, line)
        canvas.restoreState()

    story = [*plan_pages(data, look), PageBreak(), *aftercare_page(data, look)]
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def letterhead(data: PlanInWords, look: Styles) -> Table:
    """The clinic's logo and name on the left; its address and phone on the right."""
    clinic = data.clinic
    contact = "<br/>".join(text(line) for line in [*clinic.address, clinic.phone])
    name: list[Flowable] = []
    logo = Path(clinic.logo) if clinic.logo else None
    if logo is not None and logo.is_file():
        picture = Image(str(logo))
        scale = LOGO_HEIGHT / picture.imageHeight
        picture.drawHeight = LOGO_HEIGHT
        picture.drawWidth = min(picture.imageWidth * scale, WIDTH * 0.5)
        picture.hAlign = "LEFT"
        name += [picture, Spacer(0, 2 * mm)]
    name.append(Paragraph(text(clinic.name), look.clinic))
    table = Table(
        [[name, Paragraph(contact, look.small)]],
        colWidths=[WIDTH * 0.6, WIDTH * 0.4],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, TEAL),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def plan_pages(data: PlanInWords, look: Styles) -> list[Flowable]:
    """The plan: who, what, why, when, how to get ready, cost, and the alternatives."""
    words = data.words
    story: list[Flowable] = [letterhead(data, look), Spacer(0, 8 * mm)]
    story.append(Paragraph(text(words.title), look.title))
    story.append(Paragraph(text(data.prepared_for), look.body))
    if data.concerns:
        story.append(Paragraph(text(words.your_concerns), look.heading))
        story.append(Paragraph(text(", ".join(data.concerns)), look.body))
    if data.reasons:
        story.append(Spacer(0, 4 * mm))
        story.append(talk_box(data, look))
    suggestion = data.suggestion
    if suggestion is None:
        story.append(Spacer(0, 6 * mm))
        story.append(Paragraph(text(words.no_plan), look.big))
        return story

    story.append(Paragraph(text(suggestion.heading), look.heading))
    story.append(Paragraph(text(suggestion.summary), look.body))
    if suggestion.why:
        story.append(Paragraph(text(suggestion.why), look.body))
    story.append(KeepTogether(schedule(data, suggestion, look)))
    if suggestion.preparation:
        story.append(KeepTogether(preparation(data, suggestion, look)))
    story.append(
        KeepTogether(
            [
                Paragraph(text(words.on_the_day), look.heading),
                Paragraph(text(suggestion.on_the_day), look.body),
            ]
        )
    )
    if suggestion.cost is not None:
        story.append(Paragraph(text(words.cost), look.heading))
        story.append(Paragraph(text(suggestion.cost.line), look.body))
    if len(data.comparison) > 1:
        story.append(
            KeepTogether(
                [
                    Paragraph(text(words.compare_title), look.heading),
                    comparison_chart(data.comparison, WIDTH),
                    Paragraph(text(words.compare_note), look.small),
                ]
            )
        )
    if data.closing_note:
        story.append(Spacer(0, 5 * mm))
        story.append(Paragraph(text(data.closing_note), look.small))
    return story


def talk_box(data: PlanInWords, look: Styles) -> Table:
    """What a practitioner will go through, in the words the client read on screen."""
    lines = [Paragraph(text(data.words.talk_title), look.heading)]
    if data.headline.line:
        lines.append(Paragraph(text(data.headline.line), look.body))
    lines.append(Paragraph(text(data.words.talk_intro), look.body))
    lines += [bullet(f"{reason.text} {reason.until_line}".strip(), look) for reason in data.reasons]
    table = Table([[lines]], colWidths=[WIDTH])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND_SOFT),
                ("BOX", (0, 0), (-1, -1), 0.6, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def schedule(data: PlanInWords, suggestion: Suggestion, look: Styles) -> list[Flowable]:
    """The sessions as a table of dates."""
    words = data.words
    flowables: list[Flowable] = [
        Paragraph(text(words.schedule), look.heading),
        Paragraph(text(suggestion.sessions_line), look.body),
    ]
    if not suggestion.dates:
        flowables.append(Paragraph(text(words.dates_later), look.body))
        return flowables
    rows = [[Paragraph(text(words.session), look.body), Paragraph(text(words.date), look.body)]]
    rows += [
        [Paragraph(str(number), look.body), Paragraph(text(day), look.body)]
        for number, day in enumerate(suggestion.dates, start=1)
    ]
    table = Table(rows, colWidths=[25 * mm, WIDTH - 25 * mm])
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
    flowables += [Spacer(0, 2 * mm), table, Paragraph(text(words.dates_to_confirm), look.small)]
    return flowables


def preparation(data: PlanInWords, suggestion: Suggestion, look: Styles) -> list[Flowable]:
    """The getting-ready checklist, each step with its day."""
    rows = [
        [
            TickBox(),
            Paragraph(f"<b>{text(step.when)}</b>", look.body),
            Paragraph(text(step.text), look.body),
        ]
        for step in suggestion.preparation
    ]
    table = Table(rows, colWidths=[9 * mm, 52 * mm, WIDTH - 61 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (0, -1), 5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return [Paragraph(text(data.words.getting_ready), look.heading), table]


def aftercare_page(data: PlanInWords, look: Styles) -> list[Flowable]:
    """The aftercare sheet: useful on its own, on the fridge door."""
    words = data.words
    # One page that stands on its own: a little more compact than the plan.
    look = compact(look)
    story: list[Flowable] = [letterhead(data, look), Spacer(0, 5 * mm)]
    sheet = data.aftercare
    title = sheet.title if sheet is not None else words.aftercare_title
    story.append(Paragraph(text(title), look.title))
    story.append(Paragraph(text(words.aftercare_intro), look.body))
    if sheet is not None:
        story.append(Paragraph(text(words.timeline), look.heading))
        rows = [
            [
                Paragraph(f"<b>{text(stage.when)}</b>", look.body),
                Paragraph(text(stage.text), look.body),
            ]
            for stage in sheet.timeline
        ]
        timeline = Table(rows, colWidths=[40 * mm, WIDTH - 40 * mm])
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
        half = (WIDTH - 6 * mm) / 2
        dos = [Paragraph(text(words.do), look.heading)]
        dos += [bullet(line, look) for line in sheet.do]
        avoid = [Paragraph(text(words.avoid), look.heading)]
        avoid += [bullet(line, look, "×") for line in sheet.avoid]
        columns = Table([[dos, avoid]], colWidths=[half, half], spaceBefore=2 * mm)
        columns.setStyle(
            table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0)])
        )
        story.append(columns)
        story.append(Spacer(0, 2 * mm))
        story.append(KeepTogether(call_box(data, look, sheet)))
    return story


def call_box(data: PlanInWords, look: Styles, sheet: AftercareInWords) -> list[Flowable]:
    """Warning signs, the phone number in large type, and the QR code to the clinic's site."""
    words = data.words
    inside: list[Flowable] = [Paragraph(text(words.call_us_if), look.heading)]
    inside += [bullet(line, look) for line in sheet.call_us_if]
    inside.append(Spacer(0, 2 * mm))
    inside.append(Paragraph(text(data.call_line), look.big))
    cells: list[Any] = [inside]
    widths = [WIDTH]
    if data.clinic.website:
        code = [qr_code(data.clinic.website), Paragraph(text(words.website), look.small)]
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


def compact(look: Styles) -> Styles:
    """The same styles, a point smaller."""
    body = ParagraphStyle("compact", parent=look.body, fontSize=10.5, leading=13.5)
    return replace(
        look,
        body=body,
        bullet=ParagraphStyle("compact-bullet", parent=look.bullet, fontSize=10.5, leading=13.5),
        heading=ParagraphStyle("compact-heading", parent=look.heading, spaceBefore=8),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style that starts from our font (a table's own default, Helvetica, never embeds)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def bullet(line: str, look: Styles, mark: str = "•") -> Paragraph:
    """A line with a hanging bullet."""
    return Paragraph(text(line), look.bullet, bulletText=mark)
