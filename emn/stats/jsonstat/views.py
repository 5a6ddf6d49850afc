"""The JSON-stat endpoint: a dataset's current release, sliced by Eurostat's parameters.

Rules: the dataset is found by code in any case among those the reader may see, so an `emn`
dataset answers exactly like a missing one to the public; the ETag and Last-Modified come from
the release (and the query), so a client revalidates with a 304; every refusal is a JSON error body
(Eurostat's shape), never a page or a stack trace.
"""

from __future__ import annotations

import hashlib

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from emn.stats.jsonstat.build import dataset_json
from emn.stats.jsonstat.errors import QueryError, not_found
from emn.stats.jsonstat.query import parse
from emn.stats.models import Dataset, Release


@require_safe
def data(request: HttpRequest, dataset: str) -> HttpResponse:
    """GET /statistics/1.0/data/<dataset>: JSON-stat 2.0, or a JSON error."""
    try:
        found = _dataset(request, dataset)
        release = found.current_release
        if release is None:
            raise _missing(dataset)
        query = parse(release, request.GET)
        etag = _etag(release, request)
        modified = int(release.created_at.timestamp())
        unchanged = get_conditional_response(request, etag=etag, last_modified=modified)
        if unchanged is not None:
            return unchanged
        body = dataset_json(found, release, query)
    except QueryError as error:
        return error.response()
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
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
