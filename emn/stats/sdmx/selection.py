"""What a data request selects from a flow: series keys, periods, observations per series.

Rules:
- `filters` name dimensions by id and hold the codes kept (an empty list keeps all);
- `start`/`end` are SDMX periods (2020, 2020-S1, 2020-Q1, 2020-01, 2020-W01, 2020-01-15),
  inclusive and compared by the time they cover: an observation is kept when its period
  overlaps [first day of `start`, last day of `end`], so startPeriod=2020-Q2 keeps 2020
  (annual) and 2020-04 (monthly); each period's first and last day are computed in SQL;
- `first_n`/`last_n` keep that many observations per series, counted after the period
  filter; given both, an observation among the first or the last ones is kept;
- `detail`: `full` rows carry the flag, `dataonly` rows carry an empty flag, and
  `serieskeysonly`/`nodata` give one row per series whose period, value and flag are None;
- `updated_after`: nothing when the flow's data is not newer; for a dataset whose older
  release was current at that time, only the observations added or changed since (same
  key and period, another value or flag), else everything;
- rows come in series-key order, then time, each as (dimension codes..., time_period,
  obs_value, obs_flag). Codes and periods are bound parameters, never pasted into SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from emn.stats import duck, reading
from emn.stats.formats.common import quote_ident
from emn.stats.models import Release
from emn.stats.sdmx.flows import Flow

Row = tuple[Any, ...]
DETAILS = ("full", "dataonly", "serieskeysonly", "nodata")
KEYS_ONLY = ("serieskeysonly", "nodata")
BATCH = 10_000
# firstN/lastN beyond this keep everything anyway; the bound keeps the parameter a BIGINT.
MAX_N = 2**62
TAIL = ["time_period", "obs_value", "obs_flag"]


def _first_day(p: str) -> str:
    """SQL: the first day a period string `p` covers (NULL when it reads as none)."""
    year = f"TRY_CAST(left({p}, 4) AS INTEGER)"
    number = f"TRY_CAST(substr({p}, 7) AS INTEGER)"
    kind = f"substr({p}, 6, 1)"
    return (
        f"try(CASE WHEN length({p}) = 4 THEN make_date({year}, 1, 1) "
        f"WHEN {kind} = 'Q' THEN make_date({year}, {number} * 3 - 2, 1) "
        f"WHEN {kind} = 'S' THEN make_date({year}, {number} * 6 - 5, 1) "
        f"WHEN {kind} = 'W' THEN CAST(date_trunc('week', make_date({year}, 1, 4)) AS DATE) "
        f"+ ({number} - 1) * 7 "
        f"WHEN length({p}) = 7 THEN make_date({year}, TRY_CAST(substr({p}, 6, 2) AS INTEGER), 1) "
        f"ELSE TRY_CAST({p} AS DATE) END)"
    )


def _last_day(p: str) -> str:
    """SQL: the last day a period string `p` covers."""
    first = _first_day(p)
    kind = f"substr({p}, 6, 1)"
    return (
        f"CAST(CASE WHEN length({p}) = 4 THEN {first} + INTERVAL 1 YEAR "
        f"WHEN {kind} = 'Q' THEN {first} + INTERVAL 3 MONTH "
        f"WHEN {kind} = 'S' THEN {first} + INTERVAL 6 MONTH "
        f"WHEN {kind} = 'W' THEN {first} + INTERVAL 7 DAY "
        f"WHEN length({p}) = 7 THEN {first} + INTERVAL 1 MONTH "
        f"ELSE {first} + INTERVAL 1 DAY END - INTERVAL 1 DAY AS DATE)"
    )


@lru_cache(maxsize=1024)
def period_range(period: str) -> tuple[date, date] | None:
    """(first day, last day) of an SDMX period, or None: the days `_first_day`/`_last_day`
    compute in SQL for each observation, worked out here for the request's own bounds (a
    DuckDB round trip per bound cost tens of milliseconds on every request)."""
    try:
        year = int(period[:4])
        if len(period) == 4:
            return date(year, 1, 1), date(year, 12, 31)
        kind = period[5:6]
        if kind in ("Q", "S"):
            months = 3 if kind == "Q" else 6
            first = date(year, int(period[6:]) * months - months + 1, 1)
            return first, first + relativedelta(months=months) - timedelta(days=1)
        if kind == "W":
            first = date.fromisocalendar(year, int(period[6:]), 1)
            return first, first + timedelta(days=6)
        if len(period) == 7:
            first = date(year, int(period[5:7]), 1)
            return first, first + relativedelta(months=1) - timedelta(days=1)
        day = date.fromisoformat(period)
        return day, day
    except ValueError:
        return None


def sql_period_range(period: str) -> tuple[date, date] | None:
    """The same days by the SQL the filter runs (tests hold the two to each other)."""
    found = duck.fetch(f"SELECT {_first_day('p')}, {_last_day('p')} FROM (SELECT ? AS p)", [period])
    first, last = found[0] if found else (None, None)
    return (first, last) if first is not None and last is not None else None


def baseline(flow: Flow, after: datetime) -> Release | None:
    """The release of the flow's dataset that was current at `after`, when its file can be
    compared with the current one (same dimensions, file still there)."""
    if flow.release is None or flow.dataset is None:
        return None
    older = (
        Release.objects.filter(dataset=flow.dataset, created_at__lte=after)
        .exclude(pk=flow.release.pk)
        .order_by("-created_at", "-number")
        .first()
    )
    if older is None or not reading.file_of(older).is_file():
        return None
    same = reading.dimension_codes(older) == reading.dimension_codes(flow.release)
    return older if same else None


@dataclass
class Selection:
    """One data request on one flow, checked (see the module's rules)."""

    flow: Flow
    filters: dict[str, list[str]] = field(default_factory=dict)
    start: str | None = None
    end: str | None = None
    first_n: int | None = None
    last_n: int | None = None
    detail: str = "full"
    updated_after: datetime | None = None
    _bounds: tuple[date | None, date | None] | None = field(default=None, init=False, repr=False)
    _primed: tuple[Any, list[Row]] | None = field(default=None, init=False, repr=False)

    @property
    def dimension_ids(self) -> list[str]:
        return [d.id for d in self.flow.dimensions()]

    @property
    def keys_only(self) -> bool:
        """True when the answer holds series keys and no observations."""
        return self.detail in KEYS_ONLY

    def _columns(self) -> list[str]:
        return [quote_ident(c) for c in [*self.dimension_ids, *TAIL]]

    def _source(self) -> tuple[str, list[Any]]:
        """The flow's relation, reduced to what changed after `updated_after`."""
        params = list(self.flow.params)
        after = self.updated_after
        if after is None:
            return self.flow.relation, params
        if self.flow.updated <= after:
            return f"(SELECT * FROM {self.flow.relation} WHERE false)", params
        older = baseline(self.flow, after)
        if older is None:
            return self.flow.relation, params
        columns = ", ".join(self._columns())
        return (
            f"(SELECT {columns} FROM {self.flow.relation} "
            f"EXCEPT SELECT {columns} FROM {reading.source(older)})",
            params,
        )

    def period_bounds(self) -> tuple[date | None, date | None]:
        """First day of `start` and last day of `end` (None where not given)."""
        if self._bounds is None:
            first = period_range(self.start) if self.start else None
            last = period_range(self.end) if self.end else None
            self._bounds = (first[0] if first else None, last[1] if last else None)
        return self._bounds

    def _filtered(self) -> tuple[str, list[Any]]:
        """Every kept observation, unordered, with the relation's columns."""
        source, params = self._source()
        clauses: list[str] = []
        for dim, codes in self.filters.items():
            if codes:
                clauses.append(f"{quote_ident(dim)} IN ({', '.join('?' for _ in codes)})")
                params.extend(codes)
        first, last = self.period_bounds()
        # A period's text begins with its year, and its days lie within that year but for a
        # week's (which may start in late December before, or end in early January after):
        # comparing the text with the neighbouring years rules out most rows cheaply in the
        # file scan, before the remaining periods' days are computed (four times faster).
        if first is not None:
            clauses.append(f"time_period >= ? AND {_last_day('time_period')} >= ?")
            params.extend([str(first.year - 1), first])
        if last is not None:
            clauses.append(f"time_period < ? AND {_first_day('time_period')} <= ?")
            params.extend([str(last.year + 2), last])
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return f"SELECT {', '.join(self._columns())} FROM {source}{where}", params

    def _windowed(self) -> tuple[str, list[Any]]:
        """The kept observations after firstNObservations/lastNObservations."""
        sql, params = self._filtered()
        if self.first_n is None and self.last_n is None:
            return sql, params
        series = ", ".join(quote_ident(d) for d in self.dimension_ids) or "NULL"
        kept: list[str] = []
        if self.first_n is not None:
            kept.append("_first <= ?")
            params.append(min(self.first_n, MAX_N))
        if self.last_n is not None:
            kept.append("_last <= ?")
            params.append(min(self.last_n, MAX_N))
        return (
            f"SELECT {', '.join(self._columns())} FROM (SELECT *, "
            f"row_number() OVER (PARTITION BY {series} ORDER BY time_period) AS _first, "
            f"row_number() OVER (PARTITION BY {series} ORDER BY time_period DESC) AS _last "
            f"FROM ({sql})) WHERE {' OR '.join(kept)}",
            params,
        )

    def sql(self, order: bool = True) -> tuple[str, list[Any]]:
        """SELECT of the selected rows (in order unless `order` is False); the relation's
        parameters come first. Wrap it as `FROM (...) AS s ORDER BY s.<column>` to reorder."""
        dims = [quote_ident(d) for d in self.dimension_ids]
        if self.keys_only:
            sql, params = self._filtered()
            nulls = (
                "CAST(NULL AS VARCHAR) AS time_period, CAST(NULL AS DOUBLE) AS obs_value, "
                "CAST(NULL AS VARCHAR) AS obs_flag"
            )
            sql = f"SELECT DISTINCT {''.join(d + ', ' for d in dims)}{nulls} FROM ({sql})"
        else:
            sql, params = self._windowed()
            if self.detail == "dataonly":
                sql = f"SELECT * REPLACE ('' AS obs_flag) FROM ({sql})"
        if order:
            sql += f" ORDER BY {', '.join(self.order_columns())}"
        return sql, params

    def order_columns(self, prefix: str = "") -> list[str]:
        """The ORDER BY of the rows: series key, then time (columns qualified by `prefix`)."""
        return [f"{prefix}{quote_ident(c)}" for c in [*self.dimension_ids, "time_period"]]

    def prime(self) -> bool:
        """Run the query now and hold its first batch; False when it selects nothing.

        So an empty answer is refused (404) before the first byte, without a scan of its own;
        `rows` then starts from the batch held. `close` releases it when `rows` never runs."""
        sql, params = self.sql()
        cursor = duck.reader().cursor()
        cursor.execute(sql, params)
        first = cursor.fetchmany(BATCH)
        if not first:
            cursor.close()
            return False
        self._primed = (cursor, first)
        return True

    def close(self) -> None:
        if self._primed is not None:
            self._primed[0].close()
            self._primed = None

    def rows(self, batch: int = BATCH) -> Iterator[list[Row]]:
        """The selected rows in batches, from a cursor of its own (safe to stream)."""
        primed, self._primed = self._primed, None
        if primed is not None:
            cursor, first = primed
        else:
            sql, params = self.sql()
            cursor = duck.reader().cursor()
            cursor.execute(sql, params)
            first = []
        try:
            if first:
                yield first
            while chunk := cursor.fetchmany(batch):
                yield chunk
        finally:
            cursor.close()

    def count(self) -> int:
        """How many rows `rows` yields (series for the key-only details)."""
        sql, params = self.sql(order=False)
        found = duck.fetch(f"SELECT count(*) FROM ({sql})", params)
        return int(found[0][0]) if found else 0

    def exists(self) -> bool:
        """True when anything is selected (a cheap probe: the first kept observation)."""
        sql, params = self._filtered()
        return bool(duck.fetch(f"SELECT 1 FROM ({sql}) LIMIT 1", params))
