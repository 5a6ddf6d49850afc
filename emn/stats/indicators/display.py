"""An indicator's values as people read them: a table, a line chart, bars and a map.

Rules: values show with the indicator's decimals in the reader's number format, a missing
value as ':' (never 0) and flags as Eurostat's letters with a legend; series are named by
the labels of their codes (CLDR country names, translated aggregates). The bars and the
map compare countries (aggregates such as EU27_2020 stay in the table) for one period: the
one asked for, else the latest with values for at least half as many as the fullest.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal

from emn.stats import charts
from emn.stats.codelists import flags
from emn.stats.codelists.countries import iso_code
from emn.stats.codelists.display import code_label
from emn.stats.indicators.compute import Result, Value
from emn.stats.indicators.models import Indicator

Key = tuple[str, ...]
EU_AGGREGATES = ("EU27_2020", "EU28")


@dataclass(frozen=True)
class Cell:
    text: str
    flag: str = ""
    meaning: str = ""


@dataclass(frozen=True)
class Row:
    key: Key
    label: str
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    periods: list[str]
    rows: list[Row]


def key_label(result: Result, key: Key, language: str) -> str:
    return " · ".join(
        code_label(dim, code, language) for dim, code in zip(result.spec.align, key, strict=True)
    )


def number(item: Indicator, value: float | None, language: str) -> str:
    """The value with the indicator's decimals in the reader's format; ':' when missing."""
    if value is None:
        return charts.NOT_AVAILABLE
    pattern = "#,##0" + ("." + "0" * item.decimals if item.decimals else "")
    try:
        return format_decimal(value, format=pattern, locale=language.replace("-", "_"))
    except ValueError:
        return format_decimal(value, format=pattern, locale="en")


def rounded(item: Indicator, value: float | None) -> float | None:
    return None if value is None else round(value, item.decimals)


def by_key(result: Result) -> dict[Key, dict[str, Value]]:
    found: dict[Key, dict[str, Value]] = {}
    for value in result.values:
        found.setdefault(tuple(value.key.values()), {})[value.period] = value
    return found


def table(
    item: Indicator,
    result: Result,
    language: str,
    keys: list[Key] | None = None,
    periods: list[str] | None = None,
) -> Table:
    """Keys down (all, or `keys` in that order), periods (all, or `periods`) across."""
    found = by_key(result)
    periods = result.periods() if periods is None else periods
    rows = []
    for key in (
        keys if keys is not None else sorted(found, key=lambda k: key_label(result, k, language))
    ):
        values = found.get(key, {})
        cells = [_cell(item, values.get(p), language) for p in periods]
        rows.append(Row(key, key_label(result, key, language), cells))
    return Table(periods, rows)


def _cell(item: Indicator, value: Value | None, language: str) -> Cell:
    if value is None:
        return Cell(charts.NOT_AVAILABLE)
    meaning = flags.describe(value.flag, language)
    return Cell(number(item, value.value, language), value.flag, meaning)


def legend(result: Result, language: str) -> dict[str, str]:
    """Letter -> meaning of every flag letter among the values, alphabetically."""
    letters = sorted({letter for v in result.values for letter in v.flag})
    return {letter: flags.describe(letter, language) for letter in letters}


def is_country(key: Key) -> bool:
    return len(key) == 1 and iso_code(key[0]) is not None


def compares_countries(result: Result) -> bool:
    return result.spec.align == ("geo",)


def best_period(result: Result) -> str | None:
    """The latest period with values for at least half as many keys as the fullest one."""
    counts: dict[str, int] = {}
    for value in result.values:
        if value.value is not None:
            counts[value.period] = counts.get(value.period, 0) + 1
    if not counts:
        return None
    enough = max(counts.values()) / 2
    periods = [p for p in result.periods() if counts.get(p, 0) >= enough]
    return periods[-1] if periods else None


def default_keys(result: Result, period: str | None, count: int = 4) -> list[Key]:
    """The EU aggregate, then the `count` countries with the highest values in `period`."""
    found = by_key(result)
    chosen = [(code,) for code in EU_AGGREGATES if (code,) in found][:1]
    ranked = sorted(
        (k for k in found if is_country(k) and period and found[k].get(period)),
        key=lambda k: -(found[k][period].value or 0),  # type: ignore[index]
    )
    return chosen + ranked[:count]


def line(
    item: Indicator,
    result: Result,
    keys: list[Key],
    language: str,
    chart_id: str = "chart-line",
    periods: list[str] | None = None,
) -> charts.Chart:
    found = by_key(result)
    periods = result.periods() if periods is None else periods
    series = []
    for key in keys:
        values = found.get(key, {})
        points = [
            charts.Point(p, rounded(item, v.value), v.flag)
            if (v := values.get(p))
            else charts.Point(p, None)
            for p in periods
        ]
        series.append(charts.Series(key_label(result, key, language), points))
    name = item.name(language)
    return charts.line_chart(
        chart_id, name, item.get_unit_display(), series, language, f"{item.key}-line"
    )


def _countries(result: Result, period: str) -> list[Value]:
    return [
        v
        for v in result.values
        if v.period == period and is_country(tuple(v.key.values())) and v.value is not None
    ]


def bar(item: Indicator, result: Result, period: str, language: str) -> charts.Chart:
    values = sorted(_countries(result, period), key=lambda v: -(v.value or 0))
    points = [
        charts.Point(code_label("geo", v.key["geo"], language), rounded(item, v.value), v.flag)
        for v in values
    ]
    title = f"{item.name(language)} — {period}"
    return charts.bar_chart(
        "chart-bar",
        title,
        item.get_unit_display(),
        [charts.Series(period, points)],
        language,
        f"{item.key}-bar-{period}",
    )


def area_map(item: Indicator, result: Result, period: str, language: str) -> charts.Chart:
    areas = [
        charts.Area(
            v.key["geo"], code_label("geo", v.key["geo"], language), rounded(item, v.value), v.flag
        )
        for v in _countries(result, period)
    ]
    title = f"{item.name(language)} — {period}"
    return charts.map_chart(
        "chart-map", title, item.get_unit_display(), areas, language, f"{item.key}-map-{period}"
    )
