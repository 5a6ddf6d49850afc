"""Chart specs for the browser, and the table that stands next to each chart.

Interface, for every page that draws statistics (datasets, indicators, country profiles):

    chart = charts.line_chart("line", title, unit, series, language, filename)
    chart = charts.bar_chart("bar", title, unit, series, language, filename)
    chart = charts.map_chart("map", title, unit, areas, language, filename)

`series` is a list of `Series(name, [Point(x, y, flag)])` (for a bar chart: one series whose
points' `x` are the bars' labels), `areas` a list of `Area(code, name, value, flag)` with
Eurostat geo codes (EL, UK ...: mapped to the map's ISO shapes here). The page renders it with
`{% include "stats/_chart.html" with chart=chart %}` and loads the scripts once in its head
with `{% include "stats/_chart_assets.html" %}`.

`chart.spec` is the JSON the browser reads (static/stats/charts.js):
`{"kind": "line"|"bar"|"map", "title", "unit", "series": [{"name", "points": [{"x", "y",
"flag"}]}], "categories": [x ...]}` for line and bar, `"areas": [{"code", "name", "value",
"flag", "shape"}], "classes": [{"min", "max", "label"}]` for the map, and for all
`"flags": {letter: meaning}`, `"filename"` (of downloads, without extension) and `"text"`
(the few words the script writes, translated here). `chart.table` is the same data as rows
of formatted cells, for the `<details>` table under the chart. A missing value is `None` and
shows as ':' (Eurostat's sign for "not available"), never as zero.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from babel.numbers import format_decimal
from django.utils.translation import gettext as _

from emn.network.europe_map import geometry
from emn.stats.codelists import flags as flag_meanings
from emn.stats.codelists.countries import iso_code

NOT_AVAILABLE = ":"
EN_DASH = "\u2013"
CLASSES = 5


@dataclass(frozen=True)
class Point:
    x: str
    y: float | None
    flag: str = ""


@dataclass(frozen=True)
class Series:
    name: str
    points: list[Point]


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    value: float | None
    flag: str = ""


@dataclass(frozen=True)
class Cell:
    text: str
    flag: str = ""
    meaning: str = ""  # of the flag, for the footnote letter's title


@dataclass(frozen=True)
class ChartTable:
    """Rows of a chart's data: `headers` over the columns, each row a header and its cells."""

    corner: str
    headers: list[str]
    rows: list[tuple[str, list[Cell]]]


@dataclass
class Chart:
    id: str
    spec: dict[str, Any]
    table: ChartTable
    flags: dict[str, str] = field(default_factory=dict)

    @property
    def data_id(self) -> str:
        return f"{self.id}-data"

    @property
    def empty(self) -> bool:
        return not self.table.rows


def format_number(value: float | None, language: str) -> str:
    """A value with the reader's thousands separator and decimal sign; ':' when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NOT_AVAILABLE
    try:
        return format_decimal(value, format="#,##0.###", locale=language.replace("-", "_"))
    except ValueError:
        return format_decimal(value, format="#,##0.###", locale="en")


def flags_of(flags: Sequence[str], language: str) -> dict[str, str]:
    """Letter -> meaning for every letter of `flags`, in alphabetical order."""
    letters = sorted({letter for flag in flags for letter in flag.strip().lower()})
    return {letter: flag_meanings.describe(letter, language) for letter in letters}


def _texts(unit: str) -> dict[str, str]:
    return {
        "noData": _("No data"),
        "notAvailable": _("not available"),
        "unit": unit,
        "tableBelow": _("The data are in the table under the chart."),
    }


def _categories(series: Sequence[Series]) -> list[str]:
    seen: dict[str, None] = {}
    for item in series:
        for point in item.points:
            seen.setdefault(point.x, None)
    return list(seen)


def _series_spec(
    kind: str, title: str, unit: str, series: Sequence[Series], language: str
) -> tuple[dict[str, Any], dict[str, str]]:
    letters = flags_of([p.flag for s in series for p in s.points if p.flag], language)
    spec = {
        "kind": kind,
        "title": title,
        "unit": unit,
        "series": [
            {"name": s.name, "points": [{"x": p.x, "y": p.y, "flag": p.flag} for p in s.points]}
            for s in series
        ],
        "categories": _categories(series),
        "flags": letters,
        "text": _texts(unit),
    }
    return spec, letters


def line_chart(
    chart_id: str,
    title: str,
    unit: str,
    series: Sequence[Series],
    language: str,
    filename: str,
) -> Chart:
    """Series over time: one line per series, periods across; the table has a row per series."""
    spec, letters = _series_spec("line", title, unit, series, language)
    spec["filename"] = filename
    columns = spec["categories"]
    rows = []
    for item in series:
        by_x = {p.x: p for p in item.points}
        rows.append((item.name, [_cell(by_x.get(x), language) for x in columns]))
    return Chart(chart_id, spec, ChartTable(_("Series"), columns, rows), letters)


def bar_chart(
    chart_id: str,
    title: str,
    unit: str,
    series: Sequence[Series],
    language: str,
    filename: str,
    category_label: str = "",
) -> Chart:
    """Bars compared: one bar per point of the (first) series; the table a row per bar."""
    spec, letters = _series_spec("bar", title, unit, series, language)
    spec["filename"] = filename
    headers = [s.name for s in series]
    rows = []
    for x in spec["categories"]:
        cells = [_cell(next((p for p in s.points if p.x == x), None), language) for s in series]
        rows.append((x, cells))
    return Chart(chart_id, spec, ChartTable(category_label, headers, rows), letters)


def map_chart(
    chart_id: str,
    title: str,
    unit: str,
    areas: Sequence[Area],
    language: str,
    filename: str,
) -> Chart:
    """Countries coloured by value in classes; areas with no shape on the map are left out."""
    shapes = geometry()["paths"]
    drawn = [(area, iso_code(area.code)) for area in areas]
    drawn = [(area, shape) for area, shape in drawn if shape in shapes]
    letters = flags_of([area.flag for area, _shape in drawn if area.flag], language)
    values = [area.value for area, _shape in drawn if area.value is not None]
    spec = {
        "kind": "map",
        "title": title,
        "unit": unit,
        "areas": [
            {
                "code": area.code,
                "name": area.name,
                "value": area.value,
                "flag": area.flag,
                "shape": shape,
            }
            for area, shape in drawn
        ],
        "classes": classes(values, language),
        "flags": letters,
        "filename": filename,
        "text": _texts(unit),
    }
    rows = [
        (area.name, [_cell(Point(area.code, area.value, area.flag), language)]) for area, _ in drawn
    ]
    table = ChartTable(_("Country"), [unit or _("Value")], rows)
    return Chart(chart_id, spec, table, letters)


def _cell(point: Point | None, language: str) -> Cell:
    if point is None:
        return Cell(NOT_AVAILABLE)
    return cell(point.y, point.flag, language)


def cell(value: float | None, flag: str, language: str) -> Cell:
    """A table cell: the formatted value, its flag and the flag's meaning."""
    meaning = flag_meanings.describe(flag, language) if flag else ""
    return Cell(format_number(value, language), flag, meaning)


def classes(values: Sequence[float], language: str) -> list[dict[str, Any]]:
    """Up to five classes of about as many countries each (quantiles), inner bounds rounded.

    Each class holds min <= value < max, the last one min <= value <= max; a class whose
    bounds are equal holds that value alone.
    """
    ordered = sorted(values)
    if not ordered:
        return []
    count = min(CLASSES, len(set(ordered)))
    bounds = [ordered[0]]
    for index in range(1, count):
        bound = _round(ordered[index * len(ordered) // count])
        if bounds[-1] < bound <= ordered[-1]:
            bounds.append(bound)
    if bounds[-1] < ordered[-1] or len(bounds) == 1:
        bounds.append(ordered[-1])
    elif bounds[-1] == ordered[-1]:
        bounds.append(ordered[-1])  # the largest value is a class of its own
    return [
        {"min": low, "max": high, "label": _class_label(low, high, language)}
        for low, high in itertools.pairwise(bounds)
    ]


def _class_label(low: float, high: float, language: str) -> str:
    if low == high:
        return format_number(low, language)
    return f"{format_number(low, language)} {EN_DASH} {format_number(high, language)}"


def _round(value: float) -> float:
    """Two significant digits: class bounds people can read (12,345 -> 12,000)."""
    if value == 0:
        return 0.0
    digits = 1 - math.floor(math.log10(abs(value)))
    return round(value, digits)
