"""`GET /sdmx/2.1/schema/{context}/{agency}/{id}[/{version}]`: a flow's DSD-specific schema.

Rules (SDMX 2.1 REST, schema queries):
- contexts `dataflow` and `datastructure` (a flow's data structure has the flow's id, as at
  Eurostat); the other contexts of the standard (metadata structures, provision
  agreements) are not implemented here (501); anything else is a syntax error (400);
- the flow is looked up for the reader, so an unknown or invisible one is the same 404;
- `dimensionAtObservation` may only be TIME_PERIOD (the only layout our data has, 501
  otherwise); `explicitMeasure=true` is not implemented either;
- answers carry ETag/Last-Modified from the flow's data and revalidate to 304.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBase

from emn.stats.sdmx.caching import stamp, unchanged
from emn.stats.sdmx.errors import XML_TYPE, no_results, not_implemented, sdmx_view, syntax_error
from emn.stats.sdmx.flows import find_flow
from emn.stats.sdmx.schema_xsd import CONTEXTS, schema_text

OTHER_CONTEXTS = ("metadatastructure", "metadataflow", "provisionagreement")


def _param(request: HttpRequest, name: str) -> str:
    """The last value of query parameter `name` in any case, or ""."""
    found = [v for k, values in request.GET.lists() if k.lower() == name.lower() for v in values]
    return found[-1].strip() if found else ""


def _check_context(context: str) -> str:
    wanted = context.lower()
    if wanted in OTHER_CONTEXTS:
        raise not_implemented(f"Schemas for the context '{context}' are not implemented.")
    if wanted not in CONTEXTS:
        raise syntax_error(
            f"Unknown context '{context}': use one of {', '.join(CONTEXTS + OTHER_CONTEXTS)}."
        )
    return wanted


def _check_params(request: HttpRequest) -> None:
    at = _param(request, "dimensionAtObservation")
    if at and at.upper() != "TIME_PERIOD":
        raise not_implemented(
            f"dimensionAtObservation={at} is not implemented: data are given along TIME_PERIOD."
        )
    if _param(request, "explicitMeasure").lower() == "true":
        raise not_implemented("explicitMeasure=true is not implemented.")


@sdmx_view
def schema(
    request: HttpRequest,
    context: str,
    agency: str,
    resource_id: str,
    version: str | None = None,
) -> HttpResponseBase:
    """The XML schema of the flow's structure-specific data."""
    wanted = _check_context(context)
    _check_params(request)
    flow = find_flow(request.user, agency, resource_id, version)
    if flow is None:
        raise no_results(f"No {wanted} {agency}:{resource_id} ({version or 'latest'}) here.")
    etag, modified, not_modified = unchanged(request, [flow])
    if not_modified is not None:
        return not_modified
    response = HttpResponse(schema_text(flow, wanted), content_type=XML_TYPE)
    return stamp(response, etag, modified)
