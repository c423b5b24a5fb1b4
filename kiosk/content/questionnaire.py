"""The questionnaire's shape: pages of items, their options, conditions and constraints."""

from __future__ import annotations

import re

# The regex module's own parser, to look for patterns that backtrack for ever.
import re._constants as sre_constants  # type: ignore[import-not-found]
import re._parser as sre_parser  # type: ignore[import-not-found]
from collections.abc import Iterator
from enum import StrEnum
from functools import cached_property
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

from kiosk.content.text import LocalText

LINK_ID = r"^[a-z][a-z0-9_]*$"
CODE = r"^[a-z0-9][a-z0-9_]*$"

# A value in a condition: a yes/no, a number, or a code or ISO date as text.
ConditionValue = StrictBool | StrictInt | StrictFloat | StrictStr
OptionCode = Annotated[StrictStr, Field(pattern=CODE)] | StrictInt


class Frozen(BaseModel):
    """Base for content objects: immutable, and unknown fields are mistakes."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class ItemType(StrEnum):
    """What kind of answer an item takes."""

    BOOLEAN = "boolean"
    CHOICE = "choice"
    MULTI_CHOICE = "multi-choice"
    DATE = "date"
    TEXT = "text"
    NUMBER = "number"
    DISPLAY = "display"


class Operator(StrEnum):
    """How a condition compares an answer (as in FHIR's enableWhen)."""

    EXISTS = "exists"
    EQUALS = "="
    NOT_EQUALS = "!="
    GREATER = ">"
    LESS = "<"
    GREATER_OR_EQUAL = ">="
    LESS_OR_EQUAL = "<="


class Behavior(StrEnum):
    """Whether all conditions must hold, or any one of them."""

    ALL = "all"
    ANY = "any"


class Condition(Frozen):
    """A test of one answer, such as `isotretinoin_taken = true`.

    Attributes:
        question: the linkId (or a derived value such as `age`) to test.
        operator: the comparison.
        answer: the value to compare with; for `exists`, true or false.
    """

    question: str = Field(pattern=LINK_ID)
    operator: Operator
    answer: ConditionValue

    @model_validator(mode="after")
    def _exists_takes_a_boolean(self) -> Condition:
        if self.operator is Operator.EXISTS and not isinstance(self.answer, bool):
            raise ValueError("'exists' takes true or false as its answer")
        return self


class Option(Frozen):
    """One answer a client can pick.

    Attributes:
        code: the stored value; rules and conditions refer to it.
        label: what the client reads.
        help: a line under the label.
        icon: an icon name from resources/icons.
        exclusive: picking it clears the others ("None of these").
        score: points it adds in a scored quiz.
        swatch: a colour (#rrggbb) shown as a picture, for skin tones.
        phrase: how a rule's client text names this answer mid-sentence
            ("your warfarin"); the label when not given.
    """

    code: OptionCode
    label: LocalText
    help: LocalText | None = None
    icon: str | None = None
    exclusive: bool = False
    score: int | None = None
    swatch: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    phrase: LocalText | None = None


Limits = TypeVar("Limits", bound=BaseModel)


def _in_order(limits: Limits, low: float, high: float) -> Limits:
    # Limits the wrong way round accept no answer: the client could never go on.
    if low > high:
        raise ValueError(f"min ({low:g}) is more than max ({high:g}); no answer could pass")
    return limits


class DateNotInFuture(Frozen):
    """A date that must be today or earlier."""

    kind: Literal["not_in_future"]
    message: LocalText


class AgeBetween(Frozen):
    """A date of birth giving an age within limits."""

    kind: Literal["age_between"]
    min: int = Field(ge=0)
    max: int = Field(le=130)
    message: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> AgeBetween:
        return _in_order(self, self.min, self.max)


class NumberBetween(Frozen):
    """A number within limits."""

    kind: Literal["between"]
    min: float = Field(allow_inf_nan=False)
    max: float = Field(allow_inf_nan=False)
    message: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> NumberBetween:
        return _in_order(self, self.min, self.max)


class TextPattern(Frozen):
    """Text that matches a regular expression (Python syntax)."""

    kind: Literal["pattern"]
    regex: str
    message: LocalText

    @field_validator("regex", mode="after")
    @classmethod
    def _compiles(cls, regex: str) -> str:
        try:
            re.compile(regex)
        except re.error as error:
            raise ValueError(f"the regex does not compile: {error}") from None
        if _repeats_a_repeat(sre_parser.parse(regex)):
            # Such as (a+)+: checking a long answer against it can take
            # longer than the age of the universe, and the kiosk would freeze.
            raise ValueError(
                "the regex repeats a group that itself repeats, such as (a+)+; "
                "checking some answers could freeze the kiosk"
            )
        return regex


_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def _repeats_a_repeat(pattern: Any, inside_repeat: bool = False) -> bool:
    """Whether a parsed regex has a repetition inside a repetition (catastrophic backtracking)."""
    for operator, argument in pattern:
        parts: list[tuple[Any, bool]] = []
        if operator in _REPEATS:
            _, most, body = argument
            if most > 1 and inside_repeat:
                return True
            parts = [(body, inside_repeat or most > 1)]
        elif operator is sre_constants.SUBPATTERN:
            parts = [(argument[3], inside_repeat)]
        elif operator is sre_constants.BRANCH:
            parts = [(branch, inside_repeat) for branch in argument[1]]
        elif operator in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            parts = [(argument[1], inside_repeat)]
        if any(_repeats_a_repeat(part, repeated) for part, repeated in parts):
            return True
    return False


class TextLength(Frozen):
    """Text with a length within limits."""

    kind: Literal["length"]
    min: int = Field(default=0, ge=0)
    max: int = Field(ge=1)
    message: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> TextLength:
        return _in_order(self, self.min, self.max)


class ChoiceCount(Frozen):
    """A number of picked options within limits."""

    kind: Literal["count"]
    min: int = Field(default=0, ge=0)
    max: int | None = None
    message: LocalText

    @model_validator(mode="after")
    def _ordered(self) -> ChoiceCount:
        return self if self.max is None else _in_order(self, self.min, self.max)


Constraint = Annotated[
    DateNotInFuture | AgeBetween | NumberBetween | TextPattern | TextLength | ChoiceCount,
    Field(discriminator="kind"),
]


class Item(Frozen):
    """One question (or a piece of text, for `display`).

    Attributes:
        link_id: the stable name answers, rules and exports use (`linkId`).
        type: what kind of answer it takes.
        text: the question.
        help: a plain explanation under it.
        required: an answer is needed whenever the item is enabled.
        options: the answers to pick from, for choice items.
        options_from: `concerns` to take the options from concerns.yaml.
        enable_when: conditions for showing the item; none means always.
        enable_behavior: whether all or any condition must hold.
        constraints: further checks on the answer, each with its message.
        keyboard: the on-screen keyboard layout for text (`text`, `email`, `phone`).
    """

    link_id: str = Field(alias="linkId", pattern=LINK_ID)
    type: ItemType
    text: LocalText
    help: LocalText | None = None
    required: bool = False
    options: tuple[Option, ...] = ()
    options_from: Literal["concerns"] | None = Field(default=None, alias="optionsFrom")
    enable_when: tuple[Condition, ...] = Field(default=(), alias="enableWhen")
    enable_behavior: Behavior = Field(default=Behavior.ALL, alias="enableBehavior")
    constraints: tuple[Constraint, ...] = ()
    keyboard: Literal["text", "email", "phone"] = "text"

    @model_validator(mode="after")
    def _options_fit_the_type(self) -> Item:
        takes_options = self.type in (ItemType.CHOICE, ItemType.MULTI_CHOICE)
        has_options = bool(self.options) or self.options_from is not None
        if takes_options and not has_options:
            raise ValueError(f"a {self.type} item needs options or optionsFrom")
        if not takes_options and has_options:
            raise ValueError(f"a {self.type} item takes no options")
        if self.options and self.options_from is not None:
            raise ValueError("give options or optionsFrom, not both")
        codes = [option.code for option in self.options]
        repeated = sorted({str(code) for code in codes if codes.count(code) > 1})
        if repeated:
            raise ValueError(f"option code(s) given twice: {', '.join(repeated)}")
        if self.type is ItemType.DISPLAY and self.required:
            raise ValueError("a display item cannot be required")
        return self


class Page(Frozen):
    """A screen of the wizard, a group of items.

    Attributes:
        id: the page's stable name.
        title: the heading.
        intro: a short paragraph under the heading.
        screening: a safety page: every question needs an explicit answer.
        items: the questions, in order.
    """

    id: str = Field(pattern=LINK_ID)
    title: LocalText
    intro: LocalText | None = None
    screening: bool = False
    items: tuple[Item, ...] = Field(min_length=1)


class Messages(Frozen):
    """Words the questionnaire needs besides its questions.

    Attributes:
        answer_needed, choice_needed: next to a question still unanswered.
        yes, no: the two answers of a yes/no question.
    """

    answer_needed: LocalText = LocalText(values={"en": "Please answer this question."})
    choice_needed: LocalText = LocalText(values={"en": "Please tap an answer."})
    yes: LocalText = LocalText(values={"en": "Yes"})
    no: LocalText = LocalText(values={"en": "No"})


class Questionnaire(Frozen):
    """The whole questionnaire.

    Attributes:
        pages: in the order a client meets them.
        messages: the wording for missing answers.
    """

    pages: tuple[Page, ...] = Field(min_length=1)
    messages: Messages = Messages()

    def items(self) -> Iterator[Item]:
        """Every item, in order."""
        for page in self.pages:
            yield from page.items

    @cached_property
    def by_link_id(self) -> dict[str, Item]:
        """Every item by its linkId."""
        return {item.link_id: item for item in self.items()}

    @cached_property
    def page_of(self) -> dict[str, int]:
        """The index of the page each linkId is on."""
        return {item.link_id: index for index, page in enumerate(self.pages) for item in page.items}
