"""Screening: which rules the answers fire, and what that means for each treatment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from kiosk.content.model import Content
from kiosk.content.references import Reference
from kiosk.content.rules import Outcome, PreparationStep, Rule
from kiosk.content.text import LocalText
from kiosk.engine.answers import Answers, AnswerValue
from kiosk.engine.conditions import all_or_any
from kiosk.engine.dates import add_period


class Suitability(StrEnum):
    """How a treatment stands for this client, from best to worst."""

    SUITABLE = "suitable"
    REVIEW = "review"
    DEFER = "defer"
    NOT_SUITABLE = "not_suitable"

    @property
    def severity(self) -> int:
        """0 for suitable up to 3 for not suitable."""
        return list(Suitability).index(self)


SUITABILITY_OF = {
    Outcome.PREP: Suitability.SUITABLE,
    Outcome.REVIEW: Suitability.REVIEW,
    Outcome.DEFER: Suitability.DEFER,
    Outcome.STOP: Suitability.NOT_SUITABLE,
}


@dataclass(frozen=True)
class Flag:
    """A rule that fired for this client.

    Attributes:
        rule: the rule's id.
        title: the rule's title, what staff read as the flag's heading.
        outcome: stop, defer, review or prep.
        treatments: the treatment codes it touches.
        until: for a dated defer, the first day treatment is possible;
            None for an undated defer ("once healed") and other outcomes.
        answers: the answers that raised it, by linkId.
        preparation: steps it adds to the client's preparation.
        client_text, staff_text: from the rule.
        references: what the rule is based on, from the content's reference list.
    """

    rule: str
    title: LocalText
    outcome: Outcome
    treatments: tuple[str, ...]
    until: date | None
    answers: MappingProxyType[str, AnswerValue]
    preparation: tuple[PreparationStep, ...]
    client_text: LocalText
    staff_text: LocalText
    references: tuple[Reference, ...]


@dataclass(frozen=True)
class TreatmentStanding:
    """One treatment's suitability for this client.

    Attributes:
        code: the treatment.
        suitability: the worst outcome among the flags that touch it.
        flags: those flags, in rule order (a deferral does not hide a caution:
            both stay here, and `cautions` lists the review flags).
        not_before: for a deferred treatment, the latest dated defer's date.
        awaiting_healing: a deferred treatment waits for something with no date.
    """

    code: str
    suitability: Suitability
    flags: tuple[Flag, ...]
    not_before: date | None
    awaiting_healing: bool

    @property
    def cautions(self) -> tuple[Flag, ...]:
        """The review flags on it: they count even when something worse also applies."""
        return tuple(flag for flag in self.flags if flag.outcome is Outcome.REVIEW)

    @property
    def reasons(self) -> tuple[LocalText, ...]:
        """The client texts of the flags that limit it (prep steps do not)."""
        return tuple(flag.client_text for flag in self.flags if flag.outcome is not Outcome.PREP)


@dataclass(frozen=True)
class ScreeningResult:
    """Every flag raised, and every treatment's standing.

    Attributes:
        flags: in the rules' order.
        treatments: in the catalogue's order, keyed by code.
    """

    flags: tuple[Flag, ...]
    treatments: MappingProxyType[str, TreatmentStanding]


def screen(content: Content, answers: Answers, today: date) -> ScreeningResult:
    """Fire the rules against `answers` (already limited to enabled items)."""
    flags = tuple(
        flag for rule in content.rules.rules if (flag := _fire(content, rule, answers, today))
    )
    standings = {
        code: _standing(code, tuple(flag for flag in flags if code in flag.treatments))
        for code in content.catalogue.treatment
    }
    return ScreeningResult(flags, MappingProxyType(standings))


def _fire(content: Content, rule: Rule, answers: Answers, today: date) -> Flag | None:
    if not all_or_any(rule.when, rule.behavior, answers):
        return None
    raised = {c.question: answers[c.question] for c in rule.when if c.question in answers}
    until = None
    if rule.window is not None:
        window = rule.window
        period = (
            content.clinic.waiting_periods[window.setting]
            if window.setting is not None
            else window.period
        )
        assert period is not None  # the model requires one of the two
        start = today if window.after == "today" else answers.get(window.after)
        if isinstance(start, date):
            until = add_period(start, period)
            if window.after != "today":
                raised[window.after] = start
            if until is not None and until <= today:
                return None  # the wait is already over
        # Without the date, or when the wait ends past the calendar's last
        # day, it cannot be worked out: the defer stays undated and a
        # practitioner sets it.
    return Flag(
        rule=rule.id,
        title=rule.title,
        outcome=rule.outcome,
        treatments=content.catalogue.expand(rule.treatments),
        until=until,
        answers=MappingProxyType(raised),
        preparation=rule.preparation,
        client_text=rule.client_text,
        staff_text=rule.staff_text,
        references=tuple(
            cited for cited in map(content.references.by_id().get, rule.source) if cited
        ),
    )


def _standing(code: str, flags: tuple[Flag, ...]) -> TreatmentStanding:
    suitability = max(
        (SUITABILITY_OF[flag.outcome] for flag in flags),
        key=lambda s: s.severity,
        default=Suitability.SUITABLE,
    )
    defers = [flag for flag in flags if flag.outcome is Outcome.DEFER]
    dated = [flag.until for flag in defers if flag.until is not None]
    return TreatmentStanding(
        code=code,
        suitability=suitability,
        flags=flags,
        not_before=max(dated, default=None),
        awaiting_healing=any(flag.until is None for flag in defers),
    )
