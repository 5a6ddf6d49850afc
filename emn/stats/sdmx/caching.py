"""HTTP caching of SDMX answers: an ETag and Last-Modified from the data behind the answer.

Rule: the entity tag changes with the flow's data (its release, or an indicator's inputs and
definition) and with the request (path and parameters, in any order), so a client that
revalidates gets 304 until a new release is published.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from emn.stats.sdmx.flows import Flow


def request_key(request: HttpRequest) -> str:
    """The request's path and parameters in a stable order (names in lower case)."""
    query = sorted((k.lower(), v) for k, values in request.GET.lists() for v in values)
    accept = request.headers.get("Accept", "")
    return f"{request.path}:{query}:{accept}"


def unchanged(request: HttpRequest, flows: list[Flow]) -> tuple[str, int, HttpResponse | None]:
    """(etag, last-modified seconds, a 304 answer or None) for an answer built from `flows`."""
    seed = "|".join(f"{f.ref}:{f.seed}" for f in flows)
    etag = flows[0].etag(f"{seed}:{request_key(request)}") if flows else '"empty"'
    modified = int(max(f.updated for f in flows).timestamp()) if flows else 0
    return etag, modified, get_conditional_response(request, etag=etag, last_modified=modified)


def stamp(response: HttpResponseBase, etag: str, modified: int) -> HttpResponseBase:
    """Put the validators on an answer (streamed or not)."""
    response["ETag"] = etag
    if modified:
        response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = "no-cache"
    return response
