"""The three charts of a dataset page: series over time, countries in bars, countries on a map.

Rules: the line chart shows the first `LINE_SERIES` series of the slice; the bar chart and
the map compare the codes of the country dimension for one period, with every other
dimension at the code of the slice's first series (so they show data that exist). The
period is the one asked for, else the latest period with values for at least half as many
countries as the fullest one. Aggregates (EU27_2020 ...) are in the table, not the bars.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from emn.stats import charts
from emn.stats.codelists.countries import iso_code
from emn.stats.models import Release
from emn.stats.views.dataset_labels import Labels
from emn.stats.views.dataset_slice import (
    Key,
    Selection,
    Value,
    best_period,
    comparison,
    page_values,
)
from emn.stats.views.dataset_table import series_name, varying_dimensions

LINE_SERIES = 10


@dataclass(frozen=True)
class DatasetCharts:
    line: charts.Chart | None
    bar: charts.Chart | None
    map: charts.Chart | None
    period: str | None
    compared: str  # what the bar chart and the map hold, besides the countries


@dataclass(frozen=True)
class Context:
    """What every chart of the page is drawn from."""

    release: Release
    selection: Selection
    dimensions: list[str]
    labels: Labels
    periods: list[str]
    language: str
    title: str

    def filename(self, kind: str) -> str:
        return f"{self.release.dataset.code}-{self.release.number}-{kind}"

    def unit(self) -> str:
        """The label of the unit when the slice has a single one."""
        allowed = self.selection.filters.get("unit") or list(self.labels.codes.get("unit", {}))
        return self.labels.code("unit", allowed[0]) if len(allowed) == 1 else ""


def build_charts(context: Context, across: str | None) -> DatasetCharts:
    """The line chart of the slice, and the bar chart and map for one period."""
    first = page_values(context.release, context.selection, LINE_SERIES)
    line = _line(context, first) if first else None
    if not first or across is None:
        return DatasetCharts(line, None, None, None, "")
    first_key = next(iter(first))
    fixed = {d: code for d, code in zip(context.dimensions, first_key, strict=True) if d != across}
    period = context.selection.period or best_period(
        context.release, context.selection, fixed, context.periods
    )
    if period is None:
        return DatasetCharts(line, None, None, None, "")
    values = comparison(context.release, context.selection, fixed, across, period)
    compared = _compared(context, fixed, across)
    bar = _bar(context, across, values, period, compared)
    area_map = _map(context, across, values, period, compared)
    return DatasetCharts(line, bar, area_map, period, compared)


def _line(context: Context, found: dict[Key, dict[str, Value]]) -> charts.Chart:
    varying, _fixed = varying_dimensions(context.dimensions, context.selection, context.labels)
    series = []
    for key, values in found.items():
        name = series_name(key, context.dimensions, varying, context.labels) or context.title
        points = [charts.Point(p, *values.get(p, (None, ""))) for p in context.periods]
        series.append(charts.Series(name, points))
    return charts.line_chart(
        "chart-line",
        context.title,
        context.unit(),
        series,
        context.language,
        context.filename("line"),
    )


def _compared(context: Context, fixed: dict[str, str], across: str) -> str:
    varying, _fixed = varying_dimensions(context.dimensions, context.selection, context.labels)
    shown = [d for d in varying if d != across]
    labels = context.labels
    return ", ".join(f"{labels.dimensions[d]}: {labels.code(d, fixed[d])}" for d in shown)


def _across_codes(context: Context, across: str) -> list[str]:
    return context.selection.filters.get(across) or list(context.labels.codes.get(across, {}))


def _bar(
    context: Context, across: str, values: dict[str, Value], period: str, compared: str
) -> charts.Chart:
    points = [
        charts.Point(context.labels.code(across, code), *values[code])
        for code in _across_codes(context, across)
        if code in values and values[code][0] is not None and iso_code(code)
    ]
    points.sort(key=lambda point: -(point.y or 0))
    name = compared or context.unit() or context.title
    return charts.bar_chart(
        "chart-bar",
        _chart_title(context, period, compared),
        context.unit(),
        [charts.Series(f"{name} ({period})", points)],
        context.language,
        context.filename(f"bar-{period}"),
        category_label=context.labels.dimensions.get(across, across),
    )


def _map(
    context: Context, across: str, values: dict[str, Value], period: str, compared: str
) -> charts.Chart:
    areas = [
        charts.Area(code, context.labels.code(across, code), *values.get(code, (None, "")))
        for code in _across_codes(context, across)
    ]
    return charts.map_chart(
        "chart-map",
        _chart_title(context, period, compared),
        context.unit(),
        areas,
        context.language,
        context.filename(f"map-{period}"),
    )


def _chart_title(context: Context, period: str, compared: str) -> str:
    parts = [context.title, period, compared]
    return " — ".join(part for part in parts if part) or _("Chart")
