"""The kiosk's full-screen window: the page stack, its own navigation, idle reset and lockdown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.consultation.front_page import FrontPage, front_page
from kiosk.content.languages import Language, language
from ui.background import BackgroundWork
from ui.i18n import use_language
from ui.idle import IdleWatcher, StillThereOverlay
from ui.printing import Printer
from ui.staff_corner import StaffCorner
from ui.theme import Reading, style_sheet
from ui.warm_up import PRINTOUT, STAFF_SCREEN, warm_up
from ui.widgets.basics import FittedLabel, TouchButton, label, onward
from ui.widgets.language_choice import LanguageButton, LanguageChooser
from ui.widgets.page_tools import PageTools
from ui.widgets.step_bar import StepBar
from ui.wizard.page import WizardPage
from ui.wizard.welcome_page import WelcomePage

# Only what the welcome page needs is imported here: the window paints it
# before the rest of the kiosk is loaded (see ui.launch). The sessions, the
# staff sign-in and the other pages come in `open`.
if TYPE_CHECKING:
    from kiosk.consultation.help import HelpAnswer
    from kiosk.consultation.intake import Intake
    from kiosk.consultation.plan_mail import MailSender
    from kiosk.consultation.returning import Lookup
    from kiosk.consultation.session import ConsultationSession, Sessions
    from kiosk.content.model import Content
    from kiosk.record.plan_words import PlanInWords
    from kiosk.store.staff import StaffAccounts, StaffMember
    from ui.staff_access import StaffSignIn
    from ui.wizard.consent_page import ConsentPage
    from ui.wizard.plan_page import PlanPage
    from ui.wizard.returning_page import ReturningPage
    from ui.wizard.thank_you_page import ThankYouPage

log = logging.getLogger(__name__)

THANK_YOU_SECONDS = 20
# How long a page has been on screen before the next one is built behind it:
# long enough for this one to be painted, far shorter than anyone reads it.
READ_AHEAD_MS = 150
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
        find_returning: looks up a client who has been here before (None: the
            kiosk does not offer it).
        email_plan: puts a client's plan in the mail outbox (None: no mail
            server is set, and email is not offered).
        languages: the languages offered, the clinic's own first
            (kiosk.content.languages.offered_languages); empty: only its own.
    """

    content: Content
    sessions: Sessions
    accounts: StaffAccounts
    work: BackgroundWork
    printer: Printer | None = None
    open_staff_screen: Callable[[StaffMember], None] | None = None
    find_returning: Callable[[date, str, str], Lookup] | None = None
    email_plan: Callable[[Intake], None] | None = None
    mail: MailSender | None = None
    languages: tuple[Language, ...] = ()


def front_of(services: KioskServices) -> FrontPage:
    """The welcome page the content and the languages of `services` give."""
    languages = services.languages or (language(services.content.clinic.language),)
    return front_page(services.content, languages, services.find_returning is not None)


# Pages that are not counted as steps in the progress bar.
_NOT_STEPS = {"page_welcome", "page_returning", "page_thank_you"}


def typed_with_read_back(box: QWidget) -> QWidget:
    """The box being typed in, with whatever says back what was typed (the date in words)."""
    from ui.widgets.choice_fields import QuestionField  # noqa: PLC0415

    parent = box.parentWidget()
    while parent is not None and not isinstance(parent, QuestionField):
        parent = parent.parentWidget()
    return parent if parent is not None else box


def refit(widget: QWidget) -> None:
    """Lay `widget` out again for its new text size.

    A widget measures itself when first styled (a page is built before it
    joins the window, under the application's normal sheet) and its layout
    keeps that measure; a larger text needs every measure taken anew.
    """
    for child in widget.findChildren(QWidget):
        child.updateGeometry()
    widget.updateGeometry()


class KioskWindow(QMainWindow):
    """Holds the wizard's pages and walks the client through them.

    A reset (idle, or after Finish) throws the whole page stack away and
    builds it anew, so nothing a client typed survives in any widget, undo
    history or model.
    """

    services: KioskServices
    content: Content
    session: ConsultationSession
    staff: StaffSignIn

    def __init__(self, front: FrontPage) -> None:
        """The window with the welcome page of `front`; `open` brings the rest."""
        super().__init__()
        self.may_close = False
        self.setObjectName("kioskWindow")
        self.is_open = False
        # A tap made before the kiosk is open, acted on once it is.
        self._waiting: Callable[[], None] | None = None
        self.front = front
        self.languages = front.languages
        self._built: dict[int, WizardPage] = {}
        self._current = 0
        self._steps: list[int] = []
        # The text size and contrast this client chose (until the reset).
        self.reading = Reading()
        # The help request whose answer the client waits for (None: none).
        self._help_pending: str | None = None
        self._build_chrome()
        self.language_button.clicked.connect(lambda: self._once_open(self._choose_language))
        self.thank_you_timer = QTimer(self)
        self.thank_you_timer.setSingleShot(True)
        self.thank_you_timer.setInterval(THANK_YOU_SECONDS * 1000)
        self.thank_you_timer.timeout.connect(self.reset)
        # Building a page costs more than a frame; the next one is built while
        # the client reads this one, so Next only has to show it.
        self.read_ahead = QTimer(self)
        self.read_ahead.setSingleShot(True)
        self.read_ahead.setInterval(READ_AHEAD_MS)
        self.read_ahead.timeout.connect(self._build_next)
        self._show_front(front)
        self._apply_language(front.language)
        self._makers: list[tuple[str, Callable[[], WizardPage]]] = [
            ("page_welcome", self._make_welcome)
        ]
        self.show_page(0)

    def open(self, services: KioskServices) -> None:
        """Open for clients: the session, the staff corner and every page behind the welcome.

        The welcome page already on screen stays if it is the one the
        content gives; otherwise (the kept page was out of date) it is made again.
        """
        # What only a client under way needs: imported and built now, behind the welcome page.
        from ui.staff_access import StaffSignIn  # noqa: PLC0415
        from ui.widgets.keyboard import OnScreenKeyboard  # noqa: PLC0415
        from ui.wizard.preview import PrintoutPreview  # noqa: PLC0415

        self.services = services
        self.content = services.content
        self.session = services.sessions.open()
        front = front_of(services)
        welcome = self._built.get(0) if front == self.front else None
        if welcome is None:
            self._drop_pages(at_once=True)  # from what an earlier start kept, out of date
        self._show_front(front)
        root = self._root
        # The keyboard slides over the bottom of the window, as on a tablet,
        # so pages keep their size; the focused box is kept above it.
        self.keyboard = OnScreenKeyboard(root)
        self.keyboard.hide()
        self.keyboard.relaid.connect(self._keyboard_relaid)
        root.installEventFilter(self)
        # It watches every event of the application, which the welcome page
        # alone does not need, nor pay for before its first paint.
        self.idle = IdleWatcher(front.idle_seconds, self)
        self.idle.idle.connect(self._idle)
        self.still_there = StillThereOverlay(self, front.countdown_seconds)
        self.still_there.expired.connect(self.reset)
        self.language_chooser = LanguageChooser(self)
        self.language_chooser.chosen.connect(self._language_chosen)
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
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.is_open = True
        self._apply_language(self.intake.language)
        if isinstance(welcome, WelcomePage):
            welcome.enable_touch()
        self._build_pages(welcome)
        # What staff and printing will need, loaded while the welcome page waits.
        later = [*(STAFF_SCREEN if services.open_staff_screen else ()), *PRINTOUT]
        self.warming = warm_up(later)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _once_open(self, act: Callable[[], None]) -> None:
        """Act on a tap now, or as soon as the kiosk is open (the latest tap wins)."""
        if self.is_open:
            act()
        else:
            self._waiting = act

    def _show_front(self, front: FrontPage) -> None:
        """The clinic's name and the languages of `front`."""
        self.front = front
        self.languages = front.languages
        self.setWindowTitle(front.clinic_name)
        self.clinic_name.setText(front.clinic_name)
        self.language_button.setVisible(len(self.languages) > 1)

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
        self._header_row = top
        self.staff_corner = StaffCorner(header)
        top.addWidget(self.staff_corner)
        self.clinic_name = label("", name="clinicName", wrap=False)
        top.addWidget(self.clinic_name)
        top.addStretch(1)
        self.step_label = label("", name="stepLabel", wrap=False)
        top.addWidget(self.step_label)
        self.progress = StepBar()
        self.progress.setObjectName("progress")
        self.progress.setFixedWidth(320)
        top.addWidget(self.progress)
        top.addSpacing(24)
        # On every page, so a client can change language wherever they are.
        self.language_button = LanguageButton(header)
        top.addWidget(self.language_button)
        column.addWidget(header)

        self.page_tools = PageTools()
        self.page_tools.text_size_chosen.connect(self._text_size_chosen)
        self.page_tools.contrast_toggled.connect(self._contrast_toggled)
        self.page_tools.help_requested.connect(self._help_requested)
        column.addWidget(self.page_tools)

        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)

        column.addWidget(self._build_navigation())

        self._root = root
        self.setCentralWidget(root)

    def _build_navigation(self) -> QWidget:
        """The bar of Back, the page's message and Next under every page."""
        self.nav = QWidget()
        self.nav.setObjectName("navBar")
        self.nav.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(self.nav)
        bar.setContentsMargins(40, 16, 40, 16)
        bar.setSpacing(24)
        self.back_button = TouchButton("", role="quiet", name="backButton")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.go_back)
        self.message = FittedLabel(name="navMessage")
        self.next_button = TouchButton("", role="primary", name="nextButton")
        self.next_button.setMinimumWidth(260)
        self.next_button.clicked.connect(self.go_next)
        # Centred, not stretched: a row of fixed-height buttons would be only
        # as tall as they are, and cut a message that needs more lines.
        centred = Qt.AlignmentFlag.AlignVCenter
        bar.addWidget(self.back_button, 0, centred)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.next_button, 0, centred)
        return self.nav

    # --- the pages -----------------------------------------------------------

    @property
    def intake(self) -> Intake:
        """This client's answers, as the session holds them."""
        return self.session.intake

    def _build_pages(self, welcome: WizardPage | None = None) -> None:
        """A fresh list of pages for this client, each built the first time it is shown.

        Building a page costs more than showing one, so a reset builds only
        the welcome page (or keeps `welcome`, painted before the kiosk
        opened); the others come when the client reaches them.
        """
        # Imported here, after the welcome page is painted: the pages bring the engine.
        from ui.wizard.pages import client_pages  # noqa: PLC0415

        makers = [("page_welcome", self._make_welcome), *client_pages(self)]
        self._makers = makers
        self._built = {} if welcome is None else {0: welcome}
        self._steps = [index for index, (name, _) in enumerate(makers) if name not in _NOT_STEPS]
        self._current = 0
        self.show_page(0)

    def _make_welcome(self) -> WizardPage:
        current = self.intake.language if self.is_open else self.front.language
        # Painted before the kiosk opens, it leaves finger dragging to `open`.
        welcome = WelcomePage(self.front, current, touch=self.is_open)
        welcome.start.connect(lambda: self._once_open(self._start))
        welcome.returning.connect(lambda: self._once_open(self._returning))
        welcome.language_chosen.connect(
            lambda code: self._once_open(lambda: self._language_chosen(code))
        )
        return welcome

    def page_at(self, index: int) -> WizardPage:
        """The page at `index`, built now if the client has not reached it before."""
        page = self._built.get(index)
        if page is None:
            page = self._makers[index][1]()
            page.complete_changed.connect(self._update_navigation)
            self.stack.addWidget(page)
            self._built[index] = page
            if not self.reading.is_normal:
                refit(page)
        return page

    @property
    def pages(self) -> list[WizardPage]:
        """Every page of this client's wizard (building those not built yet)."""
        return [self.page_at(index) for index in range(len(self._makers))]

    def _drop_pages(self, *, at_once: bool = False) -> None:
        """Destroy every built page (with whatever the client typed into it).

        `at_once` only when no page widget is handling an event (see give_back).
        """
        # Forgotten first: deleting a focused box moves the focus, and the
        # window's focus handler must not reach a page half deleted.
        pages, self._built = list(self._built.values()), {}
        for page in pages:
            self.stack.removeWidget(page)
            page.release(self, at_once=at_once)
            page.deleteLater()

    def page_named(self, name: str) -> int:
        """The index of the page whose object name is `name`."""
        return next(i for i, (page, _) in enumerate(self._makers) if page == name)

    @property
    def page(self) -> WizardPage:
        """The page on screen."""
        return self.page_at(self._current)

    def show_page(self, index: int) -> None:
        """Show the page at `index`, ready for the answers as they stand."""
        page = self.page_at(index)
        page.initialize_page()
        self._current = index
        self.stack.setCurrentWidget(page)
        page.scroll_area.verticalScrollBar().setValue(0)
        self.message.setText("")
        if self.is_open:
            self.idle.set_enabled(page.watches_idle)
        if page.counts_as_step:
            number = self._steps.index(index) + 1
            self.step_label.setText(self.tr("Step {0} of {1}").format(number, len(self._steps)))
            self.progress.set_steps(number, len(self._steps))
        self.step_label.setVisible(page.counts_as_step)
        self.progress.setVisible(page.counts_as_step)
        self.nav.setVisible(page.shows_navigation)
        self._name_navigation()
        self._update_navigation()
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.read_ahead.start()

    @Slot()
    def _build_next(self) -> None:
        """Build (and style) the page after this one, if the client has not reached it yet."""
        if not self.is_open or self.keyboard.isVisible():
            # Adding a page to the stack lays the window out again, which
            # would undo the scroll that keeps the typed box above the keys.
            return
        index = self._current + 1
        while index < len(self._makers) and self._makers[index][0] == "page_returning":
            index += 1  # shown only to a client who asks for it
        if index < len(self._makers) and index not in self._built:
            self.page_at(index).ensurePolished()
        if index in self._built:
            self._built[index].prepare()  # what it shows for these answers, ready before Next

    @Slot()
    def _update_navigation(self) -> None:
        page = self.page
        self.back_button.setEnabled(self._current > 0)
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
        if page.objectName() == "page_plan":
            self._finish()
            return
        self.show_page(self._current + 1)
        self._show_keeping()

    @Slot()
    def go_back(self) -> None:
        """One step back (out of a treatment's details first); every answer stays."""
        if self.page.go_back_within():
            return
        index = self._current - 1
        if index >= 0 and self._makers[index][0] == "page_returning":
            page = self._built.get(index)
            if page is None or not cast("ReturningPage", page).used:
                index -= 1  # a client who tapped Start never saw it
        if index >= 0:
            self.show_page(index)

    def _show_keeping(self) -> None:
        """Tell the client if their finished answers could not be kept safely."""
        if self.session.warning:
            warning = self.tr("Your answers are not saved yet. Please let the front desk know.")
            self.message.setText(warning)
            self._thank_you_page().set_warning(warning)

    # --- printing, finishing, resetting -----------------------------------------

    def _handout(self) -> PlanInWords:
        from kiosk.record.telling import plan_in_words  # noqa: PLC0415

        intake = self.intake
        return plan_in_words(self.content, intake.assessment(), intake.language)

    @Slot()
    def print_plan(self) -> None:
        printer = self.services.printer
        if printer is None or self.page.objectName() != "page_plan":
            return
        plan = self._plan_page()
        data = self._handout()
        # reportlab is imported for the first print, not at start-up.
        from kiosk.handout.render import render_handout  # noqa: PLC0415

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
        words = self.tr(
            "We could not print your plan just now. Nothing is lost: "
            "the front desk will print your copy for you."
        )
        self._plan_page().set_print_status(words, problem=True)
        self._thank_you_page().set_print_problem(words)
        self.session.needs_print()

    @Slot()
    def preview_plan(self) -> None:
        from kiosk.handout.render import render_handout  # noqa: PLC0415
        from ui.pdf_pages import page_images  # noqa: PLC0415
        from ui.wizard.preview import PREVIEW_DPI  # noqa: PLC0415

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
        return cast("PlanPage", self.page_at(self.page_named("page_plan")))

    def _thank_you_page(self) -> ThankYouPage:
        return cast("ThankYouPage", self.page_at(self.page_named("page_thank_you")))

    def _finish(self) -> None:
        self.session.finish()  # again, if the disk refused it or answers changed
        email_plan = self.services.email_plan
        if email_plan is not None and self.intake.email_plan:
            # Rendered and queued in the background; sent later by the mail sender.
            intake = self.intake
            self.services.work.run(lambda: email_plan(intake))
        self.show_page(self.page_named("page_thank_you"))
        self._show_keeping()
        self.thank_you_timer.start()

    @Slot()
    def _idle(self) -> None:
        # While the staff panel is open its own, shorter timer is in charge.
        if self.page.watches_idle and not self.staff.isVisible():
            self.still_there.start()

    @Slot(str, bool)
    def interest_changed(self, treatment: str, wanted: bool) -> None:
        self.session.interested(treatment, wanted)

    @Slot()
    def _start(self) -> None:
        self.session.began()
        self.show_page(self.page_named("page_consent"))

    @Slot()
    def _returning(self) -> None:
        self.session.began()
        returning = self._returning_page()
        returning.used = True
        self.show_page(self.page_named("page_returning"))

    def _returning_page(self) -> ReturningPage:
        return cast("ReturningPage", self.page_at(self.page_named("page_returning")))

    def _consent_page(self) -> ConsentPage:
        return cast("ConsentPage", self.page_at(self.page_named("page_consent")))

    @Slot(object, str, str)
    def find_returning(self, born: date, initials: str, phone_end: str) -> None:
        find = self.services.find_returning
        if find is None:
            return
        self.services.work.run(
            lambda: find(born, initials, phone_end), self._found, self._not_looked_up
        )

    @Slot(object)
    def _found(self, lookup: Lookup) -> None:
        from kiosk.consultation.returning import Found  # noqa: PLC0415

        if lookup.found is Found.ONE and lookup.client is not None:
            self.session.recognise(lookup.client)
        self._returning_page().show_lookup(lookup)

    @Slot(object)
    def _not_looked_up(self, error: Exception) -> None:
        log.warning("a returning client could not be looked up: %s", type(error).__name__)
        self._returning_page().show_lookup(None)

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
        self.language_chooser.close_choice()
        self.session.end()
        for popup in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if popup is not None:
                popup.close()
        QGuiApplication.clipboard().clear()
        self.keyboard.hide()
        # A reset comes from a timer, the overlay or the staff panel, never from a page.
        self._drop_pages(at_once=True)
        self._help_pending = None
        self.page_tools.say("")
        self.set_reading(Reading())
        self.session = self.services.sessions.open()
        self._apply_language(self.intake.language)
        self._build_pages()
        log.info("the kiosk was reset for the next client")

    # --- the client's language -----------------------------------------------------

    def _name_navigation(self) -> None:
        """Back and Next in the interface's language.

        Back's arrow is part of its translation; Next's points the way the
        page reads (see `onward`).
        """
        back = self.tr("‹  Back")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(back.strip("‹› "))
        if self._built.get(self._current) is not None:
            next_text = self.page.next_text()
            self.next_button.setText(onward(next_text))
            # Read out as "Finish", not as the arrow drawn after it.
            self.next_button.setAccessibleName(next_text)

    def _language(self, code: str) -> Language:
        return next(
            (offered for offered in self.languages if offered.code == code), self.languages[0]
        )

    def _apply_language(self, code: str) -> None:
        """Interface words, dates and the way the pages read in `code`."""
        chosen = self._language(code)
        use_language(code)
        direction = (
            Qt.LayoutDirection.RightToLeft
            if chosen.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        QApplication.setLayoutDirection(direction)
        self.setLayoutDirection(direction)
        # The staff corner sits flush with the edge where the page starts; the
        # language button keeps its distance from the other one.
        if chosen.right_to_left:
            self._header_row.setContentsMargins(40, 0, 0, 0)
        else:
            self._header_row.setContentsMargins(0, 0, 40, 0)
        self.language_button.show_language(chosen)
        if self.is_open:
            self.keyboard.set_language(code)
            self.still_there.retranslate()
        self.page_tools.retranslate()
        self._name_navigation()

    @Slot()
    def _choose_language(self) -> None:
        self.language_chooser.show_choice(self.languages, self.intake.language)

    @Slot(str)
    def _language_chosen(self, language: str) -> None:
        """Every word on screen in `language` at once; every answer stays."""
        if language == self.intake.language:
            return
        self.intake.language = language
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self._apply_language(language)
        # The pages are made again in the new words; what the client gave
        # lives in the intake, and what is not an answer yet (a half-typed
        # date, the drawn signature) is carried over from the old pages.
        current = self._current
        drafts = {index: page.draft() for index, page in self._built.items()}
        self._drop_pages()
        self.show_page(current)
        for index, draft in sorted(drafts.items()):
            self.page_at(index).restore_draft(draft)
        log.info("the client chose another language")

    # --- the client's own size and contrast, and their call for help ---------------------

    def set_reading(self, reading: Reading) -> None:
        """Show the whole wizard at `reading`'s text size and contrast (until the reset).

        One style sheet on the window, scaled, restyles every page, the bar,
        the keyboard and the overlays at once; the normal reading leaves
        the application's own sheet in charge.
        """
        self.page_tools.show_reading(reading)
        if reading == self.reading:
            return
        self.reading = reading
        self.setStyleSheet("" if reading.is_normal else style_sheet(reading))
        refit(self)
        if self.is_open and self.keyboard.isVisible():
            QTimer.singleShot(0, self._keep_focus_visible)

    @Slot(int)
    def _text_size_chosen(self, step: int) -> None:
        self.set_reading(Reading(step, self.reading.high_contrast))

    @Slot(bool)
    def _contrast_toggled(self, on: bool) -> None:
        self.set_reading(Reading(self.reading.text_step, on))

    @Slot()
    def _help_requested(self) -> None:
        """Tell the front desk; the client stays on their page with every answer."""
        page = self._makers[self._current][0].removeprefix("page_")
        request = self.session.ask_for_help(page)
        self._help_pending = request.request_id
        self.page_tools.say(self.tr("Asking the front desk..."))
        session = self.session

        def call() -> tuple[str, HelpAnswer]:
            return request.request_id, session.call_front_desk(request)

        self.services.work.run(call, self._help_answered, self._help_not_sent)

    @Slot(object)
    def _help_answered(self, result: tuple[str, HelpAnswer]) -> None:
        from kiosk.consultation.help import HelpAnswer  # noqa: PLC0415

        request_id, answer = result
        if request_id != self._help_pending:
            return  # asked by a client who has gone (the kiosk was reset)
        if answer is HelpAnswer.COMING:
            self.page_tools.say(self.tr("Someone from the front desk is coming."))
        else:
            self.page_tools.say(self.tr("Please go to the front desk."))

    @Slot(object)
    def _help_not_sent(self, error: Exception) -> None:
        log.warning("a call for help could not be sent: %s", type(error).__name__)
        if self._help_pending is not None:
            self.page_tools.say(self.tr("Please go to the front desk."))

    # --- the keyboard follows the focus -------------------------------------------

    @Slot(QWidget, QWidget)
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and self.isAncestorOf(new) and self.keyboard.follow_focus():
            self._place_keyboard()
            self.keyboard.show()
            QTimer.singleShot(0, self._keep_focus_visible)
        elif not isinstance(new, QLineEdit):
            self.keyboard.hide()
            if self._built.get(self._current) is not None:
                self.page.make_room(0)

    @Slot()
    def _keep_focus_visible(self) -> None:
        self._place_keyboard()
        focused = QApplication.focusWidget()
        if focused is not None and self.page.isAncestorOf(focused):
            self.page.keep_above(typed_with_read_back(focused), self.keyboard.height())

    @Slot()
    def _keyboard_relaid(self) -> None:
        # Another page of keys may be taller: the keyboard and the page make room again.
        if self.keyboard.isVisible():
            QTimer.singleShot(0, self._keep_focus_visible)

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
