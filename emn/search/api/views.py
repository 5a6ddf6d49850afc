"""`/api/v1/search/`: the search page's search, as JSON.

Visibility is applied by the engine inside its query, so a caller finds, counts and sees in
the facets only what `Model.objects.visible_to(caller)` would show them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from emn.api.language import LANG_PARAMETERS, LanguageMixin
from emn.api.schema import BAD_INPUT
from emn.api.viewsets import THROTTLES
from emn.search import engine
from emn.search.api.serializers import SearchResultsSerializer
from emn.search.params import MAX_PAGE, MAX_PAGE_SIZE, PAGE_SIZE, params_from
from emn.search.results import Results


def _facet(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name,
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        many=True,
        explode=True,
        description=description + " Repeat it for alternatives (OR); different facets all apply.",
    )


PARAMETERS = [
    OpenApiParameter(
        "q",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        description='Words to find, in any EU language; `"..."` for a phrase. Empty: '
        "everything you may see.",
    ),
    _facet("kind", "Type, e.g. `query`, `query.response`, `organisation`, `researcher`."),
    _facet("theme", "Theme code, e.g. `asylum`, `return`."),
    _facet("country", "Eurostat country code, e.g. `SI`, `EL`."),
    _facet("language", "ISO 639-1 language of the text, e.g. `sl`."),
    _facet("year", "Year of the item's date, e.g. `2025`."),
    _facet("dissemination", "`public` or `emn`."),
    OpenApiParameter(
        "sort",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        enum=["relevance", "newest", "oldest"],
        description="Default `relevance`.",
    ),
    OpenApiParameter(
        "page",
        OpenApiTypes.INT,
        OpenApiParameter.QUERY,
        description=f"From 1 (default) to {MAX_PAGE}; other values are read as the nearest.",
    ),
    OpenApiParameter(
        "page_size",
        OpenApiTypes.INT,
        OpenApiParameter.QUERY,
        description=f"Results per page, {PAGE_SIZE} by default, at most {MAX_PAGE_SIZE}.",
    ),
]


def as_data(found: Results) -> dict[str, Any]:
    return {
        "count": found.total,
        "page": found.params.page,
        "pages": found.pages,
        "results": [dataclasses.asdict(hit) for hit in found.hits],
        "facets": {
            facet: [dataclasses.asdict(value) for value in values]
            for facet, values in found.facets.items()
        },
        "translations": [{"term": t, "language": lang} for t, lang in found.translations],
        "notices": [str(notice) for notice in found.notices],
    }


class SearchView(LanguageMixin, APIView):
    """Search everything you may see: publications, ad-hoc queries and answers, the network."""

    throttle_classes = THROTTLES

    @extend_schema(
        summary="Search",
        description="Full-text search across the exchange, multilingual (inflected forms and, "
        "through the translation table, other languages' terms match), with facets. Results "
        "in your language (`lang`) rank first; restricted items are never found, counted or "
        "faceted for a caller who may not read them.",
        parameters=[*PARAMETERS, *LANG_PARAMETERS],
        responses={200: SearchResultsSerializer, 400: BAD_INPUT},
    )
    def get(self, request: Request) -> Response:
        params = params_from(request.query_params)
        found = engine.search(request.user, params, self.language)
        return Response(SearchResultsSerializer(as_data(found)).data)
