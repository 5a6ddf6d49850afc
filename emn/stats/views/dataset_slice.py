"""Reading a slice of a release for the dataset page: series by page, periods, a comparison.

A slice is a `Selection`: allowed codes per dimension (an empty list allows every code), a
period range, and the period the countries are compared for. Series are the distinct keys
of the slice in key order; a page of the table reads its series' observations in one
query. The release is always one the reader may see (chosen through `visible_to` by the
caller); dimension names are checked by `reading` and every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from emn.stats import duck, reading
from emn.stats.formats.common import quote_ident
from emn.stats.models import Release

Key = tuple[str, ...]
Value = tuple[float | None, str]
STREAM_BATCH = 10_000


@dataclass(frozen=True)
class Selection:
    filters: dict[str, list[str]] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    period: str | None = None


def _where(release: Release, selection: Selection) -> tuple[str, list[Any]]:
    # The one filter builder of reading.py, so pages, API and exports filter alike.
    return reading.where(release, selection.filters, selection.start, selection.end)


def _key_columns(release: Release) -> str:
    return ", ".join(quote_ident(d) for d in reading.dimension_codes(release))


def series_count(release: Release, selection: Selection) -> int:
    """How many series (distinct keys) the slice holds."""
    where, params = _where(release, selection)
    sql = f"SELECT count(*) FROM (SELECT DISTINCT {_key_columns(release)} FROM "
    sql += f"{reading.source(release)}{where})"
    return int(duck.fetch(sql, params)[0][0])


def page_values(
    release: Release, selection: Selection, limit: int, offset: int = 0
) -> dict[Key, dict[str, Value]]:
    """Series `offset` to `offset + limit` of the slice, in key order: period -> (value, flag)."""
    where, params = _where(release, selection)
    keys = _key_columns(release)
    width = len(reading.dimension_codes(release))
    sql = (
        f"WITH page AS (SELECT DISTINCT {keys} FROM {reading.source(release)}{where} "
        f"ORDER BY {keys} LIMIT {int(limit)} OFFSET {int(offset)}) "
        f"SELECT {keys}, time_period, obs_value, obs_flag FROM {reading.source(release)} "
        f"SEMI JOIN page USING ({keys}){where} ORDER BY {keys}, time_period"
    )
    found: dict[Key, dict[str, Value]] = {}
    for row in duck.fetch(sql, params + params):
        key = tuple(row[:width])
        found.setdefault(key, {})[row[width]] = (row[width + 1], row[width + 2] or "")
    return found


def slice_periods(release: Release, selection: Selection) -> list[str]:
    """The periods of the slice that hold observations, in time order (the table's columns)."""
    where, params = _where(release, selection)
    rows = duck.fetch(f"SELECT DISTINCT time_period FROM {reading.source(release)}{where}", params)
    return sorted((r[0] for r in rows), key=_period_order)


def _period_order(period: str) -> tuple[int, str]:
    return (len(period), period)


def release_periods(release: Release) -> list[str]:
    """Every period of the release, in time order (read once per release file)."""
    path = reading.file_of(release)
    return list(_periods_of(str(path), _stamp(path)))


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


@lru_cache(maxsize=256)
def _periods_of(path: str, stamp: int) -> tuple[str, ...]:
    # A release's file never changes once written; the stamp guards a path written anew.
    rows = duck.fetch("SELECT DISTINCT time_period FROM read_parquet(?)", [path])
    return tuple(sorted((r[0] for r in rows), key=_period_order))


def comparison(
    release: Release, selection: Selection, fixed: dict[str, str], across: str, period: str
) -> dict[str, Value]:
    """Code of `across` -> (value, flag) for one period, the other dimensions at `fixed`."""
    filters = {**selection.filters, **{dim: [code] for dim, code in fixed.items()}}
    chosen = Selection(filters, period, period)
    where, params = _where(release, chosen)
    sql = f"SELECT {quote_ident(across)}, obs_value, obs_flag FROM {reading.source(release)}"
    return {code: (value, flag or "") for code, value, flag in duck.fetch(sql + where, params)}


def best_period(
    release: Release, selection: Selection, fixed: dict[str, str], periods: list[str]
) -> str | None:
    """The latest period with values for at least half as many series as the fullest one."""
    filters = {**selection.filters, **{dim: [code] for dim, code in fixed.items()}}
    where, params = _where(release, Selection(filters, selection.start, selection.end))
    sql = f"SELECT time_period, count(obs_value) FROM {reading.source(release)}{where}"
    counts = dict(duck.fetch(sql + " GROUP BY time_period", params))
    if not counts:
        return periods[-1] if periods else None
    most = max(counts.values())
    filled = [p for p, n in counts.items() if n and n * 2 >= most]
    return max(filled or counts, key=_period_order)


def stream(release: Release, selection: Selection) -> Iterator[tuple[Any, ...]]:
    """Every observation of the slice in key order: key codes, period, value, flag."""
    where, params = _where(release, selection)
    keys = _key_columns(release)
    sql = (
        f"SELECT {keys}, time_period, obs_value, obs_flag FROM {reading.source(release)}"
        f"{where} ORDER BY {keys}, time_period"
    )
    # A cursor of its own: the thread's reader may serve other reads while this streams.
    cursor = duck.reader().cursor()
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(STREAM_BATCH):
            yield from rows
    finally:
        cursor.close()


def observation_count(release: Release, selection: Selection) -> int:
    """How many observations the slice holds."""
    where, params = _where(release, selection)
    return int(duck.fetch(f"SELECT count(*) FROM {reading.source(release)}{where}", params)[0][0])
