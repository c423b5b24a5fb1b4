"""Content translations: PO files made from the YAML, read back into the texts, checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.content.loader import default_content_dir, english_texts, load_content
from kiosk.content.po_files import read_catalog, read_review, write_template
from kiosk.content.text import LONGEST_TEXT
from tests.core.content.translated_copies import (
    content_copy,
    line_of,
    set_entries,
    translate,
    translate_all,
)

FIRST_NAME = "questionnaire.yaml:pages/about_you/items/first_name/text"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_text_is_named_by_ids_and_points_at_its_line() -> None:
    template = default_content_dir() / "translations" / "content.pot"
    catalog = read_catalog(template)
    by_context = {str(message.context): message for message in catalog if message.id}
    questionnaire = default_content_dir() / "questionnaire.yaml"

    first_name = by_context[FIRST_NAME]
    assert first_name.id == "First name"
    assert first_name.locations == [
        ("questionnaire.yaml", line_of(questionnaire, "text: First name"))
    ]
    assert by_context["concerns.yaml:concerns/acne_scars/label"].id == "Acne scars"
    assert "rules.yaml:rules/pregnancy/client_text" in by_context
    # Staff read rule titles and their own notes in the clinic's language.
    assert not any(
        context.endswith(("/staff_text", "/title"))
        for context in by_context
        if "rules.yaml" in context
    )
    assert by_context["handout.yaml:days_before#one"].id == "{days} day before"
    assert by_context["handout.yaml:days_before#other"].id == "{days} days before"


def test_the_shipped_template_is_up_to_date_with_the_content(tmp_path: Path) -> None:
    _, texts = english_texts()
    fresh = tmp_path / "content.pot"
    write_template(texts, fresh, "en")

    def entries(path: Path) -> str:
        return path.read_text(encoding="utf-8").split("\n\n", 1)[1]

    shipped = default_content_dir() / "translations" / "content.pot"
    assert entries(fresh) == entries(shipped), "run `clinic-kiosk translations`"


def test_the_shipped_languages_await_a_reviewer() -> None:
    folder = default_content_dir() / "translations"
    for language, plural_forms in (
        ("es", "nplurals=3"),
        ("pl", "nplurals=3"),
        ("ar", "nplurals=6"),
    ):
        path = folder / f"{language}.po"
        header = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        assert f'"Language: {language}\\n"' in header
        assert plural_forms in header
        assert read_review(path) == ("", "")


def test_plural_texts_have_an_entry_per_category_of_each_language() -> None:
    folder = default_content_dir() / "translations"
    for language, categories in (
        ("es", {"one", "many", "other"}),
        ("pl", {"one", "few", "many", "other"}),
        ("ar", {"zero", "one", "two", "few", "many", "other"}),
    ):
        catalog = read_catalog(folder / f"{language}.po")
        found = {
            str(message.context).rsplit("#", 1)[1]
            for message in catalog
            if str(message.context).startswith("handout.yaml:sessions_line#")
        }
        assert found == categories, language


def test_a_translation_reaches_every_text_that_has_one(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[en, pl]")
    translate(
        folder,
        "pl",
        lambda context, english: {
            FIRST_NAME: "Imię",
            "handout.yaml:days_before#one": "{days} dzień przed",
            "handout.yaml:days_before#few": "{days} dni przed",
            "handout.yaml:days_before#many": "{days} dni przed",
            "handout.yaml:days_before#other": "{days} dnia przed",
        }.get(context),
    )

    content = load_content(folder)

    first_name = content.questionnaire.by_link_id["first_name"].text
    assert content.text(first_name, "pl") == "Imię"
    assert content.text(first_name, "es") == "First name"
    assert content.text(first_name) == "First name"
    days = content.handout.days_before
    assert content.plural(days, 3, "pl") == "{days} dni przed"
    assert content.plural(days, 1.5, "pl") == "{days} dnia przed"
    assert content.plural(days, 3, "en") == "{days} days before"
    polish = content.translations["pl"]
    assert not polish.complete
    assert len(polish.texts) == 5


def test_a_complete_language_passes_check_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path)
    translate_all(folder)

    code, out, err = run(capsys, "check-content", str(folder))

    assert (code, err) == (0, "")
    assert re.fullmatch(r"OK: content version [0-9a-f]{16} \(.*\)\n", out)
    assert all(translation.complete for translation in load_content(folder).translations.values())


def test_one_missing_polish_string_is_refused_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path)
    translate_all(folder)
    translate(folder, "pl", lambda context, english: None if context == FIRST_NAME else english)

    code, out, err = run(capsys, "check-content", str(folder))

    line = line_of(folder / "questionnaire.yaml", "text: First name")
    assert code == 1
    assert out == ""
    assert f"questionnaire.yaml, line {line}, {FIRST_NAME}: missing: no Polish translation" in err
    assert "pl: incomplete, 1 text missing in translations/pl.po" in err
    assert "es:" not in err
    assert "clinic-kiosk check-content: the translations cannot be offered" in err


def test_stale_and_extra_translations_are_named_with_their_po_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path)
    translate_all(folder)
    po = folder / "translations" / "es.po"
    text = po.read_text(encoding="utf-8")
    text = text.replace('msgid "First name"\n', 'msgid "Given name"\n', 1)
    text += (
        '\nmsgctxt "questionnaire.yaml:pages/about_you/items/nickname/text"\n'
        'msgid "Nickname"\nmsgstr "Apodo"\n'
    )
    po.write_text(text, encoding="utf-8")

    code, _, err = run(capsys, "check-content", str(folder))

    assert code == 1
    # The line of the msgid: the English it translates.
    stale = line_of(po, f'msgctxt "{FIRST_NAME}"') + 1
    extra = line_of(po, "items/nickname/text") + 1
    assert f"translations/es.po, line {stale}, {FIRST_NAME}: stale:" in err
    assert f"translations/es.po, line {extra}, " in err
    assert "extra: the content has no such text" in err
    assert "es: incomplete, 1 text missing" in err


def test_a_translation_must_keep_the_placeholders_and_fit(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[en, es]")
    po = translate(folder, "es", lambda _context, english: english)
    set_entries(
        po,
        {
            "handout.yaml:call_line": "Llámenos al {telefono}",
            "handout.yaml:title": "x" * (LONGEST_TEXT + 1),
        },
    )

    content = load_content(folder)

    spanish = content.translations["es"]
    messages = {
        problem.field: (problem.file, problem.line, problem.message) for problem in spanish.problems
    }
    file, line, message = messages["handout.yaml:call_line"]
    assert (file, line) == (
        "translations/es.po",
        line_of(po, 'msgctxt "handout.yaml:call_line"') + 1,
    )
    assert "{telefono}" in message
    assert "{phone}" in message
    assert "longer than 600" in messages["handout.yaml:title"][2]
    assert spanish.missing == 2
    # The English is used instead, so nothing broken reaches a client.
    assert content.text(content.handout.call_line, "es") == "Call us on {phone}"


def test_a_broken_po_file_leaves_the_kiosk_in_its_own_language(tmp_path: Path) -> None:
    folder = content_copy(tmp_path, "[en, pl]")
    (folder / "translations" / "pl.po").write_text(
        'msgid "x"\nmsgstr "y"\nnonsense\n', encoding="utf-8"
    )

    content = load_content(folder)

    polish = content.translations["pl"]
    assert not polish.complete
    assert polish.problems[0].file == "translations/pl.po"
    assert polish.problems[0].line == 3


def test_the_translations_command_keeps_translations_and_marks_changed_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path, "[en, pl]")
    po = translate(folder, "pl", reviewed=("Dr Anna Nowak", "2026-11-20"))
    questionnaire = folder / "questionnaire.yaml"
    text = questionnaire.read_text(encoding="utf-8")
    questionnaire.write_text(
        text.replace("text: First name", "text: Your first name"), encoding="utf-8"
    )

    code, out, _ = run(capsys, "translations", str(folder), "--new", "ro")

    assert code == 0
    assert re.search(r"pl\.po: \d+ kept, 1 changed \(marked fuzzy\), 0 new, 0 retired", out)
    assert (folder / "translations" / "ro.po").is_file()
    by_context = {message.context: message for message in read_catalog(po)}
    changed = by_context[FIRST_NAME]
    assert changed.id == "Your first name"
    assert changed.string == "«First name»"
    assert changed.fuzzy
    # The English it translated stays beside it, for the translator.
    assert f'#| msgid "First name"\nmsgctxt "{FIRST_NAME}"' in po.read_text(encoding="utf-8")
    assert (
        by_context["questionnaire.yaml:pages/about_you/items/last_name/text"].string
        == "«Last name»"
    )
    assert read_review(po) == ("Dr Anna Nowak", "2026-11-20")
    # Until someone checks it, the changed text is missing.
    polish = load_content(folder).translations["pl"]
    assert polish.missing == 1
    assert polish.reviewed


def test_the_translations_command_changes_nothing_when_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path)
    before = {path.name: path.read_bytes() for path in (folder / "translations").iterdir()}

    code, out, _ = run(capsys, "translations", str(folder))

    assert code == 0
    assert re.search(r"content\.pot: \d+ texts \(unchanged\)", out)
    after = {path.name: path.read_bytes() for path in (folder / "translations").iterdir()}
    assert after == before


def test_the_translations_command_keeps_who_translated_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = content_copy(tmp_path)
    po = folder / "translations" / "pl.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(
        re.sub(r'"Last-Translator: [^"]*\\n"', r'"Last-Translator: Ewa Kowalska\\n"', text),
        encoding="utf-8",
    )

    code, _, _ = run(capsys, "translations", str(folder))

    assert code == 0
    assert '"Last-Translator: Ewa Kowalska\\n"' in po.read_text(encoding="utf-8")
