"""A release's slice as a JSON-stat 2.0 dataset, ordered the way Eurostat orders it.

Rules: `id` is the release's dimensions in position order, then `time`; categories are the
codes that hold observations in the slice, in code order (time ascending); `value` and
`status` are sparse objects keyed by the row-major flat index over `size`; `status` only
holds flagged cells and `extension.status.label` says what each flag means.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from django.utils.translation import gettext

from emn.stats import duck
from emn.stats.codelists.display import code_label
from emn.stats.codelists.flags import describe
from emn.stats.formats.common import quote_ident
from emn.stats.jsonstat.errors import QueryError, not_found
from emn.stats.jsonstat.query import Query
from emn.stats.models import Code, Dataset, Release
from emn.stats.reading import dimension_codes, source, where

Row = tuple[Any, ...]


def dataset_json(dataset: Dataset, release: Release, query: Query) -> dict[str, Any]:
    """The JSON-stat 2.0 dataset of `query` on `release`; 404 QueryError when nothing matches."""
    dims = dimension_codes(release)
    rows = _rows(release, dims, query)
    if not rows:
        raise not_found("NO_DATA", "No data match the query.")
    ids = [*dims, "time"]
    categories = [sorted({row[i] for row in rows}) for i in range(len(ids))]
    positions = [{code: i for i, code in enumerate(codes)} for codes in categories]
    sizes = [len(codes) for codes in categories]
    values, status = _cells(rows, positions, sizes)
    lang = query.lang
    return {
        "version": "2.0",
        "class": "dataset",
        "label": dataset.title(lang),
        "source": dataset.agency or "ESTAT",
        "updated": release.created_at.isoformat(),
        "id": ids,
        "size": sizes,
        "dimension": _dimensions(release, ids, categories, lang),
        "role": _roles(dims),
        "value": values,
        "status": status,
        "extension": {
            "datasetId": dataset.code,
            "lang": lang.upper(),
            "agencyId": dataset.agency or "ESTAT",
            "status": {
                "label": {flag: describe(flag, lang) for flag in sorted(set(status.values()))}
            },
        },
    }


# A JSON-stat answer is one document built in memory; beyond this, clients get a clear 413.
MAX_OBSERVATIONS = 1_000_000


def _rows(release: Release, dims: list[str], query: Query) -> list[Row]:
    """(dimension codes..., period, value, flag) of the slice, periods limited as asked."""
    clause, params = where(release, query.filters, query.since, query.until)
    if query.times:
        clause += (" AND " if clause else " WHERE ") + (
            f"time_period IN ({', '.join('?' for _ in query.times)})"
        )
        params = [*params, *query.times]
    if query.last is not None:
        kept = duck.fetch(
            f"SELECT DISTINCT time_period FROM {source(release)}{clause} "
            f"ORDER BY time_period DESC LIMIT {int(query.last)}",
            params,
        )
        if not kept:
            return []
        periods = [row[0] for row in kept]
        clause += (" AND " if clause else " WHERE ") + (
            f"time_period IN ({', '.join('?' for _ in periods)})"
        )
        params = [*params, *periods]
    counted = duck.fetch(f"SELECT count(*) FROM {source(release)}{clause}", params)
    if counted and counted[0][0] > MAX_OBSERVATIONS:
        raise QueryError(
            413,
            "TOO_LARGE",
            f"The query selects {counted[0][0]:,} observations; JSON-stat answers hold at most "
            f"{MAX_OBSERVATIONS:,}. Filter by dimension or period, or use the bulk download.",
        )
    columns = ", ".join(quote_ident(d) for d in [*dims, "time_period"])
    return duck.fetch(
        f"SELECT {columns}, obs_value, obs_flag FROM {source(release)}{clause}", params
    )


def _cells(
    rows: list[Row], positions: list[dict[str, int]], sizes: list[int]
) -> tuple[dict[str, float], dict[str, str]]:
    """Sparse value and status objects keyed by the row-major flat index, in index order."""
    width = len(sizes)
    cells: list[tuple[int, float | None, str]] = []
    for row in rows:
        index = 0
        for i in range(width):
            index = index * sizes[i] + positions[i][row[i]]
        cells.append((index, row[width], row[width + 1] or ""))
    cells.sort(key=lambda cell: cell[0])
    values = {str(index): value for index, value, _flag in cells if value is not None}
    status = {str(index): flag for index, _value, flag in cells if flag}
    return values, status


def _dimensions(
    release: Release, ids: list[str], categories: list[list[str]], lang: str
) -> dict[str, Any]:
    """Each dimension's label and categories (index and label) in the language."""
    dimensions = {d.code: d for d in release.dimensions.all()}
    stored: dict[tuple[str, str], dict[str, str]] = {
        (dim, code): labels or {}
        for dim, code, labels in Code.objects.filter(dimension__release=release).values_list(
            "dimension__code", "code", "labels"
        )
    }
    out: dict[str, Any] = {}
    for dim, codes in zip(ids, categories, strict=True):
        if dim == "time":
            with translation.override(lang):
                label = gettext("Time")
            names = {code: code for code in codes}
        else:
            label = dimensions[dim].label(lang)
            names = {code: code_label(dim, code, lang, stored.get((dim, code))) for code in codes}
        out[dim] = {
            "label": label,
            "category": {"index": {code: i for i, code in enumerate(codes)}, "label": names},
        }
    return out


def _roles(dims: list[str]) -> dict[str, list[str]]:
    """JSON-stat roles as Eurostat gives them: time, and geo when the dataset has it."""
    roles = {"time": ["time"]}
    if "geo" in dims:
        roles["geo"] = ["geo"]
    return roles
