"""The observations a JSON-stat answer reads, in DuckDB, on a cursor of the answer's own.

Rules:
- the slice is the release's file narrowed by the query's dimension codes and periods
  (`lastTimePeriod` resolved first to the periods it keeps); codes and periods are bound
  parameters, never pasted into SQL;
- a slice of at most SMALL_SLICE observations is first copied, in one scan of the file, into
  a temporary table of the cursor, so the survey and both passes read the copy instead of
  scanning the file three times; the copy's memory is bounded by that constant, not by the
  slice, and a larger slice is read from the file each time;
- a pass hands out (flat index, value) pairs in flat-index order: DuckDB computes the index
  as rows go by, from each code's position in its category list (bound as a list parameter
  and joined), and sorts on that one integer, so neither DuckDB's sort nor Python holds the
  dimension codes of every row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from math import prod
from typing import Any

import duckdb

from emn.stats import duck
from emn.stats.formats.common import quote_ident
from emn.stats.jsonstat.errors import not_found
from emn.stats.jsonstat.query import Query
from emn.stats.models import Release
from emn.stats.reading import dimension_codes, source, where

SMALL_SLICE = 100_000
_COPY = "jsonstat_slice"


@dataclass
class Slice:
    """The rows of one answer: `FROM <table><clause>` with `params`, read on `cursor`.

    `columns` are the dimension columns then `time_period`, in JSON-stat `id` order.
    """

    cursor: duckdb.DuckDBPyConnection
    columns: list[str]
    table: str
    clause: str
    params: list[Any]

    def survey(self) -> tuple[int, list[list[str]], list[str]]:
        """(observations, each column's distinct codes sorted, the distinct flags sorted):
        the lists are as long as the code lists, never as the slice. A DISTINCT query per
        column reads that column only (and is quicker than DISTINCT aggregates in one)."""
        row = self.cursor.execute(
            "SELECT count(*), list(DISTINCT obs_flag) FILTER (WHERE obs_flag <> '') "
            f"FROM {self.table}{self.clause}",
            self.params,
        ).fetchone()
        assert row is not None
        categories = [
            sorted(
                code
                for (code,) in self.cursor.execute(
                    f"SELECT DISTINCT {quote_ident(c)} FROM {self.table}{self.clause}",
                    self.params,
                ).fetchall()
                if code is not None
            )
            for c in self.columns
        ]
        return int(row[0]), categories, sorted(flag for flag in (row[1] or []) if flag)

    def cells(
        self, column: str, condition: str, categories: list[list[str]], batch: int
    ) -> Iterator[list[tuple[int, Any]]]:
        """(flat index, `column`) of the rows meeting `condition`, in index order, in
        batches; the index is row-major over the sizes of `categories`."""
        sizes = [len(codes) for codes in categories]
        joins = "".join(
            f" JOIN (SELECT unnest(?::VARCHAR[]) AS code, "
            f"generate_subscripts(?::VARCHAR[], 1) - 1 AS i) AS c{n} "
            f"ON s.{quote_ident(name)} = c{n}.code"
            for n, name in enumerate(self.columns)
        )
        flat = " + ".join(
            f"c{n}.i::BIGINT * {prod(sizes[n + 1 :])}" for n in range(len(self.columns))
        )
        lists = [twice for codes in categories for twice in (codes, codes)]
        self.cursor.execute(
            f"SELECT {flat} AS flat, s.{quote_ident(column)} FROM (SELECT * FROM "
            f"{self.table}{and_where(self.clause, condition)}) AS s{joins} ORDER BY flat",
            [*self.params, *lists],
        )
        while rows := self.cursor.fetchmany(batch):
            yield rows

    def close(self) -> None:
        """Let the cursor go (and with it the temporary copy)."""
        self.cursor.close()


def open_slice(release: Release, query: Query) -> Slice:
    """The slice `query` selects on `release`; QueryError 404 when `lastTimePeriod` finds no
    period at all. The caller closes it."""
    columns = [*dimension_codes(release), "time_period"]
    clause, params = _clause(release, query)
    table = source(release)
    cursor = duck.reader().cursor()
    try:
        names = ", ".join(quote_ident(c) for c in [*columns, "obs_value", "obs_flag"])
        cursor.execute(
            f"CREATE TEMP TABLE {_COPY} AS SELECT {names} FROM {table}{clause} "
            f"LIMIT {SMALL_SLICE + 1}",
            params,
        )
        copied = cursor.execute(f"SELECT count(*) FROM {_COPY}").fetchone()
        if copied is not None and copied[0] <= SMALL_SLICE:
            return Slice(cursor, columns, _COPY, "", [])
        cursor.execute(f"DROP TABLE {_COPY}")
        return Slice(cursor, columns, table, clause, params)
    except BaseException:
        cursor.close()
        raise


def _clause(release: Release, query: Query) -> tuple[str, list[Any]]:
    """The slice's ` WHERE ...` (or nothing), periods limited as asked, and its parameters."""
    clause, params = where(release, query.filters, query.since, query.until)
    if query.times:
        clause = and_where(clause, f"time_period IN ({', '.join('?' for _ in query.times)})")
        params = [*params, *query.times]
    if query.last is not None:
        kept = duck.fetch(
            f"SELECT DISTINCT time_period FROM {source(release)}{clause} "
            f"ORDER BY time_period DESC LIMIT {int(query.last)}",
            params,
        )
        if not kept:
            raise not_found("NO_DATA", "No data match the query.")
        periods = [row[0] for row in kept]
        clause = and_where(clause, f"time_period IN ({', '.join('?' for _ in periods)})")
        params = [*params, *periods]
    return clause, params


def and_where(clause: str, condition: str) -> str:
    """`clause` (empty or ` WHERE ...`) narrowed by one more condition."""
    return f"{clause} AND {condition}" if clause else f" WHERE {condition}"
