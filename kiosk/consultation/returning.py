"""A client who has been here before: found by date of birth and initials, never by name on screen.

The kiosk shows nobody's name until one client alone matches what was typed;
two clients with the same date of birth and initials are told apart by one
more detail (the end of the mobile number). What is carried over is only
what does not change from visit to visit: the name, contact details and the
skin-type quiz. Safety questions are never carried over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.content.model import (
    DATE_OF_BIRTH_ITEM,
    EMAIL_ITEM,
    FIRST_NAME_ITEM,
    LAST_NAME_ITEM,
    PHONE_ITEM,
    Content,
)
from kiosk.engine.answers import AnswerError, AnswerValue, parse_answer
from kiosk.store.names import name_key
from kiosk.store.returning import KnownClient, clients_born_on

log = logging.getLogger(__name__)

# How many digits of the mobile number tell two clients apart.
PHONE_END_DIGITS = 3


class Found(StrEnum):
    """What a lookup found."""

    ONE = "one"  # exactly one client: their facts are offered
    NOBODY = "nobody"  # no client (or still several): the client goes on as new
    SEVERAL = "several"  # ask for one more detail


@dataclass(frozen=True)
class Lookup:
    """The outcome of a lookup, and the client when one alone matched."""

    found: Found
    client: KnownClient | None = None


def find_returning(
    born: date,
    initials: str,
    phone_end: str = "",
    candidates: Callable[[date], list[KnownClient]] = clients_born_on,
) -> Lookup:
    """The client born on `born` whose initials are `initials` (and, when given, whose
    mobile number ends in `phone_end`)."""
    wanted = "".join(name_key(initials).split())[:2]
    matches = [client for client in candidates(born) if client.initials == wanted]
    if phone_end:
        matches = [client for client in matches if _digits(client.phone).endswith(phone_end)]
    if len(matches) == 1:
        log.info("a returning client was found (client %s)", matches[0].client_id)
        return Lookup(Found.ONE, matches[0])
    if len(matches) > 1 and not phone_end:
        return Lookup(Found.SEVERAL)
    return Lookup(Found.NOBODY)


def stable_items(content: Content) -> tuple[str, ...]:
    """The questions whose answers carry over to a next visit: who the client is, how
    to reach them, and the skin-type quiz; never a question on a safety page."""
    quiz = content.skin_type_quiz
    wanted = (
        FIRST_NAME_ITEM,
        LAST_NAME_ITEM,
        DATE_OF_BIRTH_ITEM,
        PHONE_ITEM,
        EMAIL_ITEM,
        *quiz.items,
        quiz.result,
    )
    safety = {
        item.link_id
        for page in content.questionnaire.pages
        if page.screening
        for item in page.items
    }
    known = content.questionnaire.by_link_id
    return tuple(link_id for link_id in wanted if link_id in known and link_id not in safety)


def stable_facts(content: Content, client: KnownClient) -> dict[str, AnswerValue]:
    """The answers to offer pre-filled: the client's record, and their last quiz."""
    raw: dict[str, object] = dict(client.last_answers)
    raw.update(
        {
            FIRST_NAME_ITEM: client.first_name,
            LAST_NAME_ITEM: client.last_name,
            DATE_OF_BIRTH_ITEM: None
            if client.date_of_birth is None
            else client.date_of_birth.isoformat(),
            PHONE_ITEM: client.phone,
            EMAIL_ITEM: client.email,
        }
    )
    facts: dict[str, AnswerValue] = {}
    items = content.questionnaire.by_link_id
    for link_id in stable_items(content):
        try:
            value = parse_answer(content, items[link_id], raw.get(link_id))
        except AnswerError:
            continue  # the question changed since: it is asked afresh
        if value is not None:
            facts[link_id] = value
    return facts


def _digits(phone: str | None) -> str:
    return "".join(char for char in phone or "" if char.isdigit())
