"""The languages a client may choose: the clinic's own, then each complete, reviewed translation."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.model import Content

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    """A language the kiosk can speak to a client in.

    Attributes:
        code: its code, such as `pl`.
        own_name: its name in itself, first letter capitalised ("Polski").
        right_to_left: written right to left (Arabic).
        reviewed_by: who signed the translation off (empty: nobody yet; the
            clinic's own language needs no review).
        reviewed_on: when.
    """

    code: str
    own_name: str
    right_to_left: bool
    reviewed_by: str = ""
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        """Whether a qualified person has signed the translation off."""
        return bool(self.reviewed_by) and self.reviewed_on is not None


def language(code: str, reviewed_by: str = "", reviewed_on: date | None = None) -> Language:
    """The Language for `code`, named in itself by Babel (the code itself when Babel has none)."""
    # Babel's data is only needed once the content is loaded, after the welcome page is painted.
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return Language(code, code.upper(), False, reviewed_by, reviewed_on)
    name = str(locale.get_display_name(code) or code)
    return Language(
        code,
        name[:1].upper() + name[1:],
        locale.character_order == "right-to-left",
        reviewed_by,
        reviewed_on,
    )


def offered_languages(content: Content, *, unreviewed_too: bool) -> tuple[Language, ...]:
    """The languages to offer, the clinic's own first, then clinic.yaml's order.

    A listed language is offered only when its translation is complete, and
    reviewed unless `unreviewed_too` (the `offer_unreviewed_languages`
    setting, or `--demo`). Each one left out is logged with why.
    """
    own = content.clinic.language
    offered = [language(own, "", None)]
    for code in content.clinic.languages:
        if code == own or code in (chosen.code for chosen in offered):
            continue
        translation = content.translations.get(code)
        if translation is None or not translation.complete:
            missing = "no translation" if translation is None else f"{translation.missing} missing"
            log.info("language %s not offered: its translation is incomplete (%s)", code, missing)
            continue
        if not translation.reviewed and not unreviewed_too:
            log.info("language %s not offered: its translation is not reviewed yet", code)
            continue
        offered.append(language(code, translation.reviewed_by, translation.reviewed_on))
    return tuple(offered)
