"""What the views of the queries API share: path parameters, error responses, CSV."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
)
from rest_framework.renderers import BaseRenderer

from emn.api.schema import BAD_INPUT, NOT_FOUND, NOT_LOGGED_IN, WRITE_ERRORS
from emn.queries.api import serializers

CODE = r"(?P<code>[A-Za-z]{2})"
COUNTRY = OpenApiParameter(
    "code", OpenApiTypes.STR, OpenApiParameter.PATH, description="Eurostat code, e.g. `SI`."
)
PUBLIC = OpenApiParameter(
    "public",
    OpenApiTypes.BOOL,
    OpenApiParameter.QUERY,
    description="The public version: only answers their country allowed to publish. "
    "Always the public version for readers outside the EMN.",
)
STALE = OpenApiResponse(
    serializers.StaleSaveSerializer,
    description="Someone saved after the version you sent; nothing was written. The body "
    "holds what is stored now.",
)
READ_ERRORS = {403: OpenApiResponse(description="Not for you."), 404: NOT_FOUND}
EXPORT_ID = OpenApiParameter("export_pk", OpenApiTypes.INT, OpenApiParameter.PATH)
EXPORT_ERRORS = {
    400: BAD_INPUT,
    401: NOT_LOGGED_IN,
    403: OpenApiResponse(description="The version asked for is not for you."),
    404: NOT_FOUND,
}
ACTION_ERRORS = {**WRITE_ERRORS, 404: NOT_FOUND}


class CsvRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> bytes:
        return str(data if isinstance(data, str) else data.get("detail", data)).encode()


def truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}
