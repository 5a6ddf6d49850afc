"""The search page: one box over everything the reader may see, with facets and pages.

The engine applies the reader's visibility inside its query, before ranking and counting,
so this view only reads the query string, asks, and shows; any input gives a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from emn.accounts.roles import is_emn_member
from emn.search import engine
from emn.search.params import FACET_LABELS, SORTS, params_from
from emn.search.results import FACETS, FacetValue, Results


@dataclass(frozen=True)
class FacetLink:
    """One value of a facet as a link that selects or unselects it."""

    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class FacetGroup:
    name: str
    label: Any
    links: list[FacetLink]


def language_name(code: str) -> str:
    """A language's name in the reader's language; the code itself if Django does not know it."""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code


def _toggled(data: QueryDict, facet: str, value: str) -> str:
    """The query string with `value` of `facet` switched, back on the first page."""
    changed = data.copy()
    values = [v for v in changed.getlist(facet) if v]
    changed.setlist(
        facet, [v for v in values if v != value] if value in values else [*values, value]
    )
    changed.pop("page", None)
    return "?" + changed.urlencode()


def facet_groups(data: QueryDict, results: Results, member: bool) -> list[FacetGroup]:
    groups = []
    for facet in FACETS:
        if facet == "dissemination" and not member:
            continue  # Outside the network everything found is public: nothing to choose.
        values: list[FacetValue] = results.facets.get(facet, [])
        links = [
            FacetLink(v.value, v.label, v.count, v.selected, _toggled(data, facet, v.value))
            for v in values
        ]
        if links:
            groups.append(FacetGroup(facet, FACET_LABELS[facet], links))
    return groups


def page_numbers(current: int, pages: int) -> list[int | None]:
    """1 … 4 5 [6] 7 8 … 20: the first, the last and two either side; None is a gap."""
    shown = sorted({1, pages, *range(max(1, current - 2), min(pages, current + 2) + 1)})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def _page_url(data: QueryDict, page: int) -> str:
    changed = data.copy()
    changed["page"] = str(page)
    return "?" + changed.urlencode()


@require_GET
def results(request: HttpRequest) -> HttpResponse:
    """Search: `q`, facet values (several of one facet are alternatives), `sort`, `page`."""
    params = params_from(request.GET, page_size=20)
    language = translation.get_language() or "en"
    found = engine.search(request.user, params, language)
    member = is_emn_member(request.user)
    pages = found.pages
    context = {
        "params": params,
        "results": found,
        "searched": bool(params.q.strip() or params.filters),
        "groups": facet_groups(request.GET, found, member),
        "sorts": SORTS,
        "language": language,
        "translations": [(term, language_name(code)) for term, code in found.translations],
        "page_links": [
            (number, _page_url(request.GET, number) if number else "")
            for number in page_numbers(min(params.page, pages), pages)
        ],
        "previous_url": _page_url(request.GET, params.page - 1) if params.page > 1 else "",
        "next_url": _page_url(request.GET, params.page + 1) if params.page < pages else "",
        "last_url": _page_url(request.GET, pages),
        "first_number": (params.page - 1) * params.page_size + 1,
        "beyond_last": params.page > pages and found.total > 0,
        "clear_url": "?" + _q_only(params.q),
        "hits": [(hit, [language_name(code) for code in hit.languages]) for hit in found.hits],
    }
    return render(request, "search/results.html", context)


def _q_only(q: str) -> str:
    data = QueryDict(mutable=True)
    if q:
        data["q"] = q
    return data.urlencode()
