"""A consultation in Spanish, Polish or Arabic through taps stores the codes English stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_content
from kiosk.content.model import Content
from kiosk.store.staff import StaffAccounts
from tests.core.content.translated_copies import content_copy, translate
from tests.ui.languages import NAMES, kiosk_in_languages, walk
from ui.app import stop_kiosk
from ui.wizard.window import KioskWindow

LANGUAGE_NAMES = {"es": "Spanish", "pl": "Polish", "ar": "Arabic"}


def translated_titles(content: Content, language: str) -> dict[str, str]:
    """The page titles in `language`, by page name, where they differ from English."""
    titles = {"page_consent": content.consent.title}
    titles.update({f"page_{page.id}": page.title for page in content.questionnaire.pages})
    return {
        name: content.text(title, language)
        for name, title in titles.items()
        if content.text(title, language) != content.text(title, "en")
    }


@pytest.fixture
def kiosk(
    qtbot: QtBot, db: object, content: Content, accounts: StaffAccounts
) -> Iterator[KioskWindow]:
    window = kiosk_in_languages(qtbot, content, accounts)
    yield window
    window.may_close = True
    assert stop_kiosk(window)


@pytest.mark.parametrize("language", ["es", "pl", "ar"])
def test_a_whole_consultation_in_each_language_stores_the_same_codes_as_in_english(
    qtbot: QtBot, kiosk: KioskWindow, language: str
) -> None:
    window = kiosk
    english = walk(qtbot, window, "en")
    window.reset()
    other = walk(qtbot, window, language)

    assert english.row is not None
    assert other.row is not None
    assert english.row.language == "en"
    assert other.row.language == language
    first, last = NAMES[language]
    assert other.row.client.first_name == first
    assert other.row.client.last_name == last
    names = {"first_name", "last_name"}
    assert {k: v for k, v in other.answers.items() if k not in names} == {
        k: v for k, v in english.answers.items() if k not in names
    }
    assert other.flags == english.flags
    assert other.treatment == english.treatment

    # The screen showed the language's own words: each page's title as translated.
    expected = translated_titles(window.content, language)
    assert expected, f"the content has no {LANGUAGE_NAMES[language]} translation"
    shown = {name: title for name, title in other.titles.items() if name in expected}
    assert shown == {name: expected[name] for name in shown}
    assert shown, f"no translated page was shown: {sorted(other.titles)}"
    assert all(english.titles[name] != title for name, title in shown.items())


def test_a_translated_language_is_told_by_the_words_on_screen(
    qtbot: QtBot, db: object, accounts: StaffAccounts, tmp_path: Path
) -> None:
    """The check above, on content whose Polish is complete (marked English, «...»)."""
    folder = content_copy(tmp_path)
    translate(folder, "pl")
    content = load_content(folder)
    window = kiosk_in_languages(qtbot, content, accounts)
    try:
        walked = walk(qtbot, window, "pl")
    finally:
        window.may_close = True
        assert stop_kiosk(window)
    expected = translated_titles(content, "pl")
    assert expected["page_about_you"].startswith("«")
    assert walked.titles["page_about_you"] == expected["page_about_you"]
    assert walked.titles["page_consent"] == expected["page_consent"]
