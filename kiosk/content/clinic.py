"""The clinic's own settings: who it is, its prices, and the numbers it decides."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, HttpUrl

from kiosk.content.catalogue import Range
from kiosk.content.opening import Opening
from kiosk.content.questionnaire import Frozen
from kiosk.content.rules import Period
from kiosk.content.text import LocalText

# A session's price past a million (in any currency the kiosk shows) is a
# typing mistake, and a course's cost must stay a finite number.
HIGHEST_PRICE = 1_000_000


def _price(price: Range) -> Range:
    if price.max > HIGHEST_PRICE:
        raise ValueError(f"a price is at most {HIGHEST_PRICE:,}")
    return price


Price = Annotated[Range, AfterValidator(_price)]


class ClinicDetails(Frozen):
    """What the handout and the screens show about the clinic."""

    name: str = Field(min_length=1)
    address: tuple[str, ...] = Field(min_length=1)
    phone: str = Field(min_length=1)
    email: str | None = None
    website: HttpUrl | None = None
    logo: str | None = None


class Currency(Frozen):
    """How prices are written."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    symbol: str = Field(min_length=1)


class Ranking(Frozen):
    """How treatments are ranked for a client.

    Attributes:
        review_penalty: fit points (0-3) a treatment loses when a caution
            says a practitioner must review it, so a treatment without a
            caution that fits nearly as well (within this many points) is
            suggested instead; it also decides ties.
        minimum_fit: the least average fit (0-3) for a treatment to be offered.
    """

    review_penalty: float = Field(default=1.0, ge=0, le=3, allow_inf_nan=False)
    minimum_fit: float = Field(default=1.0, ge=0, le=3, allow_inf_nan=False)


class KioskTimings(Frozen):
    """How the kiosk treats a client who walks away.

    The bounds protect the privacy reset: under 20 seconds a client reading
    a page is interrupted; past 10 minutes (and a 2-minute countdown) the
    next person in the waiting room could read the last client's answers,
    and a very large number would switch the reset off in all but name.
    """

    idle_timeout_seconds: int = Field(default=90, ge=20, le=600)
    idle_countdown_seconds: int = Field(default=30, ge=20, le=120)


class ClinicSettings(Frozen):
    """Everything in clinic.yaml.

    Attributes:
        clinic: name, address and contact details.
        language: the language the content is written in.
        languages: the languages a client can choose (each needs a complete
            translation, translations/<code>.po, to be offered).
        region: the country the clinic is in (GB), so dates and numbers follow
            its customs where its language has them (British English).
        currency: how prices are written.
        prices: the price of one session of each treatment.
        waiting_periods: the waits that sources disagree on, by name;
            rules refer to them.
        first_session_after_days: the soonest a first session is proposed.
        ranking: how treatments are ordered for a client.
        kiosk: idle timings.
        opening: the days and hours the clinic opens, and its closures;
            sessions are only proposed on open days.
        closing_note: a line at the end of every plan.
    """

    clinic: ClinicDetails
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    languages: tuple[Annotated[str, Field(pattern=r"^[a-z]{2}$")], ...] = ("en",)
    region: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    currency: Currency
    prices: dict[str, Price]
    waiting_periods: dict[str, Period] = Field(default_factory=dict)
    # A plan proposes dates within the year; more is a typing mistake.
    first_session_after_days: int = Field(default=7, ge=0, le=365)
    ranking: Ranking = Ranking()
    kiosk: KioskTimings = KioskTimings()
    opening: Opening = Opening()
    closing_note: LocalText | None = None
