"""API views of the glossary: concepts of an edition (or the working copy) and the editions.

The set read is chosen as on the pages (`reading.select`): the latest edition by default for
everyone outside the working group, `?edition=N` for an older one, `?edition=working` for
the working group. A concept outside the chosen set answers 404 like a missing one.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.pagination import LimitOffsetPagination
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.schema import NOT_FOUND
from emn.api.viewsets import THROTTLES
from emn.glossary.api.serializers import ConceptSerializer, EditionSerializer
from emn.glossary.models import Edition, Relation
from emn.glossary.reading import Selection, select
from emn.glossary.records import load_versions, sort_key
from emn.glossary.services import default_scheme

EDITION = OpenApiParameter(
    "edition", OpenApiTypes.STR, description="An edition number, or `working` (working group)."
)
FILTERS = [
    EDITION,
    OpenApiParameter("q", OpenApiTypes.STR, description="Terms starting with this, any language."),
    OpenApiParameter(
        "language", OpenApiTypes.STR, description="Only terms in this language for `q`."
    ),
    OpenApiParameter("theme", OpenApiTypes.STR, description="A theme code, e.g. `return`."),
    OpenApiParameter(
        "status", OpenApiTypes.STR, description="draft, proposed, approved, deprecated."
    ),
]


def _selection(request: Request) -> Selection:
    return select(request.user, default_scheme(), request.query_params.get("edition"))


def _narrower(versions: Any, uris: list[str]) -> dict[str, list[str]]:
    """Narrower concepts of `uris` in the same set: the inverse of their broader links."""
    rows = Relation.objects.filter(
        kind="broader",
        target__uri__in=uris,
        version__in=versions.values("pk"),
    ).values_list("target__uri", "version__concept__uri")
    out: dict[str, list[str]] = {}
    for target, source in rows:
        out.setdefault(target, []).append(source)
    return out


class ConceptViewSet(viewsets.ViewSet):
    """Concepts of the EMN glossary with every language, definition, note and relation."""

    throttle_classes = THROTTLES
    lookup_field = "key"

    def _versions(self, request: Request) -> tuple[Selection, Any]:
        selection = _selection(request)
        versions = selection.versions(request.user).order_by("concept__key")
        params = request.query_params
        if params.get("q"):
            match = Q(labels__sort_key__startswith=sort_key(params["q"]))
            if params.get("language"):
                match &= Q(labels__language=params["language"])
            versions = versions.filter(match).distinct()
        if params.get("theme"):
            versions = versions.filter(themes__code=params["theme"])
        if params.get("status"):
            versions = versions.filter(status=params["status"])
        return selection, versions

    @extend_schema(
        summary="List glossary concepts", parameters=FILTERS, responses=ConceptSerializer(many=True)
    )
    def list(self, request: Request) -> Response:
        selection, versions = self._versions(request)
        paginator = LimitOffsetPagination()
        page: list[int] | None = paginator.paginate_queryset(
            versions.values_list("pk", flat=True), request, view=self
        )
        records = load_versions(versions.model.objects.filter(pk__in=list(page or [])))
        context = {
            "narrower": _narrower(selection.versions(request.user), [r.uri for r in records])
        }
        return paginator.get_paginated_response(
            ConceptSerializer(records, many=True, context=context).data
        )

    @extend_schema(
        summary="One glossary concept",
        parameters=[EDITION, OpenApiParameter("key", OpenApiTypes.STR, OpenApiParameter.PATH)],
        responses={200: ConceptSerializer, 404: NOT_FOUND},
    )
    def retrieve(self, request: Request, key: str | None = None) -> Response:
        selection, versions = self._versions(request)
        found = load_versions(versions.filter(concept__key=key))
        if not found:
            raise Http404("No such concept.")
        context = {"narrower": _narrower(selection.versions(request.user), [found[0].uri])}
        return Response(ConceptSerializer(found[0], context=context).data)


class EditionViewSet(viewsets.ViewSet):
    """Published editions of the EMN glossary, newest first."""

    throttle_classes = THROTTLES

    @extend_schema(summary="List glossary editions", responses=EditionSerializer(many=True))
    def list(self, request: Request) -> Response:
        editions = (
            Edition.objects.filter(scheme=default_scheme())
            .annotate(concepts=Count("versions"))
            .order_by("-number")
        )
        data = [
            {
                "number": e.number,
                "published_on": e.published_on,
                "notes": e.notes,
                "concepts": e.concepts,
            }
            for e in editions
        ]
        return Response(EditionSerializer(data, many=True).data)
