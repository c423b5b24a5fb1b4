"""Privacy and consent: the notice, an explicit agreement, a typed name and a signature."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.consultation.intake import Intake
from ui.widgets.basics import TouchButton, card, label
from ui.widgets.choice_fields import ChoiceOption, TileButton
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.text_fields import entry
from ui.wizard.page import WizardPage


class ConsentPage(WizardPage):
    """Next stays disabled until the client agrees, types their name and signs."""

    disables_next = True

    def __init__(self, intake: Intake) -> None:
        notice = intake.content.consent
        super().__init__(intake.text(notice.title), name="page_consent")
        self.intake = intake
        text = card()
        column = QVBoxLayout(text)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        for paragraph in notice.paragraphs:
            column.addWidget(label(intake.text(paragraph)))
        self.body.addWidget(text)
        self.agreement = intake.text(notice.agreement)
        self.agree = TileButton(ChoiceOption(code="agree", label=self.agreement))
        self.agree.setObjectName("consentAgree")
        self._show_agreement(False)
        self.agree.toggled.connect(self._show_agreement)
        self.agree.toggled.connect(self._changed)
        self.body.addWidget(self.agree)
        self.body.addStretch(1)
        self.show_side_panel()
        self.side.addSpacing(16)
        self.side.addWidget(label(intake.text(notice.name_label), "question"))
        self.name = entry("text", "consentName", 80)
        self.name.setAccessibleName(intake.text(notice.name_label))
        self.name.textChanged.connect(self._changed)
        self.side.addWidget(self.name)
        self.side.addSpacing(12)
        self.side.addWidget(label(intake.text(notice.signature_label), "question"))
        self.pad = SignaturePad()
        self.pad.changed.connect(self._changed)
        self.side.addWidget(self.pad, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        clear = TouchButton(self.tr("Clear the signature"), role="quiet", name="clearSignature")
        clear.clicked.connect(self.pad_clear)
        row.addWidget(clear)
        self.side.addLayout(row)
        # A returning client who signed this very notice keeps that signature.
        self._kept_signature = b""
        self.returning_note = label("", "help", name="consentReturningNote")
        self.returning_note.hide()
        self.body.insertWidget(0, self.returning_note)

    def initialize_page(self) -> None:
        consent = self.intake.consent
        kept = self.intake.returning is not None and bool(consent.signature_png)
        if kept and not self.pad.has_signature() and not self._kept_signature:
            self._kept_signature = consent.signature_png
            self.name.setText(consent.typed_name)
            self.returning_note.setText(
                self.tr(
                    "Welcome back. You signed this notice last time, and your signature is "
                    "kept. Please read it and tap to agree again."
                )
            )
        elif self.intake.notice_changed:
            self.returning_note.setText(
                self.tr(
                    "Welcome back. This notice has changed since your last visit: "
                    "please read it, agree and sign again."
                )
            )
        self.returning_note.setVisible(bool(self.returning_note.text()))

    def draft(self) -> object:
        return (self.agree.isChecked(), self.name.text(), self.pad.ink(), self._kept_signature)

    def restore_draft(self, draft: object) -> None:
        if not isinstance(draft, tuple):
            return
        agreed, name, ink, kept = draft
        self._kept_signature = kept
        self.pad.take_ink(ink)
        self.name.setText(name)
        self.agree.setChecked(agreed)
        self._changed()

    @Slot(bool)
    def _show_agreement(self, agreed: bool) -> None:
        self.agree.title.setText(("☑  " if agreed else "☐  ") + self.agreement)

    @Slot()
    def pad_clear(self) -> None:
        """Wipe the signature to sign again."""
        self._kept_signature = b""
        self.pad.clear()

    @Slot()
    def _changed(self) -> None:
        consent = self.intake.consent
        consent.agreed = self.agree.isChecked()
        consent.typed_name = self.name.text()
        consent.signature_png = (
            self.pad.to_png() if self.pad.has_signature() else self._kept_signature
        )
        self.complete_changed.emit()

    def is_complete(self) -> bool:
        return self.intake.consent.complete

    def missing(self) -> str:
        consent = self.intake.consent
        if not consent.agreed:
            return self.tr("Please tap to agree, type your name and sign.")
        if not consent.typed_name.strip():
            return self.tr("Please type your name.")
        if not consent.signature_png:
            return self.tr("Please sign with your finger.")
        return ""
