"""The consultation page's "Earlier visits" section: the client's past visits and what changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

from kiosk.consultation.since_last import SinceLastVisit
from kiosk.content.model import Content
from ui.dates import date_and_time
from ui.staff.words import status_words
from ui.widgets.basics import card, label

CONTEXT = "SinceLastCard"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def email_words(state: str) -> str:
    """The plan email's state for staff: sent, or waiting with the reason."""
    if state == "sent":
        return tr("Plan emailed to the client.")
    reason = state.partition(": ")[2]
    if reason:
        return tr("Plan email not sent yet: {0}. It is tried again.").format(reason)
    return tr("Plan email waiting to be sent.")


def since_last_card(since: SinceLastVisit, content: Content, emailed: str = "") -> QFrame:
    """A card listing the client's earlier visits and, against the last, new flags and
    changed answers (a first visit says so); and how the plan's email went, if one was asked."""
    box = card("sinceLastCard")
    column = QVBoxLayout(box)
    column.setContentsMargins(22, 16, 22, 16)
    column.setSpacing(8)
    if emailed:
        column.addWidget(label(email_words(emailed), "question", name="planEmailState"))
    column.addWidget(label(tr("Earlier visits"), "subtitle"))
    if since.first_visit:
        column.addWidget(label(tr("This is the client's first visit on record."), "muted"))
        return box
    for visit in since.earlier:
        when = "" if visit.submitted_at is None else date_and_time(visit.submitted_at)
        treatment = content.catalogue.treatment.get(visit.treatment or "")
        suggested = tr("nothing suggested") if treatment is None else content.text(treatment.name)
        line = f"{when} · {status_words(visit.status)} · {suggested}"
        column.addWidget(label(line, "help", name=f"earlier_{visit.public_id}"))
    column.addWidget(label(tr("Since the last visit"), "question"))
    if not (since.new_flags or since.cleared_flags or since.changed):
        column.addWidget(label(tr("Nothing has changed."), "muted", name="nothingChanged"))
    for text in since.new_flags:
        column.addWidget(label(tr("New flag: {0}").format(text), name="newFlag"))
    for text in since.cleared_flags:
        column.addWidget(label(tr("No longer flagged: {0}").format(text), "help"))
    if since.changed:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, answer in enumerate(since.changed):
            grid.addWidget(label(answer.question, "help"), row, 0)
            grid.addWidget(
                label(
                    tr("{0}  →  {1}").format(answer.before, answer.now),
                    name=f"changed_{answer.link_id}",
                ),
                row,
                1,
            )
        column.addLayout(grid)
    return box
