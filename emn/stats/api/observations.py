"""`/stats/datasets/{code}/observations/`: slices of a release, as JSON pages or one CSV.

The release is chosen through `Release.objects.visible_to` (`scope.release_for`) before its
file is read; the slice is read by `emn.stats.reading`. JSON is paginated (`limit`, at most
`MAX_LIMIT`, and `offset`); CSV (`format=csv` or `Accept: text/csv`) streams every matching
row. `history/` gives the revisions of one value: which releases changed it, and from what.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.language import LanguageMixin
from emn.api.schema import BAD_INPUT, NOT_FOUND
from emn.api.viewsets import THROTTLES
from emn.stats import reading
from emn.stats.api import csv, params
from emn.stats.api.csv import JsonErrors
from emn.stats.api.paging import FORMAT, PAGE, OnePageSchema, Pagination
from emn.stats.api.scope import release_for
from emn.stats.api.serializers import HistorySerializer, ObservationPageSerializer
from emn.stats.models import Release


class _Rows:
    """The slice as the paginator sees it: counted, then read one page at a time."""

    def __init__(self, release: Release, wanted: params.Slice):
        self.release, self.wanted = release, wanted

    def count(self) -> int:
        return reading.count(self.release, self.wanted.filters, self.wanted.start, self.wanted.end)

    def __getitem__(self, page: slice) -> list[reading.Observation]:
        start = page.start or 0
        return reading.observations(
            self.release,
            self.wanted.filters,
            self.wanted.start,
            self.wanted.end,
            limit=(page.stop or start) - start,
            offset=start,
        )


PERIOD = OpenApiParameter(
    "period",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    required=True,
    description="The period of the value, e.g. `2020` or `2020-Q1`.",
)


def _observation(item: reading.Observation) -> dict[str, Any]:
    return {"key": item.key, "period": item.period, "value": item.value, "flag": item.flag}


class ObservationViewSet(JsonErrors, LanguageMixin, viewsets.ViewSet):
    """Observations of the current (or a named) release of a dataset the caller may read."""

    throttle_classes = THROTTLES
    schema = OnePageSchema()
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, csv.CSVRenderer]

    @extend_schema(
        operation_id="stats_datasets_observations_list",
        summary="Observations of a dataset",
        description="Filtered by dimension codes and periods, in series-key and period order.",
        parameters=[
            params.CODE,
            params.DIMENSIONS,
            params.START,
            params.END,
            params.RELEASE,
            *PAGE,
            FORMAT,
        ],
        responses={
            (200, "application/json"): ObservationPageSerializer,
            (200, "text/csv"): OpenApiTypes.STR,
            400: BAD_INPUT,
            404: NOT_FOUND,
        },
    )
    def list(self, request: Request, code: str, **kwargs: Any) -> Any:
        release = release_for(request, code)
        wanted = params.slice_of(request, release)
        if csv.wants_csv(request):
            return csv.observations(release, wanted)
        paginator = Pagination()
        rows: Any = _Rows(release, wanted)  # counted and sliced like a queryset
        page: list[reading.Observation] | None = paginator.paginate_queryset(
            rows, request, view=self
        )
        return Response(
            {
                "dataset": release.dataset.code,
                "release": release.number,
                "dimensions": reading.dimension_codes(release),
                "count": paginator.count,
                "next": paginator.get_next_link(),
                "previous": paginator.get_previous_link(),
                "results": [_observation(item) for item in page or []],
            }
        )

    @extend_schema(
        summary="Revisions of one value",
        description="Name one code for every dimension and a period. Gives the value in the "
        "release read and, oldest first, each release that added, changed or removed it.",
        parameters=[params.CODE, params.DIMENSIONS, PERIOD, params.RELEASE],
        responses={200: HistorySerializer, 400: BAD_INPUT, 404: NOT_FOUND},
    )
    @action(detail=False, methods=["get"], renderer_classes=[JSONRenderer, BrowsableAPIRenderer])
    def history(self, request: Request, code: str, **kwargs: Any) -> Response:
        release = release_for(request, code)
        key = params.full_key(request, release)
        period = params.period(request, "period")
        if period is None:
            raise ValidationError({"period": [_("The period of the value, e.g. 2020.")]})
        found = reading.observations(release, {d: [c] for d, c in key.items()}, period, period)
        history = {
            "dataset": release.dataset.code,
            "release": release.number,
            "key": key,
            "period": period,
            "value": found[0].value if found else None,
            "flag": found[0].flag if found else "",
            "found": bool(found),
            "revisions": reading.history(release, key, period),
        }
        return Response(HistorySerializer(history).data)
