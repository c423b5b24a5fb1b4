"""`clinic-kiosk handout`, and the clinic's logo on the letterhead."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from kiosk.cli.main import main
from kiosk.content.errors import ContentError
from kiosk.content.loader import default_content_dir, load_content
from kiosk.content.model import Content
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from kiosk.store.consultations import ConsultationStore
from tests.core.clients import CLEAN_CLIENT, Client, submit_client
from tests.pdf import pdf_text


def answers_file(tmp_path: Path, **changes: object) -> str:
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps({"today": "2026-11-21", "answers": {**CLEAN_CLIENT, **changes}}),
        encoding="utf-8",
    )
    return str(path)


def test_the_handout_command_writes_the_clients_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"

    code = main(["handout", answers_file(tmp_path, first_name="Kim"), "-o", str(out)])

    assert code == 0
    assert "Prepared for Kim Silva on Saturday 21 November 2026" in pdf_text(out.read_bytes())
    assert "Wrote" in capsys.readouterr().err


def test_the_reproducible_handout_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    answers = answers_file(tmp_path)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"

    main(["handout", answers, "-o", str(first), "--reproducible"])
    main(["handout", answers, "-o", str(second), "--reproducible"])

    assert first.read_bytes() == second.read_bytes()


def test_a_stored_consultation_is_reprinted_from_its_snapshot(
    tmp_path: Path, content: Content, store: ConsultationStore
) -> None:
    public_id = submit_client(content, store, first_name="Noor")
    out = tmp_path / "reprint.pdf"

    assert main(["handout", "--consultation", public_id, "-o", str(out)]) == 0

    assert "Prepared for Noor Silva" in pdf_text(out.read_bytes())


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "give ANSWERS.json or --consultation ID"),
        (["--consultation", "nope"], "no plan for consultation nope"),
        (["{answers}", "--consultation", "x"], "give ANSWERS.json or --consultation ID"),
    ],
)
def test_the_handout_command_explains_bad_requests(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    db: Any,
    arguments: list[str],
    message: str,
) -> None:
    arguments = [a.replace("{answers}", answers_file(tmp_path)) for a in arguments]

    code = main(["handout", *arguments, "-o", str(tmp_path / "x.pdf")])

    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_output_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["handout", answers_file(tmp_path), "-o", str(tmp_path / "missing" / "x.pdf")])

    assert code == 2
    assert "cannot write" in capsys.readouterr().err


def content_with_logo(tmp_path: Path, logo: str, make_file: bool = True) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    if make_file:
        Image.new("RGB", (240, 80), (44, 110, 106)).save(folder / logo)
    clinic = folder / "clinic.yaml"
    text = clinic.read_text(encoding="utf-8")
    assert "logo: null" in text
    clinic.write_text(text.replace("logo: null", f"logo: {logo}"), encoding="utf-8")
    return folder


def test_the_clinics_logo_is_on_the_letterhead(tmp_path: Path, client: Client) -> None:
    content = load_content(content_with_logo(tmp_path, "logo.png"))
    assessment = client()

    pdf = render_handout(plan_in_words(content, assessment))

    first_page: Any = PdfReader(io.BytesIO(pdf)).pages[0]
    images = [
        name
        for name, item in first_page["/Resources"].get("/XObject", {}).items()
        if item.get_object()["/Subtype"] == "/Image"
    ]
    assert images


def test_a_missing_logo_file_is_a_content_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"there is no file logo\.png"):
        load_content(content_with_logo(tmp_path, "logo.png", make_file=False))
