"""Pieces of the OpenAPI description shared by every app's API."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse

BAD_INPUT = OpenApiResponse(
    description="The input is invalid; the body maps each field name (or `non_field_errors`) "
    "to its messages."
)
NOT_LOGGED_IN = OpenApiResponse(description="No valid token or session.")
FORBIDDEN = OpenApiResponse(description="Your roles do not allow this change.")
NOT_FOUND = OpenApiResponse(
    description="No such object, or none you may see: both answer the same way."
)

WRITE_ERRORS = {400: BAD_INPUT, 401: NOT_LOGGED_IN, 403: FORBIDDEN}
