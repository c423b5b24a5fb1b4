"""The staff screen: sign in, the queue, a consultation, the audit trail; it locks itself."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.consultation.desk import Decision, Desk, ExportFormat
from kiosk.consultation.outbox import OutboxReport
from kiosk.consultation.permissions import NotAllowed, Permission, may
from kiosk.consultation.plan_mail import plan_email_state
from kiosk.content.model import Content
from kiosk.store.consultations import ConsultationNotFound, Status
from kiosk.store.reviews import DecisionError
from kiosk.store.staff import StaffMember
from ui.background import BackgroundWork
from ui.dates import brief_date
from ui.idle import IdleWatcher
from ui.pdf_pages import page_images
from ui.printing import Printer
from ui.staff.admin_page import AdminPage
from ui.staff.audit_page import AuditPage
from ui.staff.consultation_page import ConsultationPage
from ui.staff.queue_page import QueuePage
from ui.staff.sign_in import SignInPanel
from ui.staff.words import role_words, status_words
from ui.theme import TOUCH_PX
from ui.widgets.basics import TouchButton, label
from ui.widgets.keyboard_dock import KeyboardDock
from ui.widgets.text_fields import KEYBOARD
from ui.wizard.preview import PREVIEW_DPI, PrintoutPreview

log = logging.getLogger(__name__)


@dataclass
class StaffServices:
    """What the staff screen needs (wired in ui.app).

    Attributes:
        content: today's clinic content (for re-planning with a confirmed skin type).
        desk: the staff actions: sign-in, decisions, printing, exports, accounts, audit.
        work: the background worker (PIN checks, rendering, printing).
        printer: for reprints (None: no printing here).
        now: the current time (UTC).
        lock_minutes: the screen locks after this long untouched.
        demo_hint: a line shown at sign-in (the demo PIN), or "".
        retention_days, draft_hours: for the purge.
        choose_file: asks where to save an export ("fhir" or "csv"); None to cancel.
    """

    content: Content
    desk: Desk
    work: BackgroundWork
    printer: Printer | None
    now: Callable[[], datetime]
    lock_minutes: int = 5
    demo_hint: str = ""
    retention_days: int = 8 * 365
    draft_hours: int = 24
    choose_file: Callable[[str], Path | None] | None = None


class StaffWindow(QMainWindow):
    """The staff screen.

    Signals:
        finished(): closed (the kiosk shows itself again when it opened this window).
    """

    finished = Signal()

    def __init__(self, services: StaffServices) -> None:
        super().__init__()
        self.setObjectName("staffWindow")
        self.setWindowTitle(self.tr("{0}: staff").format(services.content.clinic.clinic.name))
        self.services = services
        self.member: StaffMember | None = None
        self.consultation: ConsultationPage | None = None
        root = QWidget()
        root.setObjectName("kioskRoot")
        self.root = root
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = self._build_header()
        column.addWidget(self.header)
        self.warning = label("", "problem", name="auditWarning")
        self.warning.hide()
        column.addWidget(self.warning)
        self.outbox_line = label("", "help", name="outboxReport")
        self.outbox_line.setContentsMargins(32, 4, 32, 4)
        self.outbox_line.hide()
        column.addWidget(self.outbox_line)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(root)

        self.sign_in_page = QWidget()
        page = QVBoxLayout(self.sign_in_page)
        page.setContentsMargins(120, 60, 120, 60)
        self.panel = SignInPanel(services.desk, services.work)
        self.panel.signed_in.connect(self._signed_in)
        page.addWidget(self.panel)
        if services.demo_hint:
            page.addWidget(label(services.demo_hint, "subtitle", name="demoHint"))
        page.addStretch(1)
        content = services.content
        names = {code: content.text(t.name) for code, t in content.catalogue.treatment.items()}
        self.queue = QueuePage(services.now().date(), names, services.now)
        self.queue.opened.connect(self.open_consultation)
        self.queue.help_answered.connect(self._help_answered)
        self.audit_page = AuditPage(services.desk)
        self.audit_page.back_requested.connect(self.show_queue)
        self.admin_page = AdminPage(services.retention_days, services.draft_hours)
        self.admin_page.back_requested.connect(self.show_queue)
        self.admin_page.unlock_requested.connect(self._unlock)
        self.admin_page.export_requested.connect(self._export)
        self.admin_page.purge_requested.connect(self._purge)
        for widget in (self.sign_in_page, self.queue, self.audit_page, self.admin_page):
            self.stack.addWidget(widget)
        self.preview = PrintoutPreview(self)
        self.idle = IdleWatcher(services.lock_minutes * 60, self)
        self.idle.idle.connect(self.lock)
        # Opened on the kiosk (see open_on_kiosk): locking hands back to the client screen.
        self.on_kiosk = False
        self.lock()

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(header)
        bar.setContentsMargins(32, 8, 32, 8)
        self.who = label("", "question", name="signedInAs", wrap=False)
        bar.addWidget(self.who)
        bar.addStretch(1)
        self.queue_button = TouchButton(self.tr("Queue"), role="quiet", name="showQueue")
        self.audit_button = TouchButton(self.tr("Audit trail"), role="quiet", name="showAudit")
        self.admin_button = TouchButton(self.tr("Admin"), role="quiet", name="showAdmin")
        self.lock_button = TouchButton(self.tr("Lock"), name="lockStaff")
        self.back_to_kiosk = TouchButton(
            self.tr("Back to the client screen"), role="primary", name="backToKiosk"
        )
        self.back_to_kiosk.hide()
        self.back_to_kiosk.clicked.connect(self.close)
        for button in (self.queue_button, self.audit_button, self.admin_button, self.lock_button):
            bar.addWidget(button)
        bar.addWidget(self.back_to_kiosk)
        self.queue_button.clicked.connect(self.show_queue)
        self.audit_button.clicked.connect(self.show_audit)
        self.admin_button.clicked.connect(self.show_admin)
        self.lock_button.clicked.connect(self.lock)
        return header

    # --- signing in and out ---------------------------------------------------------

    def open_on_kiosk(self, member: StaffMember, outbox: OutboxReport) -> None:
        """Opened from the kiosk's staff corner by `member`, who signed in there already.

        Touch-sized, with the on-screen keyboard and a way back to the client
        screen; locking (or being left alone) goes back to the kiosk's welcome
        page, and `outbox` says what waits on this kiosk to be stored.
        """
        self.on_kiosk = True
        self.setProperty("touch", "true")
        self.style().unpolish(self)
        self.style().polish(self)
        self.keyboard_dock = KeyboardDock(self.root)
        self.queue.search.setProperty(KEYBOARD, "search")
        for table in self.findChildren(QTableView):
            table.verticalHeader().setDefaultSectionSize(TOUCH_PX)
        self.back_to_kiosk.show()
        self.lock_button.hide()
        self.outbox_line.setText(self.tr("This kiosk's outbox: {0}.").format(outbox.summary()))
        self.outbox_line.setProperty("role", "problem" if outbox.refused else "help")
        self.outbox_line.show()
        self._signed_in(member)

    @Slot()
    def lock(self) -> None:
        """Back to sign-in; nothing of the last consultation stays on screen.

        On the kiosk, back to the client screen instead (its welcome page).
        """
        if self.on_kiosk and self.isVisible():
            self.close()  # closeEvent locks again, with the window already hidden
            return
        self.member = None
        self.queue.help_source = None
        self.idle.set_enabled(False)
        self.preview.close_preview()
        self._drop_consultation()
        self.header.hide()
        self.warning.hide()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.panel.start()

    @Slot(object)
    def _signed_in(self, member: StaffMember) -> None:
        self.member = member
        self.queue.help_source = partial(self.services.desk.open_help_requests, member)
        self.who.setText(self.tr("{0} ({1})").format(member.display_name, role_words(member.role)))
        self.audit_button.setVisible(may(member.role, Permission.READ_AUDIT))
        self.admin_button.setVisible(may(member.role, Permission.MANAGE_ACCOUNTS))
        self.header.show()
        self.idle.set_enabled(True)
        if may(member.role, Permission.READ_AUDIT):
            problem = self.services.desk.audit_problem(member)
            if problem is not None:
                self.warning.setText(
                    self.tr("Warning: the audit trail was tampered with ({0}).").format(problem)
                )
                self.warning.show()
        self.show_queue()

    # --- pages -----------------------------------------------------------------------

    @Slot()
    def show_queue(self) -> None:
        self._drop_consultation()
        self.stack.setCurrentWidget(self.queue)

    @Slot()
    def show_audit(self) -> None:
        if self.member is None or not may(self.member.role, Permission.READ_AUDIT):
            return
        self._drop_consultation()
        self.audit_page.refresh(self.member)
        self.stack.setCurrentWidget(self.audit_page)

    @Slot()
    def show_admin(self) -> None:
        if self.member is None or not may(self.member.role, Permission.MANAGE_ACCOUNTS):
            return
        self._drop_consultation()
        self.admin_page.refresh(self.services.desk.staff_accounts(self.member))
        self.stack.setCurrentWidget(self.admin_page)

    @Slot(str)
    def open_consultation(self, public_id: str) -> None:
        """Show one consultation (and record that it was viewed)."""
        if self.member is None:
            return
        try:
            record = self.services.desk.view(self.member, public_id)
        except ConsultationNotFound:
            self.queue.refresh()
            return
        self._drop_consultation()
        page = ConsultationPage(record, self.member, self.services.content)
        page.show_since_last(
            self.services.desk.since_last(self.member, public_id), plan_email_state(public_id)
        )
        page.back_requested.connect(self.show_queue)
        page.decided.connect(self._decide)
        page.noted.connect(self._note)
        page.preview_requested.connect(self._preview)
        page.reprint_requested.connect(self._reprint)
        page.arrived.connect(self._arrived)
        page.erase_requested.connect(self._erase)
        self.consultation = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _drop_consultation(self) -> None:
        if self.consultation is not None:
            self.stack.removeWidget(self.consultation)
            self.consultation.deleteLater()
            self.consultation = None

    # --- actions ------------------------------------------------------------------------

    @Slot(object)
    def _decide(self, decision: Decision) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None:
            return
        public_id = page.record.public_id
        try:
            self.services.desk.decide(member, public_id, decision)
        except DecisionError as error:
            page.show_decision_problem(str(error).capitalize() + ".")
            return
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.open_consultation(public_id)
        if self.consultation is not None:
            saved = status_words(decision.status.value)
            if decision.status is Status.DEFERRED and decision.deferred_until is not None:
                saved = self.tr("{0} until {1}").format(saved, brief_date(decision.deferred_until))
            self.consultation.show_saved(self.tr("✓  Decision saved: {0}.").format(saved))

    @Slot(str)
    def _note(self, text: str) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None:
            return
        try:
            self.services.desk.add_note(member, page.record.public_id, text)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.open_consultation(page.record.public_id)
        if self.consultation is not None:
            self.consultation.show_saved(self.tr("✓  Note added."))

    @Slot()
    def _preview(self) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None:
            return
        desk, public_id = self.services.desk, page.record.public_id
        self.services.work.run(
            lambda: page_images(desk.preview(member, public_id), PREVIEW_DPI),
            self._show_preview,
            self._no_handout,
        )

    @Slot(object)
    def _show_preview(self, images: list[QImage]) -> None:
        self.preview.show_pages(images)

    @Slot(object)
    def _no_handout(self, error: Exception) -> None:
        if self.consultation is None:
            return
        if isinstance(error, NotAllowed):
            self._show_refusal(error)
        elif isinstance(error, ConsultationNotFound):
            self.consultation.print_status.setText(
                self.tr("This consultation has no plan to print.")
            )
        else:
            self.consultation.print_status.setText(self.tr("Printing failed: {0}").format(error))

    @Slot()
    def _reprint(self) -> None:
        printer, page, member = self.services.printer, self.consultation, self.member
        if page is None or member is None:
            return
        if printer is None:
            page.print_status.setText(self.tr("No printer is set up here."))
            return
        desk, public_id = self.services.desk, page.record.public_id

        def reprint() -> str:
            desk.reprint(member, public_id, printer)
            return public_id

        page.print_status.setText(self.tr("Printing..."))
        self.services.work.run(reprint, self._reprinted, self._no_handout)

    @Slot(object)
    def _reprinted(self, public_id: str) -> None:
        if self.consultation is not None and self.consultation.record.public_id == public_id:
            self.consultation.print_status.setText(self.tr("Sent to the printer."))

    @Slot()
    def _arrived(self) -> None:
        if self.consultation is None or self.member is None:
            return
        public_id = self.consultation.record.public_id
        try:
            self.services.desk.mark_arrived(self.member, public_id)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.open_consultation(public_id)

    @Slot(str)
    def _help_answered(self, request_id: str) -> None:
        if self.member is None:
            return
        try:
            self.services.desk.answer_help(self.member, request_id)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.queue.refresh()

    def _show_refusal(self, refusal: NotAllowed) -> None:
        """The core refused: say so (the button should not have been there)."""
        self.warning.setText(self.tr("Not done: {0}.").format(refusal))
        self.warning.show()

    @Slot()
    def _erase(self) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None:
            return
        try:
            self.services.desk.erase_client_of(member, page.record.public_id)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.show_queue()

    @Slot(str)
    def _unlock(self, username: str) -> None:
        if self.member is None:
            return
        try:
            self.services.desk.unlock(self.member, username)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.admin_page.refresh(self.services.desk.staff_accounts(self.member))

    @Slot(str)
    def _export(self, kind: str) -> None:
        member = self.member
        if member is None:
            return
        path = self._choose_file(kind)
        if path is None:
            return
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                count = self.services.desk.export(
                    member, self.services.content, ExportFormat(kind), out
                )
        except OSError as error:
            self.admin_page.status.setText(self.tr("Could not save: {0}").format(error.strerror))
            return
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.admin_page.status.setText(
            self.tr("Exported {0} consultations to {1}.").format(count, path)
        )

    def _choose_file(self, kind: str) -> Path | None:
        if self.services.choose_file is not None:
            return self.services.choose_file(kind)
        suffix = "json" if kind == "fhir" else "csv"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export consultations"), f"consultations.{suffix}"
        )
        return Path(name) if name else None

    @Slot()
    def _purge(self) -> None:
        member = self.member
        if member is None:
            return
        days = self.services.retention_days
        try:
            purged = self.services.desk.purge(member, days, self.services.draft_hours)
        except NotAllowed as refusal:
            self._show_refusal(refusal)
            return
        self.admin_page.status.setText(
            self.tr("Deleted {0} old consultations; cleared {1} abandoned drafts.").format(
                purged.deleted, purged.drafts_dropped
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.on_kiosk = False  # closing: lock here, not by closing again
        self.lock()
        self.finished.emit()
        event.accept()
