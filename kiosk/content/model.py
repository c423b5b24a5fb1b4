"""The loaded content as one object, and the derived values rules may test."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.care import Care
from kiosk.content.catalogue import Catalogue
from kiosk.content.clinic import ClinicSettings
from kiosk.content.consent import ConsentNotice
from kiosk.content.handout_words import HandoutWords
from kiosk.content.questionnaire import ItemType, Option, Questionnaire
from kiosk.content.references import References
from kiosk.content.rules import Rules
from kiosk.content.skin_type import SkinTypeQuiz
from kiosk.content.text import LocalText, PluralText
from kiosk.content.translation import Translation

# Values computed from the answers that conditions may test like a linkId.
DERIVED_VALUES: dict[str, ItemType] = {"age": ItemType.NUMBER}

# The items the engine itself relies on; the rest is up to the clinic.
CONCERNS_ITEM = "concerns"
DATE_OF_BIRTH_ITEM = "date_of_birth"
FIRST_NAME_ITEM = "first_name"
LAST_NAME_ITEM = "last_name"
PHONE_ITEM = "phone"
EMAIL_ITEM = "email"


@dataclass(frozen=True)
class Content:
    """A clinic's complete, validated content.

    Attributes:
        clinic: settings from clinic.yaml.
        questionnaire: the pages and items.
        catalogue: concerns and treatments.
        rules: screening rules.
        references: what the rules are based on, cited by id.
        care: preparation and aftercare sheets.
        skin_type_quiz: the Fitzpatrick self-assessment.
        consent: the privacy notice a client agrees to.
        handout: the printed handout's own wording.
        version: a hash of every content file; it changes with any edit.
        directory: where the files were read from.
        translations: each language clinic.yaml lists besides its own, as
            read from translations/<code>.po (complete or not, reviewed or not).
    """

    clinic: ClinicSettings
    questionnaire: Questionnaire
    catalogue: Catalogue
    rules: Rules
    references: References
    care: Care
    skin_type_quiz: SkinTypeQuiz
    consent: ConsentNotice
    handout: HandoutWords
    version: str
    directory: Path
    translations: Mapping[str, Translation] = field(default_factory=dict)

    def options_of(self, link_id: str) -> tuple[Option, ...]:
        """The options of a choice item, including those taken from concerns.yaml."""
        item = self.questionnaire.by_link_id[link_id]
        if item.options_from == "concerns":
            return tuple(
                Option(
                    code=concern.code,
                    label=concern.label,
                    help=concern.description,
                    icon=concern.icon,
                )
                for concern in self.catalogue.concerns
            )
        return item.options

    def text(self, text: LocalText, language: str | None = None) -> str:
        """`text` in `language` (the content's own language by default)."""
        return text.get(language or self.clinic.language, self.clinic.language)

    def plural(self, text: PluralText, count: float, language: str | None = None) -> str:
        """The form of `text` for `count` in `language`, by its CLDR plural rules."""
        return text.get(language or self.clinic.language, count, self.clinic.language)
