"""The kiosk's full-screen window: the page stack, its own navigation, idle reset and lockdown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.consultation.intake import Intake
from kiosk.consultation.session import ConsultationSession, Sessions
from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.plan_words import PlanInWords
from kiosk.record.telling import plan_in_words
from kiosk.store.staff import StaffAccounts, StaffMember
from ui.background import BackgroundWork
from ui.i18n import use_language
from ui.idle import IdleWatcher, StillThereOverlay
from ui.pdf_pages import page_images
from ui.printing import Printer
from ui.staff_access import StaffCorner, StaffSignIn
from ui.widgets.basics import TouchButton, label
from ui.widgets.keyboard import OnScreenKeyboard
from ui.wizard.compare_page import ComparePage
from ui.wizard.consent_page import ConsentPage
from ui.wizard.page import WizardPage
from ui.wizard.plan_page import PlanPage
from ui.wizard.preview import PREVIEW_DPI, PrintoutPreview
from ui.wizard.question_page import QuestionPage
from ui.wizard.results_page import ResultsPage
from ui.wizard.skin_page import SkinTypePage
from ui.wizard.thank_you_page import ThankYouPage
from ui.wizard.welcome_page import WelcomePage

log = logging.getLogger(__name__)

THANK_YOU_SECONDS = 20
# The staff panel over the kiosk closes itself after this long untouched.
STAFF_PANEL_SECONDS = 60


@dataclass
class KioskServices:
    """What the window needs from the rest of the application (wired in ui.app).

    Attributes:
        content: the clinic's content.
        sessions: opens each client's consultation session (which keeps the record).
        accounts: staff sign-in for the staff corner.
        work: the background worker for printing, previews and PIN checks.
        printer: prints the handout (None: this kiosk has no printing).
        open_staff_screen: opens the staff screen for a member (None: not on this kiosk).
    """

    content: Content
    sessions: Sessions
    accounts: StaffAccounts
    work: BackgroundWork
    printer: Printer | None = None
    open_staff_screen: Callable[[StaffMember], None] | None = None


class KioskWindow(QMainWindow):
    """Holds the wizard's pages and walks the client through them.

    A reset (idle, or after Finish) throws the whole page stack away and
    builds it anew, so nothing a client typed survives in any widget, undo
    history or model.
    """

    def __init__(self, services: KioskServices) -> None:
        super().__init__()
        self.services = services
        self.content = services.content
        self.may_close = False
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.content.clinic.clinic.name)
        self.session: ConsultationSession = services.sessions.open()
        self.pages: list[WizardPage] = []
        self._build_chrome()
        self.idle = IdleWatcher(self.content.clinic.kiosk.idle_timeout_seconds, self)
        self.idle.idle.connect(self._idle)
        self.still_there = StillThereOverlay(self, self.content.clinic.kiosk.idle_countdown_seconds)
        self.still_there.expired.connect(self.reset)
        self.staff = StaffSignIn(
            self, services.accounts, services.work, services.open_staff_screen is not None
        )
        self.preview = PrintoutPreview(self)
        self.staff.exit_requested.connect(self._staff_exit)
        self.staff.closed.connect(self._staff_panel_closed)
        self.staff_idle = IdleWatcher(STAFF_PANEL_SECONDS, self)
        self.staff_idle.idle.connect(self._staff_panel_timed_out)
        self.staff.staff_screen_requested.connect(self._staff_screen)
        self.staff_corner.requested.connect(self._staff_requested)
        self.thank_you_timer = QTimer(self)
        self.thank_you_timer.setSingleShot(True)
        self.thank_you_timer.setInterval(THANK_YOU_SECONDS * 1000)
        self.thank_you_timer.timeout.connect(self.reset)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._build_pages()

    # --- the frame around the pages ------------------------------------------

    def _build_chrome(self) -> None:
        root = QWidget()
        root.setObjectName("kioskRoot")
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)

        header = QWidget()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top = QHBoxLayout(header)
        top.setContentsMargins(0, 0, 40, 0)
        self.staff_corner = StaffCorner(header)
        top.addWidget(self.staff_corner)
        top.addWidget(label(self.content.clinic.clinic.name, name="clinicName", wrap=False))
        top.addStretch(1)
        self.step_label = label("", name="stepLabel", wrap=False)
        top.addWidget(self.step_label)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(320)
        top.addWidget(self.progress)
        column.addWidget(header)

        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)

        self.nav = QWidget()
        self.nav.setObjectName("navBar")
        self.nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(self.nav)
        bar.setContentsMargins(40, 16, 40, 16)
        bar.setSpacing(24)
        self.back_button = TouchButton(self.tr("‹  Back"), role="quiet", name="backButton")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.go_back)
        self.message = label("", name="navMessage")
        self.next_button = TouchButton(self.tr("Next  ›"), role="primary", name="nextButton")
        self.next_button.setMinimumWidth(260)
        self.next_button.clicked.connect(self.go_next)
        bar.addWidget(self.back_button)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.next_button)
        column.addWidget(self.nav)

        # The keyboard slides over the bottom of the window, as on a tablet,
        # so pages keep their size; the focused box is kept above it.
        self.keyboard = OnScreenKeyboard(root)
        self.keyboard.hide()
        root.installEventFilter(self)
        self.setCentralWidget(root)

    # --- the pages -----------------------------------------------------------

    @property
    def intake(self) -> Intake:
        """This client's answers, as the session holds them."""
        return self.session.intake

    def _build_pages(self) -> None:
        """A fresh intake and a fresh stack of pages."""
        intake = self.intake
        welcome = WelcomePage(intake, self.content.clinic.kiosk.idle_timeout_seconds)
        welcome.start.connect(self._start)
        welcome.language_chosen.connect(self._language_chosen)
        pages: list[WizardPage] = [welcome, ConsentPage(intake)]
        quiz_page = next(
            (
                page.id
                for page in self.content.questionnaire.pages
                if self.content.skin_type_quiz.result in {item.link_id for item in page.items}
            ),
            None,
        )
        for questions in self.content.questionnaire.pages:
            kind = SkinTypePage if questions.id == quiz_page else QuestionPage
            pages.append(kind(intake, questions))
        plan = PlanPage(intake, can_print=self.services.printer is not None)
        plan.print_requested.connect(self._print)
        plan.preview_requested.connect(self._preview)
        pages += [ResultsPage(intake), ComparePage(intake), plan, ThankYouPage(intake)]
        for wizard_page in pages:
            wizard_page.complete_changed.connect(self._update_navigation)
            self.stack.addWidget(wizard_page)
        self.pages = pages
        self.show_page(0)

    def page_named(self, name: str) -> int:
        """The index of the page whose object name is `name`."""
        return next(i for i, page in enumerate(self.pages) if page.objectName() == name)

    @property
    def page(self) -> WizardPage:
        """The page on screen."""
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        """Show the page at `index`, ready for the answers as they stand."""
        page = self.pages[index]
        page.initialize_page()
        self.stack.setCurrentIndex(index)
        page.scroll_area.verticalScrollBar().setValue(0)
        self.message.setText("")
        self.idle.set_enabled(page.watches_idle)
        steps = [p for p in self.pages if p.counts_as_step]
        if page.counts_as_step:
            number = steps.index(page) + 1
            self.step_label.setText(self.tr("Step {0} of {1}").format(number, len(steps)))
            self.progress.setMaximum(len(steps))
            self.progress.setValue(number)
        self.step_label.setVisible(page.counts_as_step)
        self.progress.setVisible(page.counts_as_step)
        self.nav.setVisible(page.shows_navigation)
        self.next_button.setText(page.next_text() + "  ›")
        self._update_navigation()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()

    @Slot()
    def _update_navigation(self) -> None:
        page = self.page
        self.back_button.setEnabled(self.stack.currentIndex() > 0)
        self.next_button.setEnabled(not page.disables_next or page.is_complete())
        if page.disables_next:
            self.message.setText("" if page.is_complete() else page.missing())
        elif page.is_complete():
            self.message.setText("")

    @Slot()
    def go_next(self) -> None:
        """Move on, or say plainly what is still missing."""
        page = self.page
        if not page.is_complete():
            focused = QApplication.focusWidget()
            if focused is not None:
                focused.clearFocus()  # the keyboard steps aside so the reason shows
            self.message.setText(page.missing())
            page.show_problems()
            return
        self.session.leave(page.objectName().removeprefix("page_"))
        if isinstance(page, PlanPage):
            self._finish()
            return
        self.show_page(self.stack.currentIndex() + 1)
        self._show_keeping()

    @Slot()
    def go_back(self) -> None:
        """One page back; every answer stays."""
        index = self.stack.currentIndex()
        if index > 0:
            self.show_page(index - 1)

    def _show_keeping(self) -> None:
        """Tell the client if their finished answers could not be kept safely."""
        if self.session.warning:
            warning = self.tr("Your answers are not saved yet. Please let the front desk know.")
            self.message.setText(warning)
            self._thank_you_page().set_warning(warning)

    # --- printing, finishing, resetting -----------------------------------------

    def _handout(self) -> PlanInWords:
        intake = self.intake
        return plan_in_words(self.content, intake.assessment(), intake.language)

    @Slot()
    def _print(self) -> None:
        printer = self.services.printer
        plan = self.page
        if printer is None or not isinstance(plan, PlanPage):
            return
        data = self._handout()

        def print_handout() -> None:
            printer.print_pdf(render_handout(data))

        plan.set_print_status(self.tr("Printing your plan..."), busy=True)
        self.services.work.run(print_handout, self._printed, self._print_failed)

    @Slot(object)
    def _printed(self, _result: object) -> None:
        self._plan_page().set_print_status(
            self.tr("Your plan is printing. Please collect it from the printer.")
        )

    @Slot(object)
    def _print_failed(self, error: Exception) -> None:
        log.warning("the handout could not be printed: %s", error)
        self._plan_page().set_print_status(
            self.tr(
                "We could not print your plan just now. Please ask at the front desk for your copy."
            )
        )
        self.session.needs_print()

    @Slot()
    def _preview(self) -> None:
        data = self._handout()
        self._plan_page().set_print_status(self.tr("Preparing your printout..."))
        self.services.work.run(
            lambda: page_images(render_handout(data), PREVIEW_DPI),
            self._show_preview,
            self._print_failed,
        )

    @Slot(object)
    def _show_preview(self, images: list[QImage]) -> None:
        self._plan_page().set_print_status("")
        self.preview.show_pages(images)

    def _plan_page(self) -> PlanPage:
        return next(page for page in self.pages if isinstance(page, PlanPage))

    def _thank_you_page(self) -> ThankYouPage:
        return next(page for page in self.pages if isinstance(page, ThankYouPage))

    def _finish(self) -> None:
        self.session.finish()  # again, if the disk refused it or answers changed
        self.show_page(self.pages.index(self._thank_you_page()))
        self._show_keeping()
        self.thank_you_timer.start()

    @Slot()
    def _idle(self) -> None:
        # While the staff panel is open its own, shorter timer is in charge.
        if self.page.watches_idle and not self.staff.isVisible():
            self.still_there.start()

    @Slot()
    def _start(self) -> None:
        self.session.began()
        self.go_next()

    @Slot()
    def reset(self) -> None:
        """Clear everything of this client's and start again at the welcome page.

        An unfinished draft is marked abandoned; every page and widget is
        destroyed and rebuilt (a cleared text box could give its text back
        through undo); overlays close; the clipboard is emptied.
        """
        self.thank_you_timer.stop()
        self.still_there.stop()
        self.staff.close_panel()
        self.preview.close_preview()
        self.session.end()
        for popup in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if popup is not None:
                popup.close()
        QGuiApplication.clipboard().clear()
        self.keyboard.hide()
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.session = self.services.sessions.open()
        use_language(self.intake.language)
        self._build_pages()
        log.info("the kiosk was reset for the next client")

    @Slot(str)
    def _language_chosen(self, language: str) -> None:
        self.intake.language = language
        self.reset_language(language)

    def reset_language(self, language: str) -> None:
        """Rebuild the pages in `language` (before anything is answered)."""
        use_language(language)
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.session = self.services.sessions.open(language)
        self._build_pages()

    # --- the keyboard follows the focus -------------------------------------------

    @Slot(QWidget, QWidget)
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and self.isAncestorOf(new) and self.keyboard.follow_focus():
            self._place_keyboard()
            self.keyboard.show()
            QTimer.singleShot(0, self._keep_focus_visible)
        elif not isinstance(new, QLineEdit):
            self.keyboard.hide()
            if self.pages:
                self.page.make_room(0)

    @Slot()
    def _keep_focus_visible(self) -> None:
        self._place_keyboard()
        focused = QApplication.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused):
            self.page.keep_above(focused, self.keyboard.height())

    def _place_keyboard(self) -> None:
        root = self.centralWidget()
        if root is None:
            return
        height = self.keyboard.sizeHint().height()
        self.keyboard.setGeometry(0, root.height() - height, root.width(), height)
        self.keyboard.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.centralWidget() and event.type() == QEvent.Type.Resize:
            self._place_keyboard()
        return False

    # --- staff and lockdown ---------------------------------------------------------

    @Slot()
    def _staff_requested(self) -> None:
        self.still_there.stop()
        self.staff.start()
        self.staff_idle.set_enabled(True)

    @Slot()
    def _staff_panel_closed(self) -> None:
        self.staff_idle.set_enabled(False)
        if self.page.watches_idle:
            self.idle.set_enabled(True)  # the client's countdown starts afresh

    @Slot()
    def _staff_panel_timed_out(self) -> None:
        # A staff member walked away from the panel: nobody else may use it,
        # and the client's answers behind it must not wait there for ever.
        log.info("the staff panel closed itself after no use")
        self.staff.close_panel()

    @Slot(object)
    def _staff_exit(self, member: StaffMember) -> None:
        log.info("the kiosk was closed by staff member %s", member.username)
        self.may_close = True
        self.close()
        QApplication.quit()

    @Slot(object)
    def _staff_screen(self, member: StaffMember) -> None:
        self.staff.close_panel()
        if self.services.open_staff_screen is not None:
            self.reset()
            self.services.open_staff_screen(member)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The close button, Alt+F4 and the window manager's close do nothing
        # for a client; only staff can close the kiosk.
        if self.may_close:
            event.accept()
        else:
            event.ignore()
