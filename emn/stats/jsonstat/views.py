"""The JSON-stat endpoint: a dataset's current release, sliced by Eurostat's parameters.

Rules: the dataset is found by code in any case among those the reader may see, so an `emn`
dataset answers exactly like a missing one to the public; the ETag and Last-Modified come from
the release (and the query), so a client revalidates with a 304; every refusal is a JSON error body
(Eurostat's shape), never a page or a stack trace, and is decided before the answer starts:
once the first byte is sent, the document is streamed to its end (see `stream.py`); a whole
answer is kept and served again as a file until the release changes (`emn.stats.answers`).
"""

from __future__ import annotations

import hashlib

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from emn.stats import answers
from emn.stats.jsonstat.build import plan
from emn.stats.jsonstat.errors import QueryError, not_found
from emn.stats.jsonstat.query import parse
from emn.stats.jsonstat.stream import JsonStream, document
from emn.stats.models import Dataset, Release

SERVICE = "jsonstat"


@require_safe
def data(request: HttpRequest, dataset: str) -> HttpResponseBase:
    """GET /statistics/1.0/data/<dataset>: JSON-stat 2.0 (streamed), or a JSON error."""
    try:
        found = _dataset(request, dataset)
        release = found.current_release
        if release is None:
            raise _missing(dataset)
        # The entity tag is the release's and the request's, so a kept answer (or a 304) is
        # only ever found for a request that was checked when it was first answered.
        etag = _etag(release, request)
        modified = int(release.created_at.timestamp())
        unchanged = get_conditional_response(request, etag=etag, last_modified=modified)
        if unchanged is not None:
            return unchanged
        kept = answers.cached(SERVICE, etag)
        planned = plan(found, release, parse(release, request.GET)) if kept is None else None
    except QueryError as error:
        return error.response()
    response: HttpResponseBase
    if request.method == "HEAD":  # the same checks and headers, no document written
        if kept is not None:
            kept.close()
        if planned is not None:
            planned.slice.close()
        response = HttpResponse(content_type="application/json")
    elif kept is not None:
        response = JsonStream(answers.blocks(kept))
    else:
        assert planned is not None
        chunks = answers.keep(SERVICE, etag, document(planned))
        response = JsonStream(chunks, closing=planned.slice.close)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    return response


def _etag(release: Release, request: HttpRequest) -> str:
    """Changes with the release and with the query (parameters in any order)."""
    query = sorted((k.lower(), v) for k, values in request.GET.lists() for v in values)
    digest = hashlib.sha256(f"{release.pk}:{release.checksum}:{query}".encode()).hexdigest()
    return f'"{digest[:32]}"'


def _dataset(request: HttpRequest, code: str) -> Dataset:
    found = (
        Dataset.objects.visible_to(request.user)
        .select_related("current_release")
        .filter(code__iexact=code)
        .first()
    )
    if found is None:
        raise _missing(code)
    return found


def _missing(code: str) -> QueryError:
    return not_found("UNKNOWN_DATASET", f"Dataset '{code}' does not exist.")
