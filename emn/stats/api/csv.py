"""Observations and indicator values as CSV, streamed: every matching row, in constant memory.

Rules: one header row (the dimension codes, then `time_period`, `obs_value`, `obs_flag`, as
in SDMX-CSV), then one row per value in series-key and period order; a value that is not
available (`:`) is an empty cell; whole numbers are written without a decimal point. CSV is
chosen by `format=csv` or `Accept: text/csv`; errors are still JSON. A slice of observations
is written by DuckDB to a temporary file (unlinked at once, so nothing is left behind) and
streamed from it in blocks: millions of rows in seconds, in constant memory, and the
thread's shared DuckDB connection is free again before the first byte is sent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

from django.http import FileResponse, HttpResponse
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from emn.stats import duck, reading
from emn.stats.api.params import Slice
from emn.stats.formats.common import quote_ident
from emn.stats.models import Release

BLOCK = 256 * 1024
TAIL = ["time_period", "obs_value", "obs_flag"]


class CSVRenderer(BaseRenderer):
    """Chosen by `format=csv` or `Accept: text/csv`; the view streams the rows itself."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> Any:
        return JSONRenderer().render(data)


def wants_csv(request: Request | None) -> bool:
    return isinstance(getattr(request, "accepted_renderer", None), CSVRenderer)


class JsonErrors:
    """For views that can answer CSV: an error is JSON even when CSV was asked for."""

    def handle_exception(self, exc: Exception) -> Response:
        request: Any = getattr(self, "request", None)
        if wants_csv(request):
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        return super().handle_exception(exc)  # type: ignore[misc]


def number(value: float | None) -> str:
    """`12` for 12.0, `0.5` for 0.5, empty for a missing value."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


def table(dimensions: Sequence[str], rows: Iterable[Sequence[Any]], name: str) -> HttpResponse:
    """Rows already formatted (codes..., period, value, flag) as a download named `name`.

    For what was computed in memory anyway (indicator values); slices of observations,
    however large, go through `observations`.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")  # as DuckDB writes it
    writer.writerow([*dimensions, *TAIL])
    writer.writerows(rows)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _query(release: Release, wanted: Slice) -> tuple[str, list[Any]]:
    columns = ", ".join(quote_ident(d) for d in [*reading.dimension_codes(release), "time_period"])
    # The one place the filter is turned into SQL is `reading`; the API only streams it.
    where, params = reading.where(release, wanted.filters, wanted.start, wanted.end)
    sql = (
        f"SELECT {columns}, {duck.number_text('obs_value')} AS obs_value, nullif(obs_flag, '') AS obs_flag "
        f"FROM {reading.source(release)}{where} ORDER BY {columns}"
    )
    return sql, params


def _written(release: Release, wanted: Slice) -> BinaryIO:
    """The slice written as CSV by DuckDB, opened; the file is already unlinked."""
    sql, params = _query(release, wanted)
    with duck.written_csv(sql, params, "export") as path:
        return path.open("rb")


def observations(release: Release, wanted: Slice) -> Any:
    """The slice of a release as `<dataset>-<release>.csv`."""
    streamed = FileResponse(_written(release, wanted), content_type="text/csv; charset=utf-8")
    streamed.block_size = BLOCK
    name = f"{release.dataset.code}-{release.number}.csv"
    streamed["Content-Disposition"] = f'attachment; filename="{name}"'
    return streamed
