"""`/stats/indicators/`: indicators the caller may read, and their values, as JSON or CSV.

Rules: indicators come from `Indicator.objects.visible_to(request.user)` (an `emn` one is a
404 to the public, like a missing one); values are computed by `indicators.compute` for the
caller, which reads only input datasets the caller may see (an input they may not see
leaves the indicator without values, and `missing` names its role). Values are filtered by
the dimensions the inputs are aligned on (`geo=DE,FR`) and by period, like observations.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import APIException
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.language import LANG_PARAMETERS
from emn.api.schema import BAD_INPUT, NOT_FOUND
from emn.api.viewsets import ReadOnlyViewSet
from emn.stats.api import csv, params
from emn.stats.api.indicator_serializers import IndicatorSerializer, ValuePageSerializer
from emn.stats.api.paging import FORMAT, PAGE, Pagination
from emn.stats.indicators.compute import Result, Value, compute, spec_of
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.spec import SpecError

KEY = OpenApiParameter(
    "key", OpenApiTypes.STR, OpenApiParameter.PATH, description="e.g. `return-rate`."
)
NOT_COMPUTABLE = OpenApiResponse(
    description="The indicator's definition does not fit its datasets as they are now."
)


class NotComputable(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The indicator cannot be computed from its datasets."
    default_code = "not_computable"


def _value(item: Value) -> dict[str, Any]:
    return {"key": item.key, "period": item.period, "value": item.value, "flag": item.flag}


def _page(indicator: Indicator, result: Result, paginator: Pagination, request: Request) -> Any:
    page = paginator.paginate_queryset(result.values, request) or []
    return {
        "indicator": indicator.key,
        "unit": indicator.unit,
        "decimals": indicator.decimals,
        "dimensions": list(result.spec.align),
        "inputs": [
            {"role": i.role, "dataset": i.dataset.code, "release": i.release.number}
            for i in result.inputs
        ],
        "missing": result.missing,
        "count": paginator.count,
        "next": paginator.get_next_link(),
        "previous": paginator.get_previous_link(),
        "results": [_value(item) for item in page],
    }


@extend_schema_view(
    list=extend_schema(summary="List indicators", parameters=LANG_PARAMETERS),
    retrieve=extend_schema(
        summary="One indicator",
        description="Its name and definition per language, its formula and the datasets it reads.",
        parameters=[KEY, *LANG_PARAMETERS],
        responses={200: IndicatorSerializer, 404: NOT_FOUND},
    ),
)
class IndicatorViewSet(csv.JsonErrors, ReadOnlyViewSet):
    """Indicators computed from the statistics, defined as data."""

    serializer_class = IndicatorSerializer
    lookup_field = "key"

    def get_queryset(self) -> QuerySet[Indicator]:
        return Indicator.objects.listed(self.request.user).prefetch_related("concepts")

    @extend_schema(
        summary="Values of an indicator",
        description="Computed from the current releases of its datasets, keyed on the "
        "dimensions they are aligned on, with flags carried over from the inputs.",
        parameters=[
            KEY,
            params.DIMENSIONS,
            params.START,
            params.END,
            *PAGE,
            FORMAT,
        ],
        responses={
            (200, "application/json"): ValuePageSerializer,
            (200, "text/csv"): OpenApiTypes.STR,
            400: BAD_INPUT,
            404: NOT_FOUND,
            409: NOT_COMPUTABLE,
        },
    )
    @action(
        detail=True,
        methods=["get"],
        renderer_classes=[JSONRenderer, BrowsableAPIRenderer, csv.CSVRenderer],
        pagination_class=None,
    )
    def values(self, request: Request, key: str, **kwargs: Any) -> Any:
        indicator = self.get_object()
        try:
            align = list(spec_of(indicator).align)
            within = params.dimension_filters(request, align)
            start = params.period(request, "startPeriod")
            end = params.period(request, "endPeriod", end=True)
            result = compute(indicator, request.user, within, start, end)
        except SpecError as error:
            raise NotComputable(_("The indicator cannot be computed: %s") % error) from error
        if csv.wants_csv(request):
            rows = [(*v.key.values(), v.period, csv.number(v.value), v.flag) for v in result.values]
            return csv.table(align, rows, f"{indicator.key}.csv")
        return Response(_page(indicator, result, Pagination(), request))
