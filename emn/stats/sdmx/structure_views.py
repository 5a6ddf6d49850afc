"""`GET /sdmx/2.1/{resource}[/{agency}[/{id}[/{version}]]]`: SDMX 2.1 structure queries.

Rules: the query is read by `structure_query` (400, 406, 501 before anything is looked up),
resolved by `structure_select` for the reader only (a flow the reader may not see, and its
codes, are absent as if they did not exist: 404 code 100 when nothing is left), then written
as an SDMX-ML 2.1 Structure message (`application/vnd.sdmx.structure+xml; version=2.1`, the
media type sdmx1 chooses its reader by) or, for a code list with `format=TSV`, as Eurostat's
TSV, or, for dataflows with `format=JSON`, as Eurostat's JSON-stat collection. Every 200 carries ETag and Last-Modified from the flows the answer is made of; a
revalidation with them answers 304 without writing the message. `compressed=true` gzips
the body as a download, the Content-Type unchanged (as Eurostat sends it).
"""

from __future__ import annotations

import gzip

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.urls import reverse
from django.utils import timezone

from emn.stats.sdmx import structure_json, structure_query, structure_tsv, structure_xml
from emn.stats.sdmx.caching import stamp, unchanged
from emn.stats.sdmx.errors import sdmx_view, semantic_error
from emn.stats.sdmx.structure_select import Artefact, involved_flows, select


@sdmx_view
def structure(
    request: HttpRequest,
    resource: str,
    agency: str | None = None,
    resource_id: str | None = None,
    version: str | None = None,
) -> HttpResponseBase:
    """The artefacts the query names, with their references (see the module)."""
    query = structure_query.parse(resource, agency, resource_id, version, request.GET)
    artefacts = select(query, request.user)
    if query.tsv:
        artefacts = [a for a in artefacts if a.kind == "codelist"]
    if query.json:
        artefacts = [a for a in artefacts if a.kind == "dataflow"]
    etag, modified, not_modified = unchanged(request, involved_flows(artefacts))
    if not_modified is not None:
        return not_modified
    if query.tsv:
        body, content_type, suffix = _tsv(artefacts, query.lang), structure_tsv.CONTENT_TYPE, "tsv"
    elif query.json:
        single = query.ids is not None and len(artefacts) == 1
        body = structure_json.dataflows(artefacts, query.lang, single)
        content_type, suffix = structure_json.CONTENT_TYPE, "json"
    else:
        body = structure_xml.message(artefacts, _base_url(request), timezone.now())
        content_type, suffix = structure_xml.CONTENT_TYPE, "xml"
    if query.compressed:
        body = gzip.compress(body)
    response = HttpResponse(body, content_type=content_type)
    if query.compressed:
        name = artefacts[0].id if len(artefacts) == 1 else query.resource
        response["Content-Disposition"] = f"attachment; filename={name}.{suffix}.gz"
    return stamp(response, etag, modified)


def _tsv(artefacts: list[Artefact], lang: str) -> bytes:
    """One code list as TSV; several would run together, so they are refused."""
    if len(artefacts) != 1:
        raise semantic_error(
            f"format=TSV writes one code list; this query names {len(artefacts)}: "
            "ask for codelist/{agency}/{id}."
        )
    return structure_tsv.codelist_tsv(artefacts[0].id, artefacts[0].flows, lang)


def _base_url(request: HttpRequest) -> str:
    """The service's absolute base URL (ending in '/'), for the stubs' structureURL."""
    path = reverse("sdmx:structure", kwargs={"resource": "dataflow"})
    return request.build_absolute_uri(path.removesuffix("dataflow"))
