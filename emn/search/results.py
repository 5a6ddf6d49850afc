"""What a search asks and what it returns: the shapes shared by the engine, the page and the API."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

Sort = Literal["relevance", "newest", "oldest"]
FACETS = ("kind", "theme", "country", "language", "year", "dissemination")


@dataclass(frozen=True)
class SearchParams:
    """A search as the reader asked it. `q` is raw user input: any text, any length.

    Filters hold facet values (kind: "publication.study", theme: ThemeCode value, country:
    Eurostat code, language: ISO 639-1, year: "2024", dissemination: "public" | "emn");
    several values of one facet are alternatives (OR), different facets all apply (AND).
    """

    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: Sort = "relevance"
    page: int = 1
    page_size: int = 20


@dataclass(frozen=True)
class Hit:
    """One result, ready to show: title in the reader's language (or the fallback), a snippet
    (safe HTML: the text escaped, matched words in <mark>), its language and facets."""

    source: str
    object_id: int
    kind: str
    kind_label: str
    title: str
    title_language: str
    url: str
    snippet: str
    languages: tuple[str, ...]
    date: datetime.date | None
    dissemination: str
    score: float


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Results:
    """A page of results, with the total and the facets of everything that matched."""

    params: SearchParams
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    # Terms the query was widened with through the translation table: (term, language).
    translations: list[tuple[str, str]] = field(default_factory=list)
    # Things the reader should know about how the query was read ("only the first 32 words
    # were used", "the characters * ( ) were ignored").
    notices: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        size = max(1, self.params.page_size)
        return max(1, -(-self.total // size))
