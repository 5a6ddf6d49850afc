"""Reading a search from a query string, the same way for the page and the API.

Any input gives a search: unknown sort orders fall back to relevance, page numbers that are
not numbers to the first page, and facet values nobody uses simply match nothing.
"""

from __future__ import annotations

from typing import Any, cast

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from emn.search.results import FACETS, SearchParams, Sort

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Deeper than any reader pages; keeps OFFSET bounded whatever a URL says.
MAX_PAGE = 500
# Per facet: more alternatives than this are not a search a person makes.
MAX_VALUES = 30
SORTS: dict[str, Any] = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
}
FACET_LABELS: dict[str, Any] = {
    "kind": _("Type"),
    "theme": _("Theme"),
    "country": _("Country"),
    "language": _("Language"),
    "year": _("Year"),
    "dissemination": _("Dissemination level"),
}


def _number(raw: str | None, default: int, low: int, high: int) -> int:
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        return default
    return min(max(value, low), high)


def _values(data: QueryDict, facet: str) -> tuple[str, ...]:
    # Order kept, duplicates and blanks dropped, each value of a sane length.
    values = dict.fromkeys(v.strip()[:100] for v in data.getlist(facet) if v and v.strip())
    return tuple(values)[:MAX_VALUES]


def params_from(data: QueryDict, *, page_size: int | None = None) -> SearchParams:
    """The search a query string asks for; `page_size` None reads it from `page_size`."""
    sort = data.get("sort") or "relevance"
    filters = {facet: _values(data, facet) for facet in FACETS}
    size = page_size or _number(data.get("page_size"), PAGE_SIZE, 1, MAX_PAGE_SIZE)
    return SearchParams(
        q=data.get("q") or "",
        filters={facet: values for facet, values in filters.items() if values},
        sort=cast(Sort, sort if sort in SORTS else "relevance"),
        page=_number(data.get("page"), 1, 1, MAX_PAGE),
        page_size=size,
    )
