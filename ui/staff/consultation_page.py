"""One consultation for staff: who, every answer as asked with its flags, consent, the decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.consultation.desk import Decision
from kiosk.consultation.permissions import Permission, may
from kiosk.consultation.since_last import SinceLastVisit
from kiosk.content.model import Content
from kiosk.content.text import language_name
from kiosk.engine.visibility import age_on
from kiosk.record.asked import AskedItem
from kiosk.record.assessment_view import FlagView
from kiosk.store.consultations import DECISIONS, Status
from kiosk.store.records import ConsultationRecord, replan
from kiosk.store.staff import StaffMember
from ui.dates import NUMERIC, brief_date, date_and_time, numeric_date
from ui.staff.danger import DangerConfirmation, danger_button
from ui.staff.since_last_card import since_last_card
from ui.staff.words import (
    answer_words,
    decision_words,
    outcome_words,
    status_words,
    suitability_words,
)
from ui.widgets.basics import TouchButton, card, label
from ui.widgets.scroll_area import plain_scroll_area


class ConsultationPage(QWidget):
    """Shows a ConsultationRecord; asks for a decision from those who may make one.

    Signals:
        decided(object): the Decision made (with the skin type confirmed).
        noted(str): a note to add.
        preview_requested(), reprint_requested(), back_requested(), arrived(),
        erase_requested(): the buttons (erasing only once its confirmation was held).
    """

    decided = Signal(object)
    noted = Signal(str)
    preview_requested = Signal()
    reprint_requested = Signal()
    back_requested = Signal()
    arrived = Signal()
    erase_requested = Signal()

    def __init__(self, record: ConsultationRecord, member: StaffMember, content: Content) -> None:
        super().__init__()
        self.setObjectName("consultationPage")
        self.record = record
        self.member = member
        self.content = content
        self.asked: dict[str, AskedItem] = {
            item.link_id: item
            for page in (record.snapshot.asked if record.snapshot else ())
            for item in page.items
        }
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.setContentsMargins(32, 16, 32, 0)
        back = TouchButton(self.tr("‹  Queue"), role="quiet", name="backToQueue")
        back.clicked.connect(self.back_requested)
        top.addWidget(back)
        top.addStretch(1)
        outer.addLayout(top)
        self.banner = label("", "banner", name="savedBanner")
        self.banner.setContentsMargins(0, 0, 0, 0)
        self.banner.hide()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(32, 8, 32, 0)
        banner_row.addWidget(self.banner)
        outer.addLayout(banner_row)
        scroll = plain_scroll_area()
        outer.addWidget(scroll, 1)
        holder = QWidget()
        holder.setObjectName("pageBody")
        self.columns = QHBoxLayout(holder)
        self.columns.setContentsMargins(32, 8, 32, 32)
        self.columns.setSpacing(24)
        scroll.setWidget(holder)
        left = QVBoxLayout()
        right = QVBoxLayout()
        self.columns.addLayout(left, 3)
        self.columns.addLayout(right, 2)
        left.addWidget(self._client_card())
        self.left = left  # the earlier-visits card goes under the client's (show_since_last)
        left.addWidget(self._flags_card())
        left.addWidget(self._answers_card())
        left.addStretch(1)
        right.addWidget(self._decision_card())
        right.addWidget(self._plan_card())
        right.addWidget(self._consent_card())
        right.addWidget(self._history_card())
        right.addStretch(1)

    def show_since_last(self, since: SinceLastVisit, emailed: str = "") -> None:
        """Add the client's earlier visits, what changed since the last, and the plan email's
        state (`emailed`), under their card."""
        self.left.insertWidget(1, since_last_card(since, self.content, emailed))

    # --- sections ----------------------------------------------------------------

    def _client_card(self) -> QFrame:
        record = self.record
        box, column = section(self.tr("Client"), "clientCard")
        column.addWidget(label(record.name or self.tr("(no name)"), "title", name="clientName"))
        born = record.date_of_birth
        today = record.started_at.date()
        details = [
            self.tr("Born {0} (age {1})").format(numeric_date(born), age_on(born, today))
            if born
            else "",
            record.phone,
            record.email,
            self.tr("Status: {0}").format(status_words(record.status)),
            self.tr("Started {0} on {1}").format(date_and_time(record.started_at), record.kiosk_id),
            self.tr("Content version {0}").format(record.content_version),
        ]
        for line in details:
            if line:
                column.addWidget(label(line, "help"))
        # Staff read the answers in the clinic's language; the client may have read another.
        column.addWidget(
            label(
                self.tr("Client's language: {0}").format(self._language_name(record.language)),
                "help",
                name="clientLanguage",
            )
        )
        row = QHBoxLayout()
        if record.arrived_at is not None:
            row.addWidget(
                label(
                    self.tr("Arrived at {0}").format(date_and_time(record.arrived_at)),
                    "question",
                    name="arrivedAt",
                )
            )
        elif record.status not in ("in_progress", "abandoned"):
            arrived = TouchButton(self.tr("Mark arrived"), name="markArrived")
            arrived.clicked.connect(self.arrived)
            row.addWidget(arrived)
        row.addStretch(1)
        column.addLayout(row)
        if may(self.member.role, Permission.ERASE) and record.name:
            erase = danger_button(self.tr("Erase this client…"), "eraseClient")
            row.addWidget(erase)
            confirmation = DangerConfirmation(
                self.tr("Erase {0} for good?").format(record.name),
                [
                    self.tr("Their name, date of birth, phone and email."),
                    self.tr(
                        "Every consultation of theirs, this one included: the answers, "
                        "the flags, the plan, the signed consent and the signature."
                    ),
                    self.tr("Every decision and note about them."),
                    self.tr("The audit trail keeps only that a client was erased, and by whom."),
                ],
                self.tr("Hold to erase"),
                name="eraseConfirmation",
            )
            erase.clicked.connect(confirmation.ask)
            confirmation.confirmed.connect(self.erase_requested)
            column.addWidget(confirmation)
        return box

    def _flags_card(self) -> QFrame:
        box, column = section(self.tr("Flags"), "flagsCard")
        flags = self.record.flags
        if not flags:
            column.addWidget(label(self.tr("No flags were raised."), "muted", name="noFlags"))
        for flag in flags:
            line = card(f"flag_{flag.rule}")
            outcome = flag.outcome.value
            line.setProperty(
                "status", {"stop": "not_suitable", "prep": "suitable"}.get(outcome, outcome)
            )
            inner = QVBoxLayout(line)
            inner.setContentsMargins(16, 10, 16, 10)
            heading = f"{outcome_words(outcome)}  ·  {self._rule_title(flag)}"
            inner.addWidget(label(heading, "question", name=f"flagHeading_{flag.rule}"))
            inner.addWidget(label(flag.staff_text))
            inner.addWidget(label(self.tr("Raised by:"), "help"))
            for link_id, value in flag.answers.items():
                question, answer = self._question_and_answer(link_id, value)
                inner.addWidget(label(f"    {question}  →  {answer}", name=f"raisedBy_{flag.rule}"))
            if flag.until is not None:
                lifted = brief_date(flag.until)
                inner.addWidget(label(self.tr("Lifts on {0}").format(lifted), "help"))
            inner.addWidget(
                label(
                    self.tr("Treatments: {0}").format(
                        ", ".join(self._treatment_name(code) for code in flag.treatments)
                    ),
                    "help",
                )
            )
            inner.addWidget(label(self.tr("Sources:"), "help"))
            for cited, link in self._sources(flag):
                source = label(f"    {cited}", "help", name=f"source_{flag.rule}")
                source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if link:  # where to read it, without a wall of addresses on the page
                    source.setToolTip(link)
                    source.setAccessibleDescription(link)
                inner.addWidget(source)
            column.addWidget(line)
        return box

    def _answers_card(self) -> QFrame:
        box, column = section(self.tr("Answers, as asked"), "answersCard")
        flagged = self.record.flagged_answers
        pages = self.record.snapshot.asked if self.record.snapshot else ()
        if not pages:
            column.addWidget(label(self.tr("Not submitted: no answers were kept."), "muted"))
        for page in pages:
            column.addWidget(label(page.title, "question"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(18)
            for row, item in enumerate(page.items):
                question = label(item.text)
                shown = self._answer_in_words(item)
                answer = label(shown, name=f"answer_{item.link_id}")
                if not shown:  # shown, not skipped: the client left it
                    answer.setText(self.tr("(not answered)"))
                    answer.setProperty("role", "muted")
                answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if item.link_id in flagged:
                    rules = "; ".join(self._rule_title(flag) for flag in flagged[item.link_id])
                    answer.setText(f"{shown}   ⚑ {rules}")
                    answer.setProperty("role", "flagged")
                grid.addWidget(question, row, 0)
                grid.addWidget(answer, row, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            column.addLayout(grid)
        return box

    def _plan_card(self) -> QFrame:
        box, column = section(self.tr("Plan as given"), "planCard")
        if self.record.snapshot is None:
            column.addWidget(
                label(self.tr("No plan: the consultation was not submitted."), "muted")
            )
            return box
        assessment = self.record.snapshot.assessment
        plan = assessment.plan
        outcome = suitability_words(assessment.status.value)
        column.addWidget(label(self.tr("Outcome: {0}").format(outcome), "question"))
        treatment = self._treatment_name(plan.treatment)
        column.addWidget(label(self.tr("Suggested: {0}").format(treatment), name="planTreatment"))
        if plan.dates:
            dates = ", ".join(brief_date(day) for day in plan.dates)
            column.addWidget(label(self.tr("Sessions: {0}").format(dates), "help"))
        if plan.depth_mm:
            low, high = plan.depth_mm
            column.addWidget(
                label(self.tr("Needle depth {0:g} to {1:g} mm").format(low, high), "help")
            )
        interests = self.record.snapshot.interested_in
        if interests:  # tapped on the compare page: worth raising with the client
            asked = self.tr("The client would like to hear about: {0}").format(", ".join(interests))
            column.addWidget(label(asked, "question", name="clientInterests"))
        if self.record.needs_print:
            column.addWidget(
                label(
                    self.tr("The client is still waiting for a printed copy."),
                    "problem",
                    name="needsPrint",
                )
            )
        row = QHBoxLayout()
        preview = TouchButton(self.tr("Preview handout"), role="quiet", name="previewHandout")
        preview.clicked.connect(self.preview_requested)
        reprint = TouchButton(self.tr("Reprint"), name="reprintHandout")
        reprint.clicked.connect(self.reprint_requested)
        row.addWidget(preview)
        row.addWidget(reprint)
        row.addStretch(1)
        column.addLayout(row)
        self.print_status = label("", "muted", name="staffPrintStatus")
        column.addWidget(self.print_status)
        return box

    def _consent_card(self) -> QFrame:
        box, column = section(self.tr("Consent"), "consentCard")
        consent = self.record.consent
        if consent is None:
            column.addWidget(label(self.tr("No consent was recorded."), "muted"))
            return box
        column.addWidget(
            label(self.tr("Typed name: {0}").format(consent["typed_name"]), name="consentTyped")
        )
        column.addWidget(
            label(
                self.tr("Agreed {0} UTC, notice {1}").format(
                    date_and_time(consent["agreed_at"]), consent["version"]
                ),
                "help",
            )
        )
        if consent.get("language"):
            column.addWidget(
                label(
                    self.tr("Read in {0}").format(self._language_name(consent["language"])),
                    "help",
                    name="consentLanguage",
                )
            )
        column.addWidget(
            label(self.tr("Text fingerprint {0}…").format(consent["hash"][:16]), "help")
        )
        signature = QLabel()
        signature.setObjectName("signatureImage")
        pixmap = QPixmap()
        pixmap.loadFromData(consent["signature_png"])
        if not pixmap.isNull():
            signature.setPixmap(
                pixmap.scaledToWidth(360, Qt.TransformationMode.SmoothTransformation)
            )
        signature.setAccessibleName(self.tr("Signature"))
        column.addWidget(signature)
        return box

    def _history_card(self) -> QFrame:
        box, column = section(self.tr("Decisions and notes"), "historyCard")
        for line in self.record.history:
            words = status_words(line.kind)
            extra = (
                self.tr(" until {0}").format(brief_date(line.deferred_until))
                if line.deferred_until
                else ""
            )
            column.addWidget(
                label(f"{date_and_time(line.at)} · {line.staff} · {words}{extra}", "help")
            )
            if line.text:
                column.addWidget(label(line.text))
        self.note_box = QPlainTextEdit()
        self.note_box.setObjectName("noteText")
        self.note_box.setAccessibleName(self.tr("Note"))
        self.note_box.setPlaceholderText(self.tr("A note for the team"))
        self.note_box.setMaximumHeight(90)
        column.addWidget(self.note_box)
        add = TouchButton(self.tr("Add note"), role="quiet", name="addNote")
        add.clicked.connect(self._add_note)
        column.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _decision_card(self) -> QFrame:
        box, column = section(self.tr("Decision"), "decisionCard")
        if not may(self.member.role, Permission.DECIDE):
            column.addWidget(
                label(self.tr("A practitioner decides on this consultation."), "muted")
            )
            return box
        submitted = self.record.status not in ("in_progress", "abandoned")
        if not submitted:
            column.addWidget(
                label(self.tr("Only a submitted consultation can be decided."), "muted")
            )
            return box
        stated = self.record.answers.get(self.content.skin_type_quiz.result)
        skin = QHBoxLayout()
        skin.addWidget(label(self.tr("Skin type (confirm):"), wrap=False))
        self.skin_type = QComboBox()
        self.skin_type.setObjectName("confirmSkinType")
        self.skin_type.setAccessibleName(self.tr("Confirmed skin type"))
        for value in range(1, 7):
            self.skin_type.addItem(["I", "II", "III", "IV", "V", "VI"][value - 1], value)
        if isinstance(stated, int) and 1 <= stated <= 6:
            self.skin_type.setCurrentIndex(stated - 1)
        self.skin_type.currentIndexChanged.connect(self._skin_type_changed)
        skin.addWidget(self.skin_type)
        skin.addStretch(1)
        column.addLayout(skin)
        self.replan_note = label("", "help", name="replanNote")
        column.addWidget(self.replan_note)
        self.choices = QButtonGroup(self)
        row = QGridLayout()
        for index, decision in enumerate(DECISIONS):
            button = TouchButton(
                decision_words(decision), checkable=True, name=f"decide_{decision.value}"
            )
            button.setProperty("decision", decision.value)
            self.choices.addButton(button)
            row.addWidget(button, index // 2, index % 2)
        column.addLayout(row)
        self.defer_until = QDateEdit(QDate.currentDate().addMonths(1))
        self.defer_until.setObjectName("deferUntil")
        self.defer_until.setCalendarPopup(True)
        self.defer_until.setDisplayFormat(NUMERIC)
        self.defer_until.setAccessibleName(self.tr("Defer until"))
        column.addWidget(self.defer_until)
        self.decision_note = QPlainTextEdit()
        self.decision_note.setObjectName("decisionNote")
        self.decision_note.setAccessibleName(self.tr("Reason"))
        self.decision_note.setPlaceholderText(self.tr("Reason (needed when approving over a flag)"))
        self.decision_note.setMaximumHeight(90)
        column.addWidget(self.decision_note)
        save = TouchButton(self.tr("Save decision"), role="primary", name="saveDecision")
        save.clicked.connect(self._decide)
        column.addWidget(save)
        self.decision_message = label("", "problem", name="decisionMessage")
        column.addWidget(self.decision_message)
        return box

    # --- actions -------------------------------------------------------------------

    @Slot(int)
    def _skin_type_changed(self, _index: int) -> None:
        assessment = replan(self.content, self.record, int(self.skin_type.currentData()))
        if assessment is None:
            self.replan_note.setText(
                self.tr("The plan cannot be worked out again with today's content.")
            )
            return
        snapshot = self.record.snapshot
        given = None if snapshot is None else snapshot.assessment.plan.treatment
        change = (
            ""
            if assessment.plan.treatment == given
            else self.tr(" (changed from {0})").format(self._treatment_name(given))
        )
        self.replan_note.setText(
            self.tr("With this skin type: {0}, {1}{2}").format(
                self._treatment_name(assessment.plan.treatment),
                suitability_words(assessment.status.value),
                change,
            )
        )

    @Slot()
    def _decide(self) -> None:
        checked = self.choices.checkedButton()
        if checked is None:
            self.decision_message.setText(self.tr("Choose a decision first."))
            return
        chosen = self.defer_until.date()
        decision = Decision(
            status=Status(str(checked.property("decision"))),
            deferred_until=date(chosen.year(), chosen.month(), chosen.day()),
            note=self.decision_note.toPlainText(),
            fitzpatrick_type=int(self.skin_type.currentData()),
        )
        self.decision_message.setText("")
        self.decided.emit(decision)

    @Slot()
    def _add_note(self) -> None:
        text = self.note_box.toPlainText().strip()
        if text:
            self.noted.emit(text)

    def _rule_title(self, flag: FlagView) -> str:
        """The rule's title as kept with the flag; for older records, today's title, else its id."""
        if flag.title:
            return flag.title
        today = next((rule for rule in self.content.rules.rules if rule.id == flag.rule), None)
        return flag.rule if today is None else self.content.text(today.title)

    def _question_and_answer(self, link_id: str, value: object) -> tuple[str, str]:
        """A flag's answer as the client was asked it: the question's words and the answer's."""
        item = self.asked.get(link_id)
        if item is not None:
            return item.text, self._answer_in_words(item)
        if link_id == "age":  # worked out from the date of birth, never asked
            return self.tr("Age"), str(value)
        asked_today = self.content.questionnaire.by_link_id.get(link_id)
        question = self.content.text(asked_today.text) if asked_today else link_id
        return question, answer_words(value)

    def _language_name(self, code: str) -> str:
        """A language's name in the clinic's language ("Polish"), as staff read it."""
        return language_name(code, self.content.clinic.language) if code else "?"

    @staticmethod
    def _answer_in_words(item: AskedItem) -> str:
        """The answer as the client gave it; a date in words rather than as stored."""
        if item.type == "date" and isinstance(item.answer, str):
            return answer_words(item.answer)
        return item.display or ""

    def _sources(self, flag: FlagView) -> list[tuple[str, str]]:
        """Each reference behind a flag as "Title (Authors, Year)", and where to read it."""
        if not flag.references:  # kept before the reference list: the words as they were
            return [(flag.source, "")]
        return [(cited.citation(), cited.link or "") for cited in flag.references]

    def show_saved(self, message: str) -> None:
        """Say plainly, at the top of the page, that what staff did was saved."""
        self.banner.setText(message)
        self.banner.show()

    def _treatment_name(self, code: str | None) -> str:
        """A treatment's name in today's content (its code, if the clinic has since removed it)."""
        treatment = self.content.catalogue.treatment.get(code or "")
        if treatment is None:
            return code or self.tr("none")
        return self.content.text(treatment.name)

    def show_decision_problem(self, message: str) -> None:
        self.decision_message.setText(message)


def section(title: str, name: str) -> tuple[QFrame, QVBoxLayout]:
    """A titled white card."""
    box = card(name)
    column = QVBoxLayout(box)
    column.setContentsMargins(22, 16, 22, 16)
    column.setSpacing(8)
    column.addWidget(label(title, "subtitle"))
    return box, column
