"""Updates the kiosk's Qt translations: resources/i18n/kiosk_<lang>.ts and .qm.

Run: .venv/bin/python tools/translations.py
It collects every self.tr() string from ui/ with pyside6-lupdate, fills in the
English plural forms (Qt needs them even in English: "1 session", "3 sessions"),
and compiles the .qm files with pyside6-lrelease. Translators edit the .ts files
of other languages with Qt Linguist (pyside6-linguist); then run this again.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent

# English plurals that need more than dropping "(s)".
ENGLISH_PLURALS = {
    "%n question(s) still need an answer: see the orange mark.": (
        "1 question still needs an answer: see the orange mark.",
        "%n questions still need an answer: see the orange mark.",
    ),
}


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of a %n message."""
    if source in ENGLISH_PLURALS:
        return ENGLISH_PLURALS[source]
    singular = source.replace("%n", "1").replace("(s)", "")
    singular = re.sub(r"\b1 (\w+)s\b", r"1 \1", singular) if "(s)" not in source else singular
    return singular, source.replace("(s)", "s")


def update(language: str) -> Path:
    """lupdate into kiosk_<language>.ts; returns its path."""
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))
    ts = I18N / f"kiosk_{language}.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-locations",
            "none",
            "-no-obsolete",
            "-target-language",
            language,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    return ts


def fill_english(ts: Path) -> None:
    """Give every %n message its English singular and plural."""
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for form in english_forms(source):
            element = ElementTree.SubElement(translation, "numerusform")
            element.text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(ts: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts)], cwd=ROOT, check=True)


def main() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    languages = sorted({p.stem.removeprefix("kiosk_") for p in I18N.glob("kiosk_*.ts")} | {"en"})
    for language in languages:
        ts = update(language)
        if language == "en":
            fill_english(ts)
        release(ts)


if __name__ == "__main__":
    main()
