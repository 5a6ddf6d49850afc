"""SDMX error messages: every refusal of the service, with its HTTP status, never a trace.

Rules (SDMX 2.1 REST, section on errors): the body is an SDMX-ML 2.1 `Error` message whose
`ErrorMessage` carries the SDMX code: 100 no results (HTTP 404), 140 syntax error (400),
150 semantic error (400, e.g. an inverted period range), 406 not acceptable, 413/510 a
response too large, 501 not implemented, 500 internal error. Anything unexpected inside a
view becomes a 500 SDMX error; the exception goes to the log, not to the client.
Every answer allows any origin to read it (`Access-Control-Allow-Origin: *`), as Eurostat's
does, so a web page elsewhere can chart our data: a browser never sends cookies with such a
request, so what another site reads is what the public sees.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from django.http import HttpRequest, HttpResponse, HttpResponseBase

log = logging.getLogger(__name__)

MESSAGE_NS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
COMMON_NS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
STRUCTURE_NS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure"
XML_TYPE = "application/xml; charset=utf-8"


class SdmxError(Exception):
    """A request the service answers with an SDMX error message."""

    def __init__(self, status: int, code: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.code = code
        self.text = text

    def response(self) -> HttpResponse:
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<mes:Error xmlns:mes="{MESSAGE_NS}" xmlns:com="{COMMON_NS}">'
            f'<mes:ErrorMessage code="{self.code}">'
            f'<com:Text xml:lang="en">{escape(self.text)}</com:Text>'
            "</mes:ErrorMessage></mes:Error>\n"
        )
        return HttpResponse(body, status=self.status, content_type=XML_TYPE)


def no_results(text: str) -> SdmxError:
    return SdmxError(404, 100, text)


def syntax_error(text: str) -> SdmxError:
    return SdmxError(400, 140, text)


def semantic_error(text: str) -> SdmxError:
    return SdmxError(400, 150, text)


def not_acceptable(text: str) -> SdmxError:
    return SdmxError(406, 406, text)


def too_large(text: str) -> SdmxError:
    return SdmxError(413, 413, text)


def not_implemented(text: str) -> SdmxError:
    return SdmxError(501, 501, text)


def sdmx_view(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    """Answer GET/HEAD only, and turn every failure into an SDMX error message."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        response = _answer(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    def _answer(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD"):
            response = SdmxError(405, 405, f"Method {request.method} is not allowed.").response()
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except SdmxError as error:
            return error.response()
        except Exception:
            log.exception("SDMX request %s failed", request.get_full_path())
            return SdmxError(500, 500, "Internal error; the request has been logged.").response()

    return wrapped
