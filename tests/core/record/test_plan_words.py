"""The plan in the client's words: one rule for each line, every date from the content's words."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.content.loader import default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.engine.assessment import assess
from kiosk.engine.screening import Suitability
from kiosk.record.telling import plan_in_words
from tests.core.clients import TODAY, Client, answers_of

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


def test_every_date_is_written_with_the_contents_own_words(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    words = folder / "handout.yaml"
    text = words.read_text(encoding="utf-8")
    edited = text.replace(
        'date_format: "{weekday} {day} {month} {year}"',
        'date_format: "{day} {month} {year} ({weekday})"',
    )
    edited = edited.replace("February,", "Février,").replace("Sunday]", "Dimanche]")
    edited = edited.replace("March,", "Mars,").replace("[Monday,", "[Lundi,")
    assert edited != text
    words.write_text(edited, encoding="utf-8")
    content = load_content(folder)

    told = plan_in_words(content, assess(content, answers_of(content, **DEFERRED), TODAY))

    assert told.headline.from_date == "28 Février 2027 (Dimanche)"
    assert told.suggestion is not None
    assert told.suggestion.dates[0] == "1 Mars 2027 (Lundi)"
