"""Pages of observations and indicator values: one object per answer, with the slice's context.

Rule: a JSON page holds at most `MAX_LIMIT` values (default 1000); `format=csv` has no pages
and streams every matching value instead.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.pagination import LimitOffsetPagination

MAX_LIMIT = 10_000


class OnePageSchema(AutoSchema):
    """The JSON answer is one object (a page with the slice's context), never a bare list."""

    def _is_list_view(self, serializer: Any = None) -> bool:
        return False


class Pagination(LimitOffsetPagination):
    default_limit = 1000
    max_limit = MAX_LIMIT


FORMAT = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["json", "csv"],
    description="`json` (default): one page of values; `csv`: every matching value in one "
    "streamed `text/csv` file with a header row (also chosen by `Accept: text/csv`).",
)
PAGE = [
    OpenApiParameter(
        "limit",
        OpenApiTypes.INT,
        OpenApiParameter.QUERY,
        description=f"Values per page (JSON), default 1000, at most {MAX_LIMIT}.",
    ),
    OpenApiParameter(
        "offset", OpenApiTypes.INT, OpenApiParameter.QUERY, description="Values skipped."
    ),
]
