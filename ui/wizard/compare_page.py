"""Explore and compare: the client's concerns against the treatments, and each one in detail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.content.catalogue import Treatment
from kiosk.engine.screening import Suitability
from ui.dates import short_date
from ui.widgets.basics import TouchButton, card, label
from ui.widgets.choice_fields import named_icon
from ui.wizard.page import WizardPage
from ui.wizard.words import fit_dots, fit_words

STANDING_WORDS = {
    Suitability.SUITABLE: QT_TRANSLATE_NOOP("ComparePage", "Suits you"),
    Suitability.REVIEW: QT_TRANSLATE_NOOP("ComparePage", "Talk with us first"),
    Suitability.DEFER: QT_TRANSLATE_NOOP("ComparePage", "Later"),
    Suitability.NOT_SUITABLE: QT_TRANSLATE_NOOP("ComparePage", "Not for you now"),
}


class ComparePage(WizardPage):
    """A grid of fit (concerns by treatments) and a detail view per treatment."""

    def __init__(self, intake: Intake) -> None:
        super().__init__(intake, self.tr("Explore and compare"), name="page_compare")
        self.body.addWidget(
            label(
                self.tr(
                    "How each treatment helps with what you chose. Tap a treatment to learn more."
                ),
                "subtitle",
            )
        )
        self.views = QStackedWidget()
        self.body.addWidget(self.views)
        self.body.addStretch(1)
        self.grid_view = QWidget()
        self.detail_view = QWidget()
        self.views.addWidget(self.grid_view)
        self.views.addWidget(self.detail_view)

    def initialize_page(self) -> None:
        self._build_grid()
        self.views.setCurrentWidget(self.grid_view)

    def _standing_text(self, code: str) -> str:
        standing = self.intake.assessment().screening.treatments[code]
        words = self.tr(str(STANDING_WORDS[standing.suitability]))
        if (
            standing.suitability is Suitability.DEFER
            and standing.not_before
            and not standing.awaiting_healing
        ):
            words += " " + self.tr("(from {0})").format(
                short_date(standing.not_before, self.intake.language)
            )
        return words

    def _build_grid(self) -> None:
        """One row per treatment: how it serves each chosen concern, and how it stands for you."""
        assessment = self.intake.assessment()
        content = self.intake.content
        concerns = assessment.answers.get("concerns")
        chosen = [str(code) for code in concerns] if isinstance(concerns, tuple) else []
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        grid.addWidget(label(self.tr("Treatment"), "help"), 0, 0)
        for column, code in enumerate(chosen, start=1):
            heading = label(self.intake.text(content.catalogue.concern[code].label), "help")
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(heading, 0, column)
        grid.addWidget(label(self.tr("For you"), "help"), 0, len(chosen) + 1)
        for row, treatment in enumerate(content.catalogue.treatments, start=1):
            standing = assessment.screening.treatments[treatment.code].suitability
            button = TouchButton(
                self.intake.text(treatment.name) + "  ›",
                role="option",
                name=f"treatment_{treatment.code}",
            )
            button.setAccessibleName(self.intake.text(treatment.name))
            button.setProperty("code", treatment.code)
            icon = named_icon(treatment.icon) if treatment.icon else None
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(QSize(44, 44))
            button.clicked.connect(self._show_detail)
            grid.addWidget(button, row, 0)
            for column, code in enumerate(chosen, start=1):
                score = treatment.fit.get(code, 0)
                cell = label(fit_dots(score), name=f"fit_{code}_{treatment.code}")
                cell.setProperty("role", "dots")
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setAccessibleName(f"{self.intake.text(treatment.name)}: {fit_words(score)}")
                grid.addWidget(cell, row, column)
            verdict = label(self._standing_text(treatment.code), name=f"standing_{treatment.code}")
            verdict.setProperty("role", f"standing_{standing.value}")
            grid.addWidget(verdict, row, len(chosen) + 1)
        grid.setColumnStretch(0, 3)
        for column in range(1, len(chosen) + 1):
            grid.setColumnStretch(column, 1)
        grid.setColumnStretch(len(chosen) + 1, 2)
        new = QWidget()
        layout = QVBoxLayout(new)
        layout.setContentsMargins(0, 0, 0, 0)
        panel = card()
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.addWidget(grid_widget)
        layout.addWidget(panel)
        layout.addWidget(
            label(self.tr("●●● very well   ●●○ well   ●○○ a little   ○○○ not really"), "muted")
        )
        layout.addStretch(1)
        self.views.insertWidget(0, new)
        self.views.removeWidget(self.grid_view)
        self.grid_view.deleteLater()
        self.grid_view = new

    @Slot()
    def _show_detail(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        treatment = self.intake.content.catalogue.treatment[str(button.property("code"))]
        self._build_detail(treatment)
        self.views.setCurrentWidget(self.detail_view)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _build_detail(self, treatment: Treatment) -> None:
        text = self.intake.text
        standing = self.intake.assessment().screening.treatments[treatment.code]
        new = QWidget()
        new.setObjectName(f"detail_{treatment.code}")
        layout = QVBoxLayout(new)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        back = TouchButton(
            self.tr("‹  Back to the comparison"), role="quiet", name="backToComparison"
        )
        back.clicked.connect(self._show_grid)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(label(text(treatment.name), "title"))
        layout.addWidget(label(self._standing_text(treatment.code), "question"))
        for reason in standing.reasons:
            layout.addWidget(label("•  " + text(reason)))
        sections = (
            (self.tr("How it works"), treatment.how_it_works),
            (self.tr("Best for"), treatment.best_for),
            (self.tr("What to expect on the day"), treatment.on_the_day),
            (self.tr("Recovery"), treatment.downtime),
            (self.tr("How many sessions"), treatment.course),
            (self.tr("Skin tones"), treatment.skin_tones),
            (self.tr("Risks"), treatment.risks),
        )
        for heading, body in sections:
            section = card()
            column = QVBoxLayout(section)
            column.setContentsMargins(28, 20, 28, 20)
            column.addWidget(label(heading, "question"))
            column.addWidget(label(text(body)))
            layout.addWidget(section)
        layout.addStretch(1)
        self.views.insertWidget(1, new)
        self.views.removeWidget(self.detail_view)
        self.detail_view.deleteLater()
        self.detail_view = new

    @Slot()
    def _show_grid(self) -> None:
        self.views.setCurrentWidget(self.grid_view)
