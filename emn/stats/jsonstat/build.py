"""A release's slice as a JSON-stat 2.0 dataset, ordered the way Eurostat orders it.

Rules: `id` is the release's dimensions in position order, then `time`; categories are the
codes that hold observations in the slice, in code order (time ascending); `value` and
`status` are sparse objects keyed by the row-major flat index over `size`; `status` only
holds flagged cells and `extension.status.label` says what each flag means.

Everything that can refuse a request (an empty slice, one too large) and everything that is
small (the categories, their labels, the flags) is decided here, before the first byte is
sent; `stream.py` then writes `value` and `status` from the slice's cursor (`slicing.py`),
so the answer's memory does not grow with the slice.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import prod
from typing import Any

from django.utils import translation
from django.utils.translation import gettext

from emn.stats.codelists.display import code_label
from emn.stats.codelists.flags import describe
from emn.stats.jsonstat.errors import QueryError, not_found
from emn.stats.jsonstat.query import Query
from emn.stats.jsonstat.slicing import Slice, open_slice
from emn.stats.models import Code, Dataset, Release
from emn.stats.reading import dimension_codes

# Streaming keeps memory flat, so the bound is only there to stop a runaway request (a whole
# multi-million-row table in a browser tab); beyond it, clients get a clear 413.
MAX_OBSERVATIONS = 50_000_000
# Flat indexes are computed as DuckDB BIGINTs: a cube with more cells cannot be indexed.
MAX_CELLS = 2**63


@dataclass
class Plan:
    """A checked JSON-stat answer before it is written: its open slice, its categories (in
    `id` order, each sorted) and flags, `head` (the members written before `value`) and
    `extension` (written after `status`). Whoever writes it closes the slice."""

    slice: Slice
    categories: list[list[str]]
    flags: list[str]
    head: dict[str, Any]
    extension: dict[str, Any]


def plan(dataset: Dataset, release: Release, query: Query) -> Plan:
    """The answer to `query` on `release`; QueryError 404 when nothing matches, 413 when the
    slice is larger than MAX_OBSERVATIONS."""
    selected = open_slice(release, query)
    try:
        return _planned(dataset, release, query, selected)
    except BaseException:
        selected.close()
        raise


def _planned(dataset: Dataset, release: Release, query: Query, selected: Slice) -> Plan:
    total, categories, flags = selected.survey()
    _check(total, categories)
    dims = dimension_codes(release)
    ids = [*dims, "time"]
    lang = query.lang
    agency = dataset.agency or "ESTAT"
    head = {
        "version": "2.0",
        "class": "dataset",
        "label": dataset.title(lang),
        "source": agency,
        "updated": release.created_at.isoformat(),
        "id": ids,
        "size": [len(codes) for codes in categories],
        "dimension": _dimensions(release, ids, categories, lang),
        "role": _roles(dims),
    }
    extension = {
        "datasetId": dataset.code,
        "lang": lang.upper(),
        "agencyId": agency,
        "status": {"label": {flag: describe(flag, lang) for flag in flags}},
    }
    return Plan(selected, categories, flags, head, extension)


def _check(total: int, categories: list[list[str]]) -> None:
    """413 for a slice too large to send, 404 for an empty one."""
    if prod(len(codes) for codes in categories) >= MAX_CELLS:
        raise QueryError(
            413, "TOO_LARGE", "The query's dimensions span too many cells. Filter by dimension."
        )
    if total > MAX_OBSERVATIONS:
        raise QueryError(
            413,
            "TOO_LARGE",
            f"The query selects {total:,} observations; JSON-stat answers hold at most "
            f"{MAX_OBSERVATIONS:,}. Filter by dimension or period, or use the bulk download.",
        )
    if not total:
        raise not_found("NO_DATA", "No data match the query.")


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
