"""The table of a slice as Eurostat's data browser shows it: series as rows, periods across.

Dimensions with one code in the slice are stated once above the table ("fixed"); the
others label each row. Series are paginated (one query per page); a value shows with the
reader's separators and its flag as a footnote letter, a missing one as ':'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

from django.core.paginator import Page
from django.http import HttpRequest

from emn.network.views.common import paginate
from emn.stats import charts
from emn.stats.models import Release
from emn.stats.views.dataset_labels import Labels
from emn.stats.views.dataset_slice import Key, Selection, Value, page_values, series_count

SERIES_PER_PAGE = 50


@dataclass(frozen=True)
class Row:
    key: Key
    labels: list[str]
    cells: list[charts.Cell]


@dataclass(frozen=True)
class SliceTable:
    fixed: list[tuple[str, str]]  # (dimension label, code label)
    varying: list[str]  # dimension labels of the row headers
    periods: list[str]
    page: Page
    rows: list[Row]
    flags: dict[str, str]


class SeriesList(Sequence[tuple[Key, dict[str, Value]]]):
    """The slice's series for the paginator: counted once, read a page at a time."""

    def __init__(self, release: Release, selection: Selection) -> None:
        self.release, self.selection = release, selection
        self.total = series_count(release, selection)

    def __len__(self) -> int:
        return self.total

    @overload
    def __getitem__(self, index: int) -> tuple[Key, dict[str, Value]]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[Key, dict[str, Value]]]: ...
    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.total
        found = page_values(self.release, self.selection, max(0, stop - start), start)
        return list(found.items())


def varying_dimensions(
    dimensions: list[str], selection: Selection, labels: Labels
) -> tuple[list[str], list[str]]:
    """(varying, fixed) dimension codes: fixed when the slice allows exactly one code."""
    varying: list[str] = []
    fixed: list[str] = []
    for dim in dimensions:
        allowed = selection.filters.get(dim) or list(labels.codes.get(dim, {}))
        (fixed if len(allowed) == 1 else varying).append(dim)
    return varying, fixed


def series_name(key: Key, dimensions: list[str], varying: list[str], labels: Labels) -> str:
    """The labels of the varying codes of `key`, as a chart's series name."""
    codes = dict(zip(dimensions, key, strict=True))
    return ", ".join(labels.code(d, codes[d]) for d in varying)


def build_table(
    request: HttpRequest,
    release: Release,
    selection: Selection,
    dimensions: list[str],
    labels: Labels,
    periods: list[str],
    language: str,
) -> SliceTable:
    """One page of the slice's table, with the legend of the flags it shows."""
    varying, fixed = varying_dimensions(dimensions, selection, labels)
    page = paginate(request, SeriesList(release, selection), SERIES_PER_PAGE)
    rows = []
    for key, values in page.object_list:
        codes = dict(zip(dimensions, key, strict=True))
        cells = [_cell(values.get(p), language) for p in periods]
        rows.append(Row(key, [labels.code(d, codes[d]) for d in varying], cells))
    return SliceTable(
        fixed=[(labels.dimensions[d], _fixed_label(d, selection, labels)) for d in fixed],
        varying=[labels.dimensions[d] for d in varying],
        periods=periods,
        page=page,
        rows=rows,
        flags=charts.flags_of([c.flag for r in rows for c in r.cells if c.flag], language),
    )


def _fixed_label(dim: str, selection: Selection, labels: Labels) -> str:
    allowed = selection.filters.get(dim) or list(labels.codes.get(dim, {}))
    return labels.code(dim, allowed[0]) if allowed else ""


def _cell(value: Value | None, language: str) -> charts.Cell:
    if value is None:
        return charts.Cell(charts.NOT_AVAILABLE)
    return charts.cell(value[0], value[1], language)
