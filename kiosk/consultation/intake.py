"""One client's intake as it is given, page by page: the value the wizard's pages share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from kiosk.content.model import Content
from kiosk.content.questionnaire import Item, Page
from kiosk.content.text import LocalText
from kiosk.engine.answers import Answers, AnswerValue, answer_to_json
from kiosk.engine.assessment import Assessment, assess
from kiosk.engine.skin_type import skin_type_from_quiz
from kiosk.engine.validation import AnswerIssue, check_answers
from kiosk.engine.visibility import enabled_items
from kiosk.store.returning import KnownClient

if TYPE_CHECKING:
    from kiosk.record.submission import ConsentRecord


@dataclass
class ConsentGiven:
    """The consent page's three parts, as the client fills them in.

    Attributes:
        language: the language the notice was shown in when the client last
            left the consent page having agreed (empty until then).
    """

    agreed: bool = False
    typed_name: str = ""
    signature_png: bytes = b""
    language: str = ""

    @property
    def complete(self) -> bool:
        """All three are there."""
        return self.agreed and bool(self.typed_name.strip()) and bool(self.signature_png)


class Intake:
    """A client's answers so far, and what follows from them.

    Setting an answer drops the answers of questions it hides, so a hidden
    answer can never come back or count. Nothing here touches the screen or
    the database.

    Attributes:
        content: the clinic content the client is answering.
        today: the day of the consultation.
        language: the language the client chose.
        consent: the consent page's state.
        consultation_id: the stored draft's public id, once there is one.
        started_at: when the draft was started (UTC), once it is.
        returning: the client on record this client confirmed being, if any.
        notice_changed: a returning client signed an earlier consent notice,
            so they read and sign this one afresh.
        email_plan: the client ticked "Email me my plan".
    """

    def __init__(self, content: Content, today: date, language: str | None = None) -> None:
        self.content = content
        self.today = today
        self.language = language or content.clinic.language
        self.consent = ConsentGiven()
        self.consultation_id: str | None = None
        self.started_at: datetime | None = None
        self.returning: KnownClient | None = None
        self.notice_changed = False
        self.email_plan = False
        self._answers: dict[str, AnswerValue] = {}
        self._assessment: Assessment | None = None

    @property
    def answers(self) -> Answers:
        """The answers given (to shown questions only)."""
        return MappingProxyType(self._answers)

    def get(self, link_id: str) -> AnswerValue | None:
        """The answer to `link_id`, or None."""
        return self._answers.get(link_id)

    def set(self, link_id: str, value: AnswerValue | None) -> tuple[str, ...]:
        """Answer (or, with None, unanswer) a question.

        Returns the linkIds whose answers were dropped because their questions
        are now hidden.
        """
        if value is None or value in ((), ""):
            self._answers.pop(link_id, None)
        else:
            self._answers[link_id] = value
        self._assessment = None
        shown = {item.link_id for item in enabled_items(self.content, self.answers, self.today)}
        dropped = tuple(link_id for link_id in self._answers if link_id not in shown)
        for hidden in dropped:
            del self._answers[hidden]
        return dropped

    def shown_on(self, page: Page) -> list[Item]:
        """The items of `page` the client sees now."""
        on_page = {item.link_id for item in page.items}
        return [
            item
            for item in enabled_items(self.content, self.answers, self.today)
            if item.link_id in on_page
        ]

    def issues_on(self, page: Page) -> list[AnswerIssue]:
        """What still stops the client leaving `page`."""
        return check_answers(self.content, self.answers, self.today, page)

    def quiz_skin_type(self) -> int | None:
        """The skin type the quiz gives so far, or None until it is complete."""
        return skin_type_from_quiz(self.content, self.answers)

    def assessment(self) -> Assessment:
        """Screening and plan for the answers as they stand (worked out once per change)."""
        if self._assessment is None:
            self._assessment = assess(self.content, self.answers, self.today)
        return self._assessment

    def answers_json(self) -> dict[str, object]:
        """The answers as JSON values, for autosave."""
        return {link_id: answer_to_json(value) for link_id, value in self._answers.items()}

    def consent_record(self, agreed_at: datetime) -> ConsentRecord:
        """The consent, ready to store with the submission."""
        from kiosk.record.submission import ConsentRecord  # noqa: PLC0415

        notice = self.content.consent
        fallback = self.content.clinic.language
        # The language they read it in, though they may have switched since.
        language = self.consent.language or self.language
        return ConsentRecord(
            text_version=notice.version,
            text_language=language,
            text_hash=notice.hash_in(language, fallback),
            agreed_at=agreed_at,
            typed_name=self.consent.typed_name.strip(),
            signature_png=self.consent.signature_png,
        )

    def text(self, value: LocalText) -> str:
        """A content text in the client's language."""
        return self.content.text(value, self.language)
