"""The reference list the screening rules cite, so staff read titles, not web addresses."""

from __future__ import annotations

from pydantic import Field

from kiosk.content.questionnaire import LINK_ID, Frozen


class Reference(Frozen):
    """One publication, guideline or policy a rule is based on.

    Attributes:
        id: the stable name rules cite in their `source`.
        title: the title as published.
        authors: the authors, or the organisation that published it.
        year: the year of publication, when known.
        link: where to read it (a web address or a citation), when there is one.
    """

    id: str = Field(pattern=LINK_ID)
    title: str = Field(min_length=1, max_length=300)
    authors: str = Field(min_length=1, max_length=300)
    year: int | None = Field(default=None, ge=1900, le=2100)
    link: str | None = Field(default=None, min_length=1, max_length=500)

    def citation(self) -> str:
        """The reference as staff read it: "Title (Authors, Year)"."""
        by = self.authors if self.year is None else f"{self.authors}, {self.year}"
        return f"{self.title} ({by})"


class References(Frozen):
    """Every reference the content cites, in the order staff see them."""

    references: tuple[Reference, ...] = Field(min_length=1)

    def by_id(self) -> dict[str, Reference]:
        """The references by id."""
        return {reference.id: reference for reference in self.references}
