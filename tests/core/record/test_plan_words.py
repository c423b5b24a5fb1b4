"""The plan in the client's words: one rule for each line, dates and counts by their language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.engine.screening import Suitability
from kiosk.record.phrasebook import Phrasebook, babel_locale
from kiosk.record.telling import plan_in_words
from tests.core.clients import TODAY, Client, answers_of
from tests.core.content.translated_copies import content_copy, translate

DEFERRED = {"isotretinoin_taken": True, "isotretinoin_last_dose": "2026-08-31"}


def test_the_suggestion_lists_only_the_concerns_it_helps(content: Content, client: Client) -> None:
    told = plan_in_words(
        content, client(bleeding_disorder=True, concerns=["uneven_tone", "stretch_marks"])
    )

    assert told.suggestion is not None
    assert told.suggestion.treatment == "Chemical peel"
    assert told.suggestion.helps_with == ("Dull or uneven tone (very well)",)
    assert told.suggestion.why == "Why: it helps with Dull or uneven tone (very well)."
    assert told.concerns == ("Dull or uneven tone", "Stretch marks")


def test_a_deferral_says_from_when_once_and_the_sessions_on_open_days(
    content: Content, client: Client
) -> None:
    told = plan_in_words(content, client(**DEFERRED))

    assert told.headline.status is Suitability.DEFER
    assert told.headline.from_date == "Sunday 28 February 2027"
    # The headline says the date; the reason does not repeat it.
    assert [(r.rule, r.until) for r in told.reasons] == [("isotretinoin_needling", None)]
    assert told.reasons[0].until_line == ""
    assert told.suggestion is not None
    assert told.suggestion.dates[0] == "Monday 1 March 2027"  # closed on Sundays


def test_steps_without_a_date_say_how_many_days_before(content: Content, client: Client) -> None:
    told = plan_in_words(
        content, client(cold_sore_active=True, had_laser=True, last_laser="2026-11-14")
    )

    assert told.suggestion is not None
    assert told.suggestion.dates == ()
    assert [step.when for step in told.suggestion.preparation] == [
        "7 days before",
        "2 days before",
        "The day before",
        "The day itself",
    ]


def test_a_client_nothing_suits_is_told_why_with_no_plan_or_prices(
    content: Content, client: Client
) -> None:
    told = plan_in_words(content, client(pregnant_or_breastfeeding=True))

    assert told.headline.status is Suitability.NOT_SUITABLE
    assert told.headline.treatment is None
    assert told.suggestion is None
    assert told.comparison == ()
    assert told.aftercare is None
    assert [reason.rule for reason in told.reasons] == ["pregnancy"]


POLISH = {
    "handout.yaml:title": "Twój plan zabiegów",
    "handout.yaml:sessions_line#one": "{sessions} zabieg, {weeks_apart}",
    "handout.yaml:sessions_line#few": "{sessions} zabiegi, {weeks_apart}",
    "handout.yaml:sessions_line#many": "{sessions} zabiegów, {weeks_apart}",
    "handout.yaml:sessions_line#other": "{sessions} zabiegu, {weeks_apart}",
    "handout.yaml:weeks_apart#one": "co {weeks} tydzień",
    "handout.yaml:weeks_apart#few": "co {weeks} tygodnie",
    "handout.yaml:weeks_apart#many": "co {weeks} tygodni",
    "handout.yaml:weeks_apart#other": "co {weeks} tygodnia",
    "handout.yaml:reason_from": "(od {date})",
    "treatments.yaml:treatments/microneedling/name": "Mikroigłowanie",
}


def test_dates_money_and_counts_follow_the_clients_language(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[en, es, pl]")
    translate(folder, "pl", lambda context, _english: POLISH.get(context))
    content = load_content(folder)
    assessment = assess(content, answers_of(content, **DEFERRED), TODAY)

    polish = plan_in_words(content, assessment, "pl")
    spanish = plan_in_words(content, assessment, "es")
    english = plan_in_words(content, assessment, "en")

    assert polish.language == "pl"
    assert polish.words.title == "Twój plan zabiegów"
    assert polish.headline.from_date == "niedziela, 28 lutego 2027"
    assert spanish.headline.from_date == "domingo, 28 de febrero de 2027"
    assert english.headline.from_date == "Sunday 28 February 2027"
    assert polish.suggestion is not None
    assert english.suggestion is not None
    assert polish.suggestion.treatment == "Mikroigłowanie"
    assert polish.suggestion.dates[0] == "poniedziałek, 1 marca 2027"
    assert polish.suggestion.sessions_line == "3 zabiegi, co 4 tygodnie"
    assert english.suggestion.sessions_line == "3 sessions, 4 weeks apart"
    # Untranslated texts stay in the clinic's language; money follows the
    # client's language's customs with the clinic's own symbol.
    assert polish.suggestion.cost is not None
    assert english.suggestion.cost is not None
    assert english.suggestion.cost.low == "£540"
    assert polish.suggestion.cost.low == "540\xa0£"
    assert (
        polish.suggestion.cost.line
        == "540\xa0£ to 750\xa0£ for the course (180\xa0£ to 250\xa0£ a session)"
    )


def test_a_date_of_birth_reads_as_each_language_writes_it(content: Content) -> None:
    born = date(1992, 6, 11)

    assert Phrasebook(babel_locale("es")).long_date(born).endswith("11 de junio de 1992")
    assert Phrasebook(babel_locale("pl")).long_date(born).endswith("11 czerwca 1992")
    assert Phrasebook.of(content).long_date(born) == "Thursday 11 June 1992"
