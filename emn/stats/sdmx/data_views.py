"""`GET /sdmx/2.1/data/{flow}[/{key}[/{provider}]]`: observations of one dataflow.

Rules: the flow is looked up for the reader (`find_flow`), so a flow the reader may not see
answers exactly like a missing one (404, code 100); the key and parameters are read by
`data_query`, the format by `negotiate`; everything that can be refused is refused before
the first byte (400, 404 for an empty selection in every format, 406, 413, 501), then the
answer streams in constant memory with ETag and Last-Modified (304 when unchanged). HEAD
answers the same status and headers without running the query's body.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.utils import timezone

from emn.stats import answers
from emn.stats.sdmx import data_query, negotiate, write_csv, write_tsv, write_xml
from emn.stats.sdmx.caching import stamp, unchanged
from emn.stats.sdmx.errors import SdmxError, no_results, sdmx_view, syntax_error, too_large
from emn.stats.sdmx.flows import Flow, find_flow, languages, parse_flow_ref
from emn.stats.sdmx.params import compressed, param
from emn.stats.sdmx.selection import Selection

SERVICE = "sdmx"
# Above this, an answer is refused when counting it is free (a whole release).
MAX_OBSERVATIONS = 50_000_000


@sdmx_view
def data(
    request: HttpRequest, flow: str, key: str | None = None, provider: str | None = None
) -> HttpResponseBase:
    """The data of `flow` selected by `key`, in the format asked for (see the module)."""
    found = _flow(request, flow)
    chosen = negotiate.choose(request, found.id)
    gzip = compressed(request.GET)
    # The entity tag is the data's and the request's, so a kept answer (or a 304) is only
    # ever found for a request that was checked when it was first answered.
    etag, modified, not_modified = unchanged(request, [found])
    if not_modified is not None:
        return not_modified
    selection: Selection | None = None
    kept = answers.cached(SERVICE, etag)
    if kept is not None:
        body: Iterator[bytes] = answers.blocks(kept)
    else:
        selection = data_query.parse(found, key, provider, request.GET, request.user)
        lang = _labels_language(request) if chosen is negotiate.SDMX_CSV else None
        _check_size(selection)
        body = _body(selection, chosen, gzip, lang, etag)
    response: HttpResponseBase
    if request.method == "HEAD":
        body.close()  # type: ignore[attr-defined]  # a generator: releases file and cursor
        if selection is not None:
            selection.close()
        response = HttpResponse(content_type=chosen.content_type)
    else:
        response = StreamingHttpResponse(body, content_type=chosen.content_type)
    if gzip:
        response["Content-Disposition"] = f"attachment; filename={found.id}.{chosen.suffix}.gz"
    return stamp(response, etag, modified)


def _flow(request: HttpRequest, text: str) -> Flow:
    try:
        agency, flow_id, version = parse_flow_ref(text)
    except ValueError:
        raise syntax_error(
            f"'{text}' is not a dataflow reference such as ID, AGENCY,ID or AGENCY,ID,VERSION."
        ) from None
    found = find_flow(request.user, agency, flow_id, version)
    if found is None:
        raise no_results(f"Dataflow {text} not found.")
    return found


def _labels_language(request: HttpRequest) -> str | None:
    """The language of SDMX-CSV labels for `labels=both`, None for codes only."""
    labels = (param(request.GET, "labels") or "id").lower()
    if labels not in ("id", "both"):
        raise syntax_error(f"labels: '{labels}' is not one of id, both.")
    if labels == "id":
        return None
    lang = (param(request.GET, "lang") or "en").lower()
    return lang if lang in languages() else "en"


def _check_size(selection: Selection) -> None:
    """413 for a whole release above MAX_OBSERVATIONS (the only count that costs nothing)."""
    release = selection.flow.release
    narrowed = (
        selection.filters
        or selection.start
        or selection.end
        or selection.updated_after
        or selection.first_n
        or selection.last_n
        or selection.keys_only
    )
    if release is None or narrowed or release.observations <= MAX_OBSERVATIONS:
        return
    raise too_large(
        f"The query selects {release.observations:,} observations, more than the "
        f"{MAX_OBSERVATIONS:,} answered at once: narrow it with a key (e.g. A..DE+FR), "
        "startPeriod/endPeriod or lastNObservations."
    )


def _nothing(selection: Selection) -> SdmxError:
    """The 404 of an empty selection, saying why when it is `updatedAfter`."""
    flow, after = selection.flow, selection.updated_after
    if after is not None and flow.updated <= after:
        return no_results(
            f"No data of {flow.ref} changed after {after.isoformat()}: it was last updated "
            f"at {flow.updated.isoformat(timespec='seconds')}."
        )
    return no_results(f"No data of {flow.ref} match the query.")


def _body(
    selection: Selection, chosen: negotiate.Format, gzip: bool, lang: str | None, etag: str
) -> Iterator[bytes]:
    """The answer's bytes, kept for the next identical request once whole. An empty
    selection is refused here, before the first byte: SDMX-CSV is written whole first, the
    other formats hold the query's first batch (`Selection.prime`) and write as they stream."""
    if chosen is negotiate.SDMX_CSV:
        opened = write_csv.written(
            selection, lang, gzip, keep=lambda path: answers.keep_file(SERVICE, etag, path)
        )
        if opened is None:
            raise _nothing(selection)
        return answers.blocks(opened)
    if not selection.prime():
        raise _nothing(selection)
    if chosen is negotiate.TSV:
        chunks = write_tsv.tsv(selection)
    else:
        chunks = write_xml.structure_specific(selection, timezone.now())
    return answers.keep(SERVICE, etag, write_tsv.gzipped(chunks) if gzip else chunks)
