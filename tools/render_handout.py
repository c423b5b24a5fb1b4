"""Renders sample handouts to PDF and PNG for review and the README.

Run: .venv/bin/python tools/render_handout.py [OUT_DIR]   (docs/handouts/ by default)
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import private_folders  # noqa: F401  (before the kiosk's own modules: see its docstring)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from kiosk.content.loader import load_content
from kiosk.engine.answers import parse_answers
from kiosk.engine.assessment import assess
from kiosk.handout.render import render_handout
from kiosk.record.telling import plan_in_words
from ui.pdf_pages import page_images

ROOT = Path(__file__).resolve().parents[1]
# Each sample: the example whose answers it starts from, and what it changes.
SAMPLES: dict[str, tuple[str, dict[str, object]]] = {
    "isotretinoin": ("isotretinoin", {"topical_retinoids": True}),
    "clean": ("clean", {}),
    "review": (
        "clean",
        {
            "first_name": "Zoë",
            "last_name": "Brontë-Åström",
            "fitzpatrick_type": 5,
            "concerns": ["hyperpigmentation", "uneven_tone"],
            "cold_sore_history": True,
        },
    ),
    "many-flags": (
        "clean",
        {
            "first_name": "Margaret",
            "last_name": "Okonkwo-Fairweather",
            "date_of_birth": "1951-06-02",
            "anticoagulants": True,
            "keloid_history": True,
            "cold_sore_history": True,
            "diabetes": "controlled",
            "autoimmune_or_immunosuppressed": True,
            "numbing_allergy": True,
            "metal_allergy": True,
            "topical_retinoids": True,
        },
    ),
    "not-suitable": ("clean", {"pregnant_or_breastfeeding": True}),
}
# The same plans in the other languages the content carries (<name>-<code>.pdf).
IN_OTHER_LANGUAGES = ("review", "many-flags")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "handouts")
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication([])  # noqa: F841 - QtPdf needs an application
    content = load_content()
    others = [code for code in content.clinic.languages if code != content.clinic.language]
    for name, (example, changes) in SAMPLES.items():
        base = json.loads((ROOT / f"docs/examples/{example}.json").read_text())["answers"]
        answers = {**base, **changes}
        assessment = assess(content, parse_answers(content, answers), date(2026, 11, 21))
        versions = [(name, None)]
        if name in IN_OTHER_LANGUAGES:
            versions += [(f"{name}-{code}", code) for code in others]
        for file_name, language in versions:
            words = plan_in_words(content, assessment, language)
            pdf = render_handout(words, reproducible=True)
            (out / f"{file_name}.pdf").write_bytes(pdf)
            for number, image in enumerate(page_images(pdf, dpi=110), start=1):
                image.save(str(out / f"{file_name}-page{number}.png"))
    print(f"wrote handouts to {out}")


if __name__ == "__main__":
    main()
