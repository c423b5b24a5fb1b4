"""Content mistakes are reported with their file, line, field and a plain message.

Each test copies the shipped content, edits one known line of a real file and
checks what `load_content` reports. The edits first check that the original
text is still there, so a change to the content files breaks these tests loudly
instead of silently testing nothing.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kiosk.content.errors import ContentError, Problem
from kiosk.content.loader import FILES, content_version, default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.content.questionnaire import ItemType, Operator

REQUIRED_LINK_IDS = (
    "first_name",
    "last_name",
    "date_of_birth",
    "phone",
    "email",
    "concerns",
    "fitzpatrick_type",
    "pregnant_or_breastfeeding",
    "active_infection_or_wound",
    "cold_sore_active",
    "cold_sore_history",
    "active_acne_flare",
    "eczema_psoriasis_flare",
    "skin_cancer_in_area",
    "bleeding_disorder",
    "anticoagulants",
    "isotretinoin_taken",
    "isotretinoin_last_dose",
    "topical_retinoids",
    "keloid_history",
    "recent_sunburn_or_tan",
    "diabetes",
    "autoimmune_or_immunosuppressed",
    "chemo_or_radiation",
    "numbing_allergy",
    "metal_allergy",
    "last_chemical_peel",
    "last_laser",
    "last_filler_or_neuromodulator",
    "pacemaker",
)
CONCERN_CODES = {
    "fine_lines",
    "acne_scars",
    "enlarged_pores",
    "hyperpigmentation",
    "uneven_tone",
    "texture",
    "stretch_marks",
    "laxity",
}
TREATMENT_CODES = {
    "microneedling",
    "rf_microneedling",
    "microneedling_prp",
    "chemical_peel",
    "laser_resurfacing",
    "microdermabrasion",
}

# Known lines of the shipped files that the tests below edit.
ISOTRETINOIN_ENABLE_WHEN = (
    '        enableWhen:\n          - {question: isotretinoin_taken, operator: "=", answer: true}\n'
)
PREGNANCY_WHEN = '      - {question: pregnant_or_breastfeeding, operator: "=", answer: true}\n'
DIABETES_WHEN = '      - {question: diabetes, operator: "=", answer: uncontrolled}\n'


# --- helpers -------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_content() -> Content:
    """The shipped content, loaded once for the tests that only read it."""
    return load_content(default_content_dir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A private copy of the shipped content folder that a test may edit."""
    copy = tmp_path / "content"
    shutil.copytree(default_content_dir(), copy)
    return copy


def edit(folder: Path, name: str, old: str, new: str, *, at: str | None = None) -> int:
    """Replace the one `old` in file `name` with `new`.

    Returns the 1-based line, in the edited file, of `at` (a part of `new`;
    by default the start of `new`).
    """
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{name} no longer holds {old!r} exactly once: update this test"
    start = text.index(old)
    edited = text[:start] + new + text[start + len(old) :]
    path.write_text(edited, encoding="utf-8")
    target = new if at is None else at
    assert target in new, f"{target!r} is not part of the new text"
    return edited.count("\n", 0, start + new.index(target)) + 1


def lines_equal_to(folder: Path, name: str, line: str) -> list[int]:
    """The 1-based numbers of the lines of file `name` that are exactly `line`."""
    text = (folder / name).read_text(encoding="utf-8")
    return [number for number, found in enumerate(text.splitlines(), 1) if found == line]


def problems_of(folder: Path) -> tuple[Problem, ...]:
    """The problems load_content reports for `folder` (it must refuse it)."""
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    assert caught.value.problems, "a ContentError must list at least one problem"
    return caught.value.problems


def only_problem(folder: Path) -> Problem:
    """The single problem reported for `folder`."""
    problems = problems_of(folder)
    assert len(problems) == 1, "expected one problem, got:\n" + "\n".join(map(str, problems))
    return problems[0]


def item_path(content: Content, link_id: str) -> str:
    """The field path of the item `link_id`, such as `pages[4].items[6]`."""
    for page_index, page in enumerate(content.questionnaire.pages):
        for item_index, item in enumerate(page.items):
            if item.link_id == link_id:
                return f"pages[{page_index}].items[{item_index}]"
    raise AssertionError(f"no item {link_id!r}")


def rule_path(content: Content, rule_id: str) -> str:
    """The field path of the rule `rule_id`, such as `rules[3]`."""
    ids = [rule.id for rule in content.rules.rules]
    assert rule_id in ids, f"no rule {rule_id!r}"
    return f"rules[{ids.index(rule_id)}]"


def treatment_path(content: Content, code: str) -> str:
    """The field path of the treatment `code`, such as `treatments[2]`."""
    codes = [treatment.code for treatment in content.catalogue.treatments]
    assert code in codes, f"no treatment {code!r}"
    return f"treatments[{codes.index(code)}]"


# --- the shipped content -------------------------------------------------------


def test_default_content_loads(default_content: Content) -> None:
    assert default_content.directory == default_content_dir()
    assert re.fullmatch(r"[0-9a-f]{16}", default_content.version)
    assert default_content.questionnaire.pages
    assert default_content.rules.rules
    assert default_content.catalogue.treatments


def test_version_is_the_same_for_the_same_files(folder: Path, default_content: Content) -> None:
    version = load_content(folder).version
    # The version depends on the files' bytes, not on where the folder is.
    assert version == default_content.version
    assert version == content_version(folder) == content_version(default_content_dir())


@pytest.mark.parametrize("name", FILES)
def test_version_changes_when_a_file_changes_by_one_byte(
    folder: Path, default_content: Content, name: str
) -> None:
    path = folder / name
    original = path.read_bytes()
    # Every file opens with a comment; swap the case of its first letter.
    assert original.startswith(b"# ")
    assert chr(original[2]).isalpha()
    changed = bytearray(original)
    changed[2] ^= 0x20
    path.write_bytes(bytes(changed))

    version = content_version(folder)

    assert re.fullmatch(r"[0-9a-f]{16}", version)
    assert version != default_content.version
    path.write_bytes(original)
    assert content_version(folder) == default_content.version


def test_the_loaded_version_follows_an_edit(folder: Path, default_content: Content) -> None:
    edit(folder, "clinic.yaml", "first_session_after_days: 7\n", "first_session_after_days: 8\n")

    content = load_content(folder)

    assert content.clinic.first_session_after_days == 8
    assert content.version == content_version(folder) != default_content.version


def test_default_content_has_the_items_and_codes_the_kiosk_relies_on(
    default_content: Content,
) -> None:
    items = default_content.questionnaire.by_link_id
    missing = [link_id for link_id in REQUIRED_LINK_IDS if link_id not in items]
    assert not missing

    diabetes = items["diabetes"]
    assert diabetes.type is ItemType.CHOICE
    # Quoted in the file: a bare `no` would be read as false.
    assert [option.code for option in diabetes.options] == ["no", "controlled", "uncontrolled"]

    last_dose = items["isotretinoin_last_dose"]
    assert last_dose.type is ItemType.DATE
    assert len(last_dose.enable_when) == 1
    condition = last_dose.enable_when[0]
    assert condition.question == "isotretinoin_taken"
    assert condition.operator is Operator.EQUALS
    assert condition.answer is True
    assert items["isotretinoin_taken"].type is ItemType.BOOLEAN

    concern_codes = [str(option.code) for option in default_content.options_of("concerns")]
    assert len(concern_codes) == len(CONCERN_CODES)
    assert set(concern_codes) == CONCERN_CODES
    treatment_codes = [treatment.code for treatment in default_content.catalogue.treatments]
    assert len(treatment_codes) == len(TREATMENT_CODES)
    assert set(treatment_codes) == TREATMENT_CODES


# --- YAML mistakes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        pytest.param(
            "clinic.yaml",
            "languages: [en, es, pl, ar]\n",
            "languages: [en, es, pl, ar\n",
            id="unclosed-bracket",
        ),
        pytest.param(
            "rules.yaml",
            DIABETES_WHEN,
            '      - {question: diabetes, operator: "=", answer: uncontrolled\n',
            id="unclosed-brace",
        ),
        pytest.param(
            "clinic.yaml",
            "  phone: 0117 496 0000\n",
            "   phone: 0117 496 0000\n",
            id="bad-indentation",
        ),
        pytest.param(
            "questionnaire.yaml",
            "        text: Last name\n",
            "        text: Last name: family name\n",
            id="colon-in-plain-text",
        ),
    ],
)
def test_a_yaml_syntax_error_names_its_line(folder: Path, name: str, old: str, new: str) -> None:
    line = edit(folder, name, old, new)

    problem = only_problem(folder)

    assert (problem.file, problem.line, problem.field) == (name, line, "")
    assert problem.message.startswith("YAML syntax: ")


def test_an_unclosed_bracket_is_called_so(folder: Path) -> None:
    line = edit(
        folder, "clinic.yaml", "languages: [en, es, pl, ar]\n", "languages: [en, es, pl, ar\n"
    )

    problem = only_problem(folder)

    assert problem.line == line
    assert "the [ on this line is not closed with ]" in problem.message
    # The line where YAML noticed it is named too (a blank line, then `currency:`).
    assert f"noticed on line {line + 2}" in problem.message


def test_a_key_given_twice_is_reported_at_the_second(folder: Path) -> None:
    old = "  microneedling: {min: 180, max: 250}\n"
    repeat = "  microneedling: {min: 200, max: 260}\n"
    line = edit(folder, "clinic.yaml", old, old + repeat, at=repeat)

    problem = only_problem(folder)

    assert problem == Problem(
        "clinic.yaml", line, "prices.microneedling", "'microneedling' is given twice; keep one"
    )


def test_yaml_mistakes_in_several_files_are_all_reported(folder: Path) -> None:
    clinic_line = edit(folder, "clinic.yaml", "  phone: 0117 496 0000\n", "   phone: 0117 496\n")
    rules_line = edit(
        folder,
        "rules.yaml",
        DIABETES_WHEN,
        '      - {question: diabetes, operator: "=", answer: uncontrolled\n',
    )

    problems = problems_of(folder)

    assert [(problem.file, problem.line) for problem in problems] == [
        ("clinic.yaml", clinic_line),
        ("rules.yaml", rules_line),
    ]


# --- questionnaire.yaml --------------------------------------------------------


def test_a_linkid_used_twice_names_the_line_of_its_first_use(
    folder: Path, default_content: Content
) -> None:
    line = edit(
        folder, "questionnaire.yaml", "      - linkId: last_name\n", "      - linkId: first_name\n"
    )
    uses = lines_equal_to(folder, "questionnaire.yaml", "      - linkId: first_name")
    first_use, second_use = uses
    assert second_use == line

    problem = only_problem(folder)

    assert problem.file == "questionnaire.yaml"
    assert problem.line == line
    assert problem.field == f"{item_path(default_content, 'last_name')}.linkId"
    assert "'first_name'" in problem.message
    assert f"line {first_use}" in problem.message


def test_an_enable_when_on_a_later_question_is_refused(
    folder: Path, default_content: Content
) -> None:
    assert (
        default_content.questionnaire.page_of["had_laser"]
        > (default_content.questionnaire.page_of["isotretinoin_last_dose"])
    )
    line = edit(
        folder,
        "questionnaire.yaml",
        ISOTRETINOIN_ENABLE_WHEN,
        '        enableWhen:\n          - {question: had_laser, operator: "=", answer: true}\n',
        at="          - {question: had_laser",
    )

    problem = only_problem(folder)

    assert problem.file == "questionnaire.yaml"
    assert problem.line == line
    path = item_path(default_content, "isotretinoin_last_dose")
    assert problem.field == f"{path}.enableWhen[0].question"
    assert "'had_laser'" in problem.message
    assert "later page" in problem.message


def test_an_enable_when_on_an_unknown_linkid_is_refused(
    folder: Path, default_content: Content
) -> None:
    line = edit(
        folder,
        "questionnaire.yaml",
        ISOTRETINOIN_ENABLE_WHEN,
        ISOTRETINOIN_ENABLE_WHEN.replace("isotretinoin_taken", "isotretinoin_tkaen"),
        at="          - {question: isotretinoin_tkaen",
    )

    problem = only_problem(folder)

    path = item_path(default_content, "isotretinoin_last_dose")
    assert problem == Problem(
        "questionnaire.yaml",
        line,
        f"{path}.enableWhen[0].question",
        "no question has linkId 'isotretinoin_tkaen'",
    )


def test_a_misspelt_field_is_an_unknown_field(folder: Path, default_content: Content) -> None:
    line = edit(
        folder,
        "questionnaire.yaml",
        "        text: Last name\n        required: true\n",
        "        text: Last name\n        requried: true\n",
        at="        requried",
    )

    problem = only_problem(folder)

    assert problem.file == "questionnaire.yaml"
    assert problem.line == line
    assert problem.field == f"{item_path(default_content, 'last_name')}.requried"
    assert "unknown field" in problem.message


def test_a_misspelt_field_with_a_list_below_it_is_reported_on_its_own_line(
    folder: Path, default_content: Content
) -> None:
    line = edit(
        folder,
        "questionnaire.yaml",
        ISOTRETINOIN_ENABLE_WHEN,
        ISOTRETINOIN_ENABLE_WHEN.replace("enableWhen:", "enableWhn:"),
    )

    problem = only_problem(folder)

    assert problem.file == "questionnaire.yaml"
    assert problem.line == line
    assert problem.field == f"{item_path(default_content, 'isotretinoin_last_dose')}.enableWhn"
    assert "unknown field" in problem.message


def test_a_wrong_item_type_lists_the_types(folder: Path, default_content: Content) -> None:
    line = edit(
        folder,
        "questionnaire.yaml",
        "      - linkId: pacemaker\n        type: boolean\n",
        "      - linkId: pacemaker\n        type: yesno\n",
        at="        type: yesno",
    )

    problem = only_problem(folder)

    assert problem.file == "questionnaire.yaml"
    assert problem.line == line
    assert problem.field == f"{item_path(default_content, 'pacemaker')}.type"
    for kind in ItemType:
        assert f"'{kind}'" in problem.message


# --- rules.yaml ----------------------------------------------------------------


def test_a_rule_on_an_unknown_linkid_is_refused(folder: Path, default_content: Content) -> None:
    line = edit(
        folder,
        "rules.yaml",
        PREGNANCY_WHEN,
        '      - {question: pregnant, operator: "=", answer: true}\n',
    )

    problem = only_problem(folder)

    assert problem == Problem(
        "rules.yaml",
        line,
        f"{rule_path(default_content, 'pregnancy')}.when[0].question",
        "no question has linkId 'pregnant'",
    )
    assert str(problem) == (
        f"rules.yaml, line {line}, {problem.field}: no question has linkId 'pregnant'"
    )


def test_a_rule_on_an_unknown_option_lists_the_options(
    folder: Path, default_content: Content
) -> None:
    line = edit(
        folder,
        "rules.yaml",
        DIABETES_WHEN,
        '      - {question: diabetes, operator: "=", answer: sometimes}\n',
    )

    problem = only_problem(folder)

    assert problem.file == "rules.yaml"
    assert problem.line == line
    assert problem.field == f"{rule_path(default_content, 'diabetes_uncontrolled')}.when[0].answer"
    assert "'sometimes' is not an option of 'diabetes'" in problem.message
    assert "no, controlled, uncontrolled" in problem.message


def test_a_rule_naming_an_unknown_treatment_is_refused(
    folder: Path, default_content: Content
) -> None:
    line = edit(
        folder,
        "rules.yaml",
        "    treatments: [rf_microneedling]\n",
        "    treatments: [rf_microneedlin]\n",
    )

    problem = only_problem(folder)

    assert problem.file == "rules.yaml"
    assert problem.line == line
    assert problem.field == f"{rule_path(default_content, 'pacemaker_rf')}.treatments[0]"
    assert "'rf_microneedlin' is not a treatment or group" in problem.message
    assert "rf_microneedling" in problem.message  # the known names, to pick from


def test_a_window_setting_missing_from_clinic_yaml_is_refused(
    folder: Path, default_content: Content
) -> None:
    assert "sun_burn" not in default_content.clinic.waiting_periods
    line = edit(
        folder,
        "rules.yaml",
        "    window: {after: today, setting: sunburn}\n",
        "    window: {after: today, setting: sun_burn}\n",
    )

    problem = only_problem(folder)

    assert problem.file == "rules.yaml"
    assert problem.line == line
    assert problem.field == f"{rule_path(default_content, 'recent_sun')}.window.setting"
    assert "clinic.yaml has no waiting period 'sun_burn'" in problem.message
    assert "sunburn" in problem.message.removeprefix("clinic.yaml has no waiting period 'sun_burn'")


# --- treatments.yaml and clinic.yaml -------------------------------------------


@pytest.mark.parametrize("score", [4, -1])
def test_a_fit_score_out_of_range_is_refused(
    folder: Path, default_content: Content, score: int
) -> None:
    line = edit(
        folder,
        "treatments.yaml",
        "      hyperpigmentation: 3\n      uneven_tone: 3\n",
        f"      hyperpigmentation: 3\n      uneven_tone: {score}\n",
        at="      uneven_tone",
    )

    problem = only_problem(folder)

    assert problem.file == "treatments.yaml"
    assert problem.line == line
    assert problem.field == f"{treatment_path(default_content, 'chemical_peel')}.fit.uneven_tone"
    assert "0 to 3" in problem.message


def test_a_treatment_without_a_price_is_refused(folder: Path) -> None:
    edit(folder, "clinic.yaml", "  microdermabrasion: {min: 60, max: 90}\n", "")
    (prices_line,) = lines_equal_to(folder, "clinic.yaml", "prices:")

    problem = only_problem(folder)

    assert problem == Problem(
        "clinic.yaml", prices_line, "prices", "give a price per session for 'microdermabrasion'"
    )


# --- missing files and several mistakes ----------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_a_missing_file_is_named(folder: Path, name: str) -> None:
    (folder / name).unlink()

    assert only_problem(folder) == Problem(name, None, "", "the file is missing")


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    (problem,) = problems_of(tmp_path / "nowhere")

    assert problem.message == "no such content folder"


def test_several_mistakes_in_the_fields_are_all_reported(
    folder: Path, default_content: Content
) -> None:
    misspelt = edit(
        folder,
        "questionnaire.yaml",
        "        text: Last name\n        required: true\n",
        "        text: Last name\n        requried: true\n",
        at="        requried",
    )
    wrong_type = edit(
        folder,
        "questionnaire.yaml",
        "      - linkId: pacemaker\n        type: boolean\n",
        "      - linkId: pacemaker\n        type: yesno\n",
        at="        type: yesno",
    )
    fit = edit(
        folder,
        "treatments.yaml",
        "      hyperpigmentation: 3\n      uneven_tone: 3\n",
        "      hyperpigmentation: 3\n      uneven_tone: 7\n",
        at="      uneven_tone",
    )

    problems = problems_of(folder)

    assert {(problem.file, problem.line, problem.field) for problem in problems} == {
        ("questionnaire.yaml", misspelt, f"{item_path(default_content, 'last_name')}.requried"),
        ("questionnaire.yaml", wrong_type, f"{item_path(default_content, 'pacemaker')}.type"),
        (
            "treatments.yaml",
            fit,
            f"{treatment_path(default_content, 'chemical_peel')}.fit.uneven_tone",
        ),
    }


def test_several_mistakes_across_files_are_all_reported(
    folder: Path, default_content: Content
) -> None:
    later_page = edit(
        folder,
        "questionnaire.yaml",
        ISOTRETINOIN_ENABLE_WHEN,
        '        enableWhen:\n          - {question: had_laser, operator: "=", answer: true}\n',
        at="          - {question: had_laser",
    )
    unknown_question = edit(
        folder,
        "rules.yaml",
        PREGNANCY_WHEN,
        '      - {question: pregnant, operator: "=", answer: true}\n',
    )
    unknown_option = edit(
        folder,
        "rules.yaml",
        DIABETES_WHEN,
        '      - {question: diabetes, operator: "=", answer: sometimes}\n',
    )
    unknown_treatment = edit(
        folder,
        "rules.yaml",
        "    treatments: [rf_microneedling]\n",
        "    treatments: [rf_microneedlin]\n",
    )
    edit(folder, "clinic.yaml", "  microdermabrasion: {min: 60, max: 90}\n", "")
    (prices,) = lines_equal_to(folder, "clinic.yaml", "prices:")

    with pytest.raises(ContentError) as caught:
        load_content(folder)

    found = {(problem.file, problem.line, problem.field) for problem in caught.value.problems}
    assert found == {
        (
            "questionnaire.yaml",
            later_page,
            f"{item_path(default_content, 'isotretinoin_last_dose')}.enableWhen[0].question",
        ),
        (
            "rules.yaml",
            unknown_question,
            f"{rule_path(default_content, 'pregnancy')}.when[0].question",
        ),
        (
            "rules.yaml",
            unknown_option,
            f"{rule_path(default_content, 'diabetes_uncontrolled')}.when[0].answer",
        ),
        (
            "rules.yaml",
            unknown_treatment,
            f"{rule_path(default_content, 'pacemaker_rf')}.treatments[0]",
        ),
        ("clinic.yaml", prices, "prices"),
    }
    # The error's text lists every problem, one a line.
    assert str(caught.value).splitlines() == [str(problem) for problem in caught.value.problems]
