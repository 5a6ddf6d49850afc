"""The language an API answer is written in: `?lang=`, then `Accept-Language`, then the default.

An API client states its language explicitly, so here the query parameter and the header win
over the language cookie and the account preference that the HTML pages follow. A `lang`
outside the UI languages is an error naming the parameter, never a silent fallback: a client
that asked for Italian must not mistake English names for Italian ones.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

LANG_PARAMETERS = [
    OpenApiParameter(
        "lang",
        OpenApiTypes.STR,
        OpenApiParameter.QUERY,
        description="Language of names and labels, one of the UI languages (e.g. `fr`); "
        "wins over `Accept-Language`.",
    ),
    OpenApiParameter(
        "Accept-Language",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        description="Preferred languages, as browsers send them (e.g. `sl, en;q=0.8`).",
    ),
]


def supported_language(code: str) -> str | None:
    """The UI language matching `code` exactly or by its primary subtag (`fr-BE` -> `fr`)."""
    supported = {lang.lower() for lang, _name in settings.LANGUAGES}
    code = code.strip().lower().replace("_", "-")
    if code in supported:
        return code
    primary = code.split("-")[0]
    return primary if primary in supported else None


def negotiate(request: HttpRequest) -> tuple[str, str | None]:
    """Return the language to answer in and, when `?lang=` named an unknown one, that value."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    asked = request.GET.get("lang")
    if asked is not None:
        language = supported_language(asked)
        return (language, None) if language else (current, asked)
    for accepted, _quality in parse_accept_lang_header(
        request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    ):
        if accepted == "*":
            break
        language = supported_language(accepted)
        if language:
            return language, None
    return current, None


class LanguageMixin:
    """For API views: answer in the negotiated language and say which in `Content-Language`."""

    language: str = settings.LANGUAGE_CODE
    unknown_language: str | None = None

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        self.language, self.unknown_language = negotiate(request)
        with translation.override(self.language):
            return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        if self.unknown_language is not None:
            choices = ", ".join(code for code, _name in settings.LANGUAGES)
            raise ValidationError(
                {
                    "lang": [
                        _("Unknown language “%(code)s”; use one of: %(choices)s.")
                        % {"code": self.unknown_language, "choices": choices}
                    ]
                }
            )

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        response["Content-Language"] = self.language
        return response
