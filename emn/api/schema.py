"""Pieces of the OpenAPI description shared by every app's API."""

from __future__ import annotations

from typing import Any

from drf_spectacular.contrib.django_filters import DjangoFilterExtension
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


class SharedFilterExtension(DjangoFilterExtension):
    """Describes the filters the pages share with the API in words for API clients.

    A shared filter's label and help text are written for a page's form; a filter set's
    `api_descriptions` say what the parameter means to an API client instead. The list of
    choices the generator appends to the description is kept.
    """

    priority = 1

    def resolve_filter_field(
        self,
        auto_schema: Any,
        model: Any,
        filterset_class: Any,
        field_name: str,
        filter_field: Any,
    ) -> list[dict[str, Any]]:
        parameters: list[dict[str, Any]] = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        described = getattr(filterset_class, "api_descriptions", {}).get(field_name)
        if described:
            for parameter in parameters:
                parameter["description"] = _with_choices(
                    described, parameter.get("description") or ""
                )
        return parameters


def _with_choices(description: str, generated: str) -> str:
    """`description`, followed by the list of choices `generated` ends with, if any."""
    if generated.startswith("* `"):
        return f"{description}\n\n{generated}"
    _head, separator, choices = generated.partition("\n\n* `")
    return description + separator + choices
