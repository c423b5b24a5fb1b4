"""The printed handout: each client's own words and dates, literal names, embedded fonts."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from kiosk.content.loader import default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.plan_words import PlanInWords
from kiosk.record.telling import plan_in_words
from kiosk.store.consultations import ConsultationStore, stored_handout
from tests.core.clients import Client, submit_client
from tests.pdf import pdf_text


def handout_for(content: Content, client: Client, **changes: object) -> bytes:
    return render_handout(plan_in_words(content, client(**changes)), reproducible=True)


def test_a_handout_holds_the_clients_own_name_dates_treatment_preparation_and_aftercare(
    content: Content, client: Client
) -> None:
    text = pdf_text(
        handout_for(
            content,
            client,
            isotretinoin_taken=True,
            isotretinoin_last_dose="2026-08-31",
            topical_retinoids=True,
        )
    )

    assert "Prepared for Ana Silva on Saturday 21 November 2026" in text
    assert "Our suggestion: Microneedling" in text
    # Safe from Sunday 28 February; the clinic opens on the Monday, and
    # Easter Monday (29 March) is a closure.
    for day in ("Monday 1 March 2027", "Tuesday 30 March 2027", "Tuesday 27 April 2027"):
        assert day in text
    assert "Wednesday 24 February 2027" in text  # stop retinoids 5 days before
    assert "Stop using retinol, retinoid and acid creams" in text
    assert "£540 to £750 for the course" in text
    assert "needling waits until the date shown" in text  # what the client read on screen
    assert "Caring for your skin after microneedling" in text
    assert "First 48 hours" in text
    assert "Call us on 0117 496 0000" in text


def test_each_handout_holds_nothing_of_another_client(content: Content, client: Client) -> None:
    ana = pdf_text(handout_for(content, client))
    li = pdf_text(
        handout_for(content, client, first_name="Li", last_name="Wei", concerns=["laxity"])
    )

    assert "Ana Silva" in ana
    assert "Li Wei" not in ana
    assert "Li Wei" in li
    assert "Ana" not in li
    assert "RF microneedling" in li  # laxity's best fit
    assert "Acne scars" not in li


def test_a_client_with_no_suitable_treatment_gets_a_kind_page_and_no_dates(
    content: Content, client: Client
) -> None:
    text = pdf_text(handout_for(content, client, pregnant_or_breastfeeding=True))

    assert "We could not suggest a treatment from your answers today" in text
    assert "We do not offer these treatments during pregnancy" in text
    assert "Your sessions" not in text


def test_a_hostile_name_prints_literally(content: Content, client: Client) -> None:
    hostile = {"first_name": "<b>Zoë</b> &", "last_name": "<font size=40>Ωмега"}

    text = pdf_text(handout_for(content, client, **hostile))

    assert "Prepared for <b>Zoë</b> & <font size=40>Ωмега on" in text


def test_every_font_is_embedded_and_the_metadata_names_no_client(
    content: Content, client: Client
) -> None:
    reader = PdfReader(io.BytesIO(handout_for(content, client, first_name="Quintessa")))

    fonts: dict[str, Any] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Harbour Skin Clinic" in metadata
    assert "Quintessa" not in metadata
    assert "Silva" not in metadata


def test_the_reproducible_mode_gives_the_same_bytes_and_survives_storage(
    content: Content, client: Client
) -> None:
    data = plan_in_words(content, client())

    first = render_handout(data, reproducible=True)
    again = render_handout(
        PlanInWords.model_validate_json(data.model_dump_json()), reproducible=True
    )

    assert first == again


def test_a_reprint_from_the_stored_consultation_matches_what_was_given_after_a_content_edit(
    content: Content, store: ConsultationStore, tmp_path: Path
) -> None:
    public_id = submit_client(content, store)
    given = pdf_text(render_handout(stored_handout(public_id), reproducible=True))
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    treatments = folder / "treatments.yaml"
    treatments.write_text(
        treatments.read_text(encoding="utf-8").replace(
            "name: Microneedling\n", "name: Collagen induction\n"
        ),
        encoding="utf-8",
    )
    assert "Collagen induction" in load_content(folder).text(
        load_content(folder).catalogue.treatment["microneedling"].name
    )

    reprinted = pdf_text(render_handout(stored_handout(public_id), reproducible=True))

    assert reprinted == given
    assert "Our suggestion: Microneedling" in reprinted


@pytest.mark.parametrize("field", ["prepared_for", "cost_line"])
def test_a_misspelt_placeholder_in_the_handout_wording_is_a_content_error(
    tmp_path: Path, field: str
) -> None:
    from kiosk.content.errors import ContentError

    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    words = folder / "handout.yaml"
    text = words.read_text(encoding="utf-8")
    broken = re.sub(rf"^({field}: .*?)\{{(\w+)\}}", r"\1{\2x}", text, count=1, flags=re.M)
    assert broken != text
    words.write_text(broken, encoding="utf-8")

    with pytest.raises(ContentError) as error:
        load_content(folder)

    assert "handout.yaml, line" in str(error.value)
    assert "unknown {" in str(error.value)
