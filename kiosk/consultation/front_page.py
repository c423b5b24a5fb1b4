"""What the welcome page shows: all a kiosk needs to paint it before anything else is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.content.languages import Language

if TYPE_CHECKING:
    from kiosk.content.model import Content


@dataclass(frozen=True)
class FrontPage:
    """The facts of the welcome page.

    Attributes:
        clinic_name: the clinic's name, as the content gives it.
        language: the clinic's own language, which every client starts in.
        languages: the languages offered, the clinic's own first.
        idle_seconds: how long untouched before a client is asked if they are still there.
        countdown_seconds: how long that question waits before the answers are cleared.
        offers_lookup: whether a returning client can be looked up.
    """

    clinic_name: str
    language: str
    languages: tuple[Language, ...]
    idle_seconds: int
    countdown_seconds: int
    offers_lookup: bool


def front_page(content: Content, languages: tuple[Language, ...], offers_lookup: bool) -> FrontPage:
    """The welcome page of `content`, offering `languages`."""
    return FrontPage(
        clinic_name=content.clinic.clinic.name,
        language=content.clinic.language,
        languages=languages,
        idle_seconds=content.clinic.kiosk.idle_timeout_seconds,
        countdown_seconds=content.clinic.kiosk.idle_countdown_seconds,
        offers_lookup=offers_lookup,
    )
