"""The staff screen: sign in, the queue, a consultation, the audit trail; it locks itself."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.plan_words import PlanInWords
from kiosk.store.audit import AuditTrail
from kiosk.store.consultations import (
    ConsultationNotFound,
    mark_arrived,
    mark_needs_print,
    stored_handout,
)
from kiosk.store.export import write_csv, write_fhir
from kiosk.store.models import Consultation
from kiosk.store.queue import QueueFilter
from kiosk.store.records import load_record
from kiosk.store.retention import drop_stale_drafts, erase_client, purge_older_than
from kiosk.store.reviews import DecisionError, add_note, decide
from kiosk.store.staff import Role, StaffAccounts, StaffMember
from ui.background import BackgroundWork
from ui.idle import IdleWatcher
from ui.pdf_pages import page_images
from ui.printing import Printer
from ui.staff.admin_page import AdminPage
from ui.staff.audit_page import AuditPage
from ui.staff.consultation_page import ConsultationPage
from ui.staff.queue_page import QueuePage
from ui.staff.sign_in import SignInPanel
from ui.widgets.basics import TouchButton, label
from ui.wizard.preview import PREVIEW_DPI, PrintoutPreview

log = logging.getLogger(__name__)


@dataclass
class StaffServices:
    """What the staff screen needs (wired in ui.app).

    Attributes:
        content: today's clinic content (for re-planning with a confirmed skin type).
        accounts: sign-in.
        audit: the audit trail.
        work: the background worker (PIN checks, rendering, printing).
        printer: for reprints (None: no printing here).
        now: the current time (UTC).
        lock_minutes: the screen locks after this long untouched.
        demo_hint: a line shown at sign-in (the demo PIN), or "".
        retention_days, draft_hours: for the purge.
        confirm: asks staff to confirm a question (a dialog by default).
        choose_file: asks where to save an export ("fhir" or "csv"); None to cancel.
    """

    content: Content
    accounts: StaffAccounts
    audit: AuditTrail
    work: BackgroundWork
    printer: Printer | None
    now: Callable[[], datetime]
    lock_minutes: int = 5
    demo_hint: str = ""
    retention_days: int = 8 * 365
    draft_hours: int = 24
    confirm: Callable[[str], bool] | None = None
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
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = self._build_header()
        column.addWidget(self.header)
        self.warning = label("", "problem", name="auditWarning")
        self.warning.hide()
        column.addWidget(self.warning)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(root)

        self.sign_in_page = QWidget()
        page = QVBoxLayout(self.sign_in_page)
        page.setContentsMargins(120, 60, 120, 60)
        self.panel = SignInPanel(services.accounts, services.work)
        self.panel.signed_in.connect(self._signed_in)
        page.addWidget(self.panel)
        if services.demo_hint:
            page.addWidget(label(services.demo_hint, "subtitle", name="demoHint"))
        page.addStretch(1)
        content = services.content
        names = {code: content.text(t.name) for code, t in content.catalogue.treatment.items()}
        self.queue = QueuePage(services.now().date(), names)
        self.queue.opened.connect(self.open_consultation)
        self.audit_page = AuditPage(services.audit)
        self.audit_page.back_requested.connect(self.show_queue)
        self.admin_page = AdminPage(services.accounts)
        self.admin_page.back_requested.connect(self.show_queue)
        self.admin_page.unlock_requested.connect(self._unlock)
        self.admin_page.export_requested.connect(self._export)
        self.admin_page.purge_requested.connect(self._purge)
        for widget in (self.sign_in_page, self.queue, self.audit_page, self.admin_page):
            self.stack.addWidget(widget)
        self.preview = PrintoutPreview(self)
        self.idle = IdleWatcher(services.lock_minutes * 60, self)
        self.idle.idle.connect(self.lock)
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
        for button in (self.queue_button, self.audit_button, self.admin_button, self.lock_button):
            bar.addWidget(button)
        self.queue_button.clicked.connect(self.show_queue)
        self.audit_button.clicked.connect(self.show_audit)
        self.admin_button.clicked.connect(self.show_admin)
        self.lock_button.clicked.connect(self.lock)
        return header

    # --- signing in and out ---------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Back to sign-in; nothing of the last consultation stays on screen."""
        self.member = None
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
        self.who.setText(
            self.tr("{0} ({1})").format(member.display_name, member.role.value.replace("_", " "))
        )
        self.audit_button.setVisible(member.role is Role.ADMIN)
        self.admin_button.setVisible(member.role is Role.ADMIN)
        self.header.show()
        self.idle.set_enabled(True)
        if member.role is Role.ADMIN:
            problem = self.services.audit.verify()
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
        if self.member is None or self.member.role is not Role.ADMIN:
            return
        self._drop_consultation()
        self.audit_page.refresh()
        self.stack.setCurrentWidget(self.audit_page)

    @Slot()
    def show_admin(self) -> None:
        if self.member is None or self.member.role is not Role.ADMIN:
            return
        self._drop_consultation()
        self.admin_page.refresh()
        self.stack.setCurrentWidget(self.admin_page)

    @Slot(str)
    def open_consultation(self, public_id: str) -> None:
        """Show one consultation (and record that it was viewed)."""
        if self.member is None:
            return
        try:
            record = load_record(public_id)
        except ConsultationNotFound:
            self.queue.refresh()
            return
        self._record("view", public_id)
        self._drop_consultation()
        page = ConsultationPage(record, self.member, self.services.content)
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

    def _record(self, action: str, public_id: str | None, **detail: object) -> None:
        staff = self.member.username if self.member else None
        self.services.audit.record(
            action, self.services.now(), staff=staff, consultation=public_id, detail=dict(detail)
        )

    @Slot(object)
    def _decide(self, choice: dict[str, object]) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None or member.role is Role.FRONT_DESK:
            return
        public_id = page.record.public_id
        try:
            decide(
                public_id,
                member.username,
                choice["decision"],  # type: ignore[arg-type]
                self.services.now(),
                deferred_until=choice["deferred_until"],  # type: ignore[arg-type]
                note=str(choice["note"]),
                fitzpatrick_type=choice["fitzpatrick_type"],  # type: ignore[arg-type]
            )
        except DecisionError as error:
            page.show_decision_problem(str(error).capitalize() + ".")
            return
        self._record("decision", public_id, decision=str(choice["decision"]))
        self.open_consultation(public_id)

    @Slot(str)
    def _note(self, text: str) -> None:
        page, member = self.consultation, self.member
        if page is None or member is None:
            return
        add_note(page.record.public_id, member.username, text, self.services.now())
        self._record("note", page.record.public_id)
        self.open_consultation(page.record.public_id)

    def _handout(self) -> PlanInWords | None:
        if self.consultation is None:
            return None
        try:
            return stored_handout(self.consultation.record.public_id)
        except ConsultationNotFound:
            self.consultation.print_status.setText(
                self.tr("This consultation has no plan to print.")
            )
            return None

    @Slot()
    def _preview(self) -> None:
        data = self._handout()
        if data is not None:
            self.services.work.run(
                lambda: page_images(render_handout(data), PREVIEW_DPI), self._show_preview
            )

    @Slot(object)
    def _show_preview(self, images: list[QImage]) -> None:
        self.preview.show_pages(images)

    @Slot()
    def _reprint(self) -> None:
        data, printer, page = self._handout(), self.services.printer, self.consultation
        if data is None or page is None:
            return
        if printer is None:
            page.print_status.setText(self.tr("No printer is set up here."))
            return
        public_id = page.record.public_id

        def reprint() -> str:
            printer.print_pdf(render_handout(data))
            mark_needs_print(public_id, False)
            return public_id

        page.print_status.setText(self.tr("Printing..."))
        self.services.work.run(reprint, self._reprinted, self._reprint_failed)

    @Slot(object)
    def _reprinted(self, public_id: str) -> None:
        self._record("print", public_id)
        if self.consultation is not None and self.consultation.record.public_id == public_id:
            self.consultation.print_status.setText(self.tr("Sent to the printer."))

    @Slot(object)
    def _reprint_failed(self, error: Exception) -> None:
        if self.consultation is not None:
            self.consultation.print_status.setText(self.tr("Printing failed: {0}").format(error))

    @Slot()
    def _arrived(self) -> None:
        if self.consultation is None:
            return
        public_id = self.consultation.record.public_id
        mark_arrived(public_id, self.services.now())
        self._record("arrival", public_id)
        self.open_consultation(public_id)

    def _admin(self) -> bool:
        return self.member is not None and self.member.role is Role.ADMIN

    def _confirm(self, question: str) -> bool:
        if self.services.confirm is not None:
            return self.services.confirm(question)
        answer = QMessageBox.question(self, self.tr("Please confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _erase(self) -> None:
        page = self.consultation
        if page is None or not self._admin():
            return
        question = self.tr("Erase {0} and every consultation of theirs? This cannot be undone.")
        if not self._confirm(question.format(page.record.name)):
            return
        client = Consultation.get(Consultation.public_id == page.record.public_id).client
        if client is None:
            return
        client_id = client.id
        count = erase_client(client_id)
        self._record("erase", None, client_id=client_id, consultations=count)
        self.show_queue()

    @Slot(str)
    def _unlock(self, username: str) -> None:
        if self._admin():
            self.services.accounts.unlock(username)
            self._record("unlocked", None, username=username)
            self.admin_page.refresh()

    @Slot(str)
    def _export(self, kind: str) -> None:
        if not self._admin():
            return
        path = self._choose_file(kind)
        if path is None:
            return
        write = write_fhir if kind == "fhir" else write_csv
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                count = write(self.services.content, QueueFilter(), out)
        except OSError as error:
            self.admin_page.status.setText(self.tr("Could not save: {0}").format(error.strerror))
            return
        self._record("export", None, format=kind, count=count)
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
        if not self._admin():
            return
        days = self.services.retention_days
        if not self._confirm(
            self.tr("Delete every consultation older than {0} days?").format(days)
        ):
            return
        now = self.services.now()
        deleted = purge_older_than(days, now)
        dropped = drop_stale_drafts(now, self.services.draft_hours)
        self._record("purge", None, older_than_days=days, deleted=deleted, drafts_dropped=dropped)
        self.admin_page.status.setText(
            self.tr("Deleted {0} old consultations; cleared {1} abandoned drafts.").format(
                deleted, dropped
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.finished.emit()
        event.accept()
