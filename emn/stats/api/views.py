"""API views of the statistics: datasets and their releases, read-only.

Every dataset comes from `Dataset.objects.visible_to(request.user)` and every release from
`Release.objects.visible_to(request.user)` of such a dataset, so an `emn` dataset answers
404 to the public exactly like a missing one, on its detail and on its releases.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from emn.api.language import LANG_PARAMETERS
from emn.api.schema import NOT_FOUND
from emn.api.viewsets import ReadOnlyViewSet
from emn.stats.api import serializers
from emn.stats.api.filters import DatasetFilter
from emn.stats.api.params import CODE
from emn.stats.api.scope import dataset_for
from emn.stats.models import Code, Dataset, Dimension, Release


@extend_schema_view(
    list=extend_schema(
        summary="List statistical datasets",
        description="Eurostat tables and national data collections, with their current release.",
        parameters=LANG_PARAMETERS,
    ),
    retrieve=extend_schema(
        summary="One statistical dataset",
        description="With the dimensions of its current release and every code they take, "
        "labelled in the language of the answer.",
        parameters=[CODE, *LANG_PARAMETERS],
        responses={200: serializers.DatasetDetailSerializer, 404: NOT_FOUND},
    ),
)
class DatasetViewSet(ReadOnlyViewSet):
    """Statistical datasets the caller may read."""

    serializer_class = serializers.DatasetSerializer
    filterset_class = DatasetFilter
    lookup_field = "code"

    def get_queryset(self) -> QuerySet[Dataset]:
        return (
            Dataset.objects.visible_to(self.request.user)
            .select_related("current_release")
            .prefetch_related("themes")
            .order_by("code")
        )

    def get_serializer_class(self) -> Any:
        if self.action == "retrieve":
            return serializers.DatasetDetailSerializer
        return serializers.DatasetSerializer


NUMBER = OpenApiParameter(
    "number", OpenApiTypes.INT, OpenApiParameter.PATH, description="Release number, from 1."
)


def _dimensions() -> Prefetch[Any]:
    codes = Prefetch("codes", queryset=Code.objects.order_by("code"))
    return Prefetch(
        "dimensions",
        queryset=Dimension.objects.order_by("position").prefetch_related(codes),
    )


@extend_schema_view(
    list=extend_schema(
        summary="Releases of a dataset",
        description="Every ingestion of the dataset, newest first: source, checksum, counts "
        "of observations and flags, and what it changed from the release before.",
        parameters=[CODE],
        responses={200: serializers.ReleaseSerializer(many=True), 404: NOT_FOUND},
    ),
    retrieve=extend_schema(
        summary="One release of a dataset",
        description="With the release's dimensions and codes.",
        parameters=[CODE, NUMBER, *LANG_PARAMETERS],
        responses={200: serializers.ReleaseDetailSerializer, 404: NOT_FOUND},
    ),
)
class ReleaseViewSet(ReadOnlyViewSet):
    """Releases of one dataset the caller may read."""

    serializer_class = serializers.ReleaseSerializer
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self) -> QuerySet[Release]:
        if getattr(self, "swagger_fake_view", False):  # the schema generator has no dataset
            return Release.objects.none()
        dataset = dataset_for(self.request, self.kwargs["code"])
        releases = Release.objects.visible_to(self.request.user).filter(dataset=dataset)
        if self.action == "retrieve":
            releases = releases.prefetch_related(_dimensions())
        return releases.order_by("-number")

    def get_serializer_class(self) -> Any:
        if self.action == "retrieve":
            return serializers.ReleaseDetailSerializer
        return serializers.ReleaseSerializer
