"""Explore and compare: the client's concerns against the treatments, and each one in detail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.consultation.intake import Intake
from kiosk.content.catalogue import Treatment
from kiosk.engine.screening import Suitability
from kiosk.record.comparison import Distinction, TreatmentComparison, compare_treatments
from ui.dates import short_date
from ui.widgets.basics import TouchButton, card, label, onward
from ui.widgets.choice_fields import named_icon
from ui.wizard.page import WizardPage
from ui.wizard.words import fit_dots, fit_words

STANDING_WORDS = {
    Suitability.SUITABLE: QT_TRANSLATE_NOOP("ComparePage", "Suits you"),
    Suitability.REVIEW: QT_TRANSLATE_NOOP("ComparePage", "Talk with us first"),
    Suitability.DEFER: QT_TRANSLATE_NOOP("ComparePage", "Later"),
    Suitability.NOT_SUITABLE: QT_TRANSLATE_NOOP("ComparePage", "Not for you now"),
}


# Said together on one line, after "Next to our suggestion:".
AGAINST_THE_SUGGESTION = {
    Distinction.FEWER_SESSIONS,
    Distinction.MORE_SESSIONS,
    Distinction.QUICKER_RECOVERY,
    Distinction.LONGER_RECOVERY,
    Distinction.COSTS_LESS,
    Distinction.COSTS_MORE,
}


class ComparePage(WizardPage):
    """Each treatment for the client's concerns, and each one in detail.

    Per treatment: how well it helps with each chosen concern, sessions,
    recovery, the course's cost, a skin-tone caution where one applies, what
    it means for this client, and "I'd like to hear about this".

    Signals:
        interest_changed(str, bool): the client asked (or no longer asks) to
            hear about a treatment, by its code.
    """

    interest_changed = Signal(str, bool)

    def __init__(self, intake: Intake) -> None:
        super().__init__(self.tr("Explore and compare"), name="page_compare")
        self.intake = intake
        self.body.addWidget(
            label(
                self.tr(
                    "How each treatment helps with what you chose. Tap a treatment to learn more."
                ),
                "subtitle",
            )
        )
        # Above the table, so it is read before the dots it explains.
        self.legend = label(
            self.tr("●●● very well   ●●○ well   ●○○ a little   ○○○ not really"),
            "muted",
            name="fitLegend",
        )
        self.body.addWidget(self.legend)
        self.shared_date = label("", "question", name="sharedDate")
        self.body.addWidget(self.shared_date)
        self.views = QStackedWidget()
        self.body.addWidget(self.views)
        self.body.addStretch(1)
        self.grid_view = QWidget()
        self.detail_view = QWidget()
        self.views.addWidget(self.grid_view)
        self.views.addWidget(self.detail_view)
        self._interested: set[str] = set()
        self._built_for: object = None

    def prepare(self) -> None:
        assessment = self.intake.assessment()
        # The same answers give the same table: no need to build it again.
        if assessment is not self._built_for:
            self._build_grid()
            self._built_for = assessment

    def initialize_page(self) -> None:
        self.prepare()
        self._show_grid()

    def go_back_within(self) -> bool:
        if self.views.currentWidget() is self.detail_view:
            self._show_grid()
            return True
        return False

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

    def _for_you(self, row: TreatmentComparison, shared_wait: bool) -> str:
        """What this treatment means for this client, in a few words."""
        lines = []
        if row.suggested:
            lines.append(self.tr("Our suggestion for you"))
        elif not (shared_wait and row.suitability is Suitability.DEFER):
            # A wait every treatment shares is said once, above the table.
            lines.append(self.tr(str(STANDING_WORDS[row.suitability])))
        if row.not_before is not None:
            lines[-1] += " " + self.tr("(from {0})").format(
                short_date(row.not_before, self.intake.language)
            )
        if row.suitability is not Suitability.NOT_SUITABLE and row.fit:
            average = sum(score for _, score in row.fit) / len(row.fit)
            if row.helps_with == 0:
                lines.append(self.tr("Does not help with what you chose"))
            elif row.helps_with < len(row.fit):
                lines.append(self.tr("Helps with %n of what you chose", "", row.helps_with))
            elif average >= 2.5:
                lines.append(self.tr("A very good match for you"))
            elif average >= 1.5:
                lines.append(self.tr("A good match for you"))
            else:
                lines.append(self.tr("Helps a little with what you chose"))
        against = [
            self._distinction_words(distinction, about)
            for distinction, about in row.distinctions
            if distinction in AGAINST_THE_SUGGESTION
        ]
        lines += [
            self._distinction_words(distinction, about)
            for distinction, about in row.distinctions
            if distinction not in AGAINST_THE_SUGGESTION
        ]
        if against:
            lines.append(self.tr("Next to our suggestion: {0}").format(", ".join(against)))
        if row.skin_tone_caution:
            lines.append(self.tr("Check with us for your skin tone"))
        return "\n".join(lines)

    def _distinction_words(self, distinction: Distinction, about: str) -> str:
        if distinction is Distinction.BEST_FOR:
            return self.tr("The best of these for {0}").format(about.lower())
        if distinction is Distinction.COSTS_LESS_THAN:
            return self.tr("Costs less than {0}").format(about)
        if distinction is Distinction.COSTS_MORE_THAN:
            return self.tr("Costs more than {0}").format(about)
        return {
            Distinction.FEWEST_SESSIONS: self.tr("The fewest sessions"),
            Distinction.QUICKEST_RECOVERY: self.tr("The quickest recovery"),
            Distinction.LOWEST_COST: self.tr("The lowest cost"),
            Distinction.FEWER_SESSIONS: self.tr("fewer sessions"),
            Distinction.MORE_SESSIONS: self.tr("more sessions"),
            Distinction.QUICKER_RECOVERY: self.tr("quicker to recover"),
            Distinction.LONGER_RECOVERY: self.tr("longer to recover"),
            Distinction.COSTS_LESS: self.tr("costs less"),
            Distinction.COSTS_MORE: self.tr("costs more"),
        }[distinction]

    def _facts(self, row: TreatmentComparison) -> str:
        low, high = row.sessions
        sessions = (
            self.tr("%n session(s)", "", low)
            if low == high
            else self.tr("{0} to {1} sessions").format(low, high)
        )
        low, high = row.downtime_days
        if high == 0:
            recovery = self.tr("no time to recover")
        elif low == high:
            recovery = self.tr("%n day(s) to recover", "", high)
        else:
            recovery = self.tr("{0} to {1} days to recover").format(low, high)
        facts = [sessions, recovery]
        if row.course_cost is not None:
            low_cost, high_cost = row.course_cost
            cost = low_cost if low_cost == high_cost else f"{low_cost} – {high_cost}"
            facts.append(self.tr("{0} for the course").format(cost))
        return "   ·   ".join(facts)

    def _build_grid(self) -> None:
        """One card per treatment, best first."""
        comparison = compare_treatments(
            self.intake.content, self.intake.assessment(), self.intake.language
        )
        if comparison.shared_date is not None:
            self.shared_date.setText(
                self.tr("Because of your answers, treatment can start from {0}.").format(
                    short_date(comparison.shared_date, self.intake.language)
                )
            )
        self.shared_date.setVisible(comparison.shared_date is not None)
        labels = dict(comparison.concerns)
        new = QWidget()
        layout = QVBoxLayout(new)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        shared_wait = comparison.shared_date is not None
        for row in comparison.rows:
            layout.addWidget(self._treatment_card(row, labels, shared_wait))
        layout.addStretch(1)
        self.views.insertWidget(0, new)
        self.views.removeWidget(self.grid_view)
        self.grid_view.deleteLater()
        self.grid_view = new

    def _treatment_card(
        self, row: TreatmentComparison, labels: dict[str, str], shared_wait: bool
    ) -> QWidget:
        panel = card(f"compare_{row.code}")
        panel.setProperty("status", row.suitability.value)
        grid = QGridLayout(panel)
        grid.setContentsMargins(24, 16, 24, 16)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        button = TouchButton(onward(row.name), role="option", name=f"treatment_{row.code}")
        button.setAccessibleName(row.name)
        button.setProperty("code", row.code)
        icon = self.intake.content.catalogue.treatment[row.code].icon
        picture = named_icon(icon) if icon else None
        if picture is not None:
            button.setIcon(picture)
            button.setIconSize(QSize(44, 44))
        button.clicked.connect(self._show_detail)
        grid.addWidget(button, 0, 0)
        verdict = label(self._for_you(row, shared_wait), name=f"standing_{row.code}")
        verdict.setProperty("role", f"standing_{row.suitability.value}")
        grid.addWidget(verdict, 0, 1, Qt.AlignmentFlag.AlignTop)
        fits = QHBoxLayout()
        fits.setSpacing(28)
        for code, score in row.fit:
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(label(labels.get(code, code), "help", wrap=False))
            dots = label(fit_dots(score), name=f"fit_{code}_{row.code}", wrap=False)
            dots.setProperty("role", "dots")
            dots.setAccessibleName(f"{row.name}, {labels.get(code, code)}: {fit_words(score)}")
            cell.addWidget(dots)
            fits.addLayout(cell)
        fits.addStretch(1)
        grid.addLayout(fits, 1, 0)
        interest = TouchButton(
            self.tr("I'd like to hear about this"),
            role="quiet",
            name=f"interest_{row.code}",
            checkable=True,
        )
        interest.setChecked(row.code in self._interested)
        interest.setProperty("code", row.code)
        interest.toggled.connect(self._interest_toggled)
        grid.addWidget(interest, 1, 1, 2, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(label(self._facts(row), name=f"facts_{row.code}"), 2, 0)
        if row.skin_tone_caution:
            caution = label("◆  " + row.skin_tone_caution, "flagged", name=f"caution_{row.code}")
            grid.addWidget(caution, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return panel

    @Slot(bool)
    def _interest_toggled(self, wanted: bool) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        code = str(button.property("code"))
        if wanted:
            self._interested.add(code)
        else:
            self._interested.discard(code)
        button.setText(
            self.tr("✓  We will tell you about it")
            if wanted
            else self.tr("I'd like to hear about this")
        )
        self.interest_changed.emit(code, wanted)

    @Slot()
    def _show_detail(self) -> None:
        button = self.sender()
        if not isinstance(button, TouchButton):
            return
        treatment = self.intake.content.catalogue.treatment[str(button.property("code"))]
        self._build_detail(treatment)
        self.views.setCurrentWidget(self.detail_view)
        self.legend.hide()
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
        self.legend.show()
        self.scroll_area.verticalScrollBar().setValue(0)
