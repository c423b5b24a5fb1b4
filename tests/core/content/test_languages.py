"""Which languages the kiosk offers: complete translations, reviewed unless told otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.content.languages import Language, language, offered_languages
from kiosk.content.loader import load_content
from kiosk.content.model import Content
from tests.core.content.translated_copies import content_copy, translate, translate_all


def codes(languages: tuple[Language, ...]) -> list[str]:
    return [offered.code for offered in languages]


def test_each_language_is_named_in_itself() -> None:
    assert language("es").own_name == "Español"
    assert language("pl").own_name == "Polski"
    assert language("ar").own_name == "العربية"
    assert language("en").own_name == "English"
    assert language("ar").right_to_left
    assert not language("pl").right_to_left


def test_the_shipped_content_offers_its_own_language_until_the_translations_are_done(
    content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    assert content.clinic.languages == ("en", "es", "pl", "ar")

    with caplog.at_level("INFO", "kiosk.content.languages"):
        offered = offered_languages(content, unreviewed_too=True)

    # Each one still awaiting its translators is left out, and the log says why.
    if not all(translation.complete for translation in content.translations.values()):
        assert "not offered: its translation is incomplete" in caplog.text
    assert codes(offered)[0] == "en"
    assert set(codes(offered)) == {"en"} | {
        code for code, translation in content.translations.items() if translation.complete
    }


def test_unreviewed_translations_are_offered_only_when_asked(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[pl, en, ar, es]")
    translate_all(folder)
    content = load_content(folder)

    assert codes(offered_languages(content, unreviewed_too=False)) == ["en"]
    # The clinic's language first, then clinic.yaml's order.
    offered = offered_languages(content, unreviewed_too=True)
    assert codes(offered) == ["en", "pl", "ar", "es"]
    assert [o.own_name for o in offered] == ["English", "Polski", "العربية", "Español"]
    assert not any(o.reviewed for o in offered[1:])


def test_a_reviewed_translation_is_offered_with_who_reviewed_it(tmp_path: Path) -> None:
    folder = content_copy(tmp_path)
    translate_all(folder)
    translate(folder, "pl", reviewed=("Dr Anna Nowak", "2026-11-20"))
    content = load_content(folder)

    offered = offered_languages(content, unreviewed_too=False)

    assert codes(offered) == ["en", "pl"]
    assert offered[1].reviewed_by == "Dr Anna Nowak"
    assert offered[1].reviewed_on == date(2026, 11, 20)
    assert offered[1].reviewed


def test_an_incomplete_reviewed_translation_is_never_offered(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[en, pl]")
    translate(
        folder,
        "pl",
        lambda context, english: None if context.endswith("first_name/text") else english,
        reviewed=("Dr Anna Nowak", "2026-11-20"),
    )
    content = load_content(folder)

    assert codes(offered_languages(content, unreviewed_too=True)) == ["en"]
