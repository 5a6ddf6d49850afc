"""Eurostat's bulk TSV ("wide" TSV, plain or gzip), read by DuckDB in one streaming pass.

The header's first cell names the dimensions of the rows, comma-separated, and after the
backslash the one that runs across the columns: `freq,citizen,...,geo\\TIME_PERIOD` (the
older files say `geo\\time`). Every other cell is value, space, flag (`1295 `, `95 p`,
`: c`). DuckDB reads, unpivots and splits the cells without a Python loop, which is what
makes a 6-million-observation file take seconds; when it finds anything wrong, `locate.py`
reads the file again in Python to say exactly where (line and column), since a columnar
engine does not keep line numbers.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import duckdb

from emn.stats.formats.common import (
    FLAG_LETTERS,
    SourceError,
    Staged,
    normalise_id,
    normalise_period,
    quote_ident,
    sql_string,
)
from emn.stats.formats.tsv_locate import locate_problem

TIME_IDS = ("time", "time_period")


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def read_header(path: Path, name: str) -> list[str]:
    """The header line's cells, trimmed (a truncated gzip file fails here or in DuckDB)."""
    opener: Any = gzip.open if is_gzip(path) else open
    try:
        with opener(path, "rt", encoding="utf-8-sig", newline="") as handle:
            line = handle.readline()
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise SourceError(name, f"cannot read the file: {error}", 1) from error
    if not line.strip():
        raise SourceError(name, "the file is empty", 1)
    return [cell.strip() for cell in line.rstrip("\r\n").split("\t")]


class Layout:
    """What the header says: row dimensions, the column dimension and each column's value."""

    def __init__(self, header: list[str], name: str) -> None:
        first = header[0]
        if "\\" not in first:
            raise SourceError(name, "the first header cell has no backslash", 1, 1)
        rows, across = first.rsplit("\\", 1)
        self.row_dims = [normalise_id(part) for part in rows.split(",")]
        self.across = normalise_id(across)
        self.time_across = self.across in TIME_IDS
        self.columns = [self._column(cell, name, i + 2) for i, cell in enumerate(header[1:])]
        dims = [*self.row_dims, *([] if self.time_across else [self.across])]
        self.dimensions = [d for d in dims if d not in TIME_IDS]
        if len(set(dims)) != len(dims):
            raise SourceError(name, "a dimension is named twice in the header", 1, 1)
        if len(set(self.columns)) != len(self.columns):
            raise SourceError(name, "a column heading occurs twice", 1)
        if not self.time_across and not any(d in TIME_IDS for d in self.row_dims):
            raise SourceError(name, "no time dimension in the header", 1, 1)

    def _column(self, cell: str, name: str, number: int) -> str:
        if not self.time_across:
            return cell
        period = normalise_period(cell)
        if period is None:
            raise SourceError(name, f"'{cell}' is not a period", 1, number)
        return period


def _select(layout: Layout) -> str:
    """SQL that turns each wide row of `raw` into one row per observation, staged shape.

    Cells are split at the first space (value, then flag), which is several times faster
    than a regular expression; a value that is neither a number nor ':' marks `bad`.
    """
    parts = []
    for index, dim in enumerate(layout.row_dims, start=1):
        target = "time_period" if dim in TIME_IDS else dim
        parts.append(f"trim(k[{index}]) AS {quote_ident(target)}")
    across = "time_period" if layout.time_across else layout.across
    names = ", ".join(quote_ident(c) for c in layout.columns)
    letters = "".join(sorted(FLAG_LETTERS))
    # An empty cell must not vanish in UNPIVOT (which drops NULLs): it is an error.
    cells = ", ".join(f"coalesce({quote_ident(c)}, '') AS {quote_ident(c)}" for c in layout.columns)
    wide = f"SELECT {', '.join(parts)}, {cells} FROM raw"
    return f"""
        SELECT * EXCLUDE (c, n, f), TRY_CAST(nullif(n, ':') AS DOUBLE) AS obs_value,
               f AS obs_flag, NULL::BIGINT AS src_line,
               (n <> ':' AND obs_value IS NULL) OR regexp_matches(f, '[^{letters}]') AS bad
        FROM (
            SELECT *, split_part(c, ' ', 1) AS n, lower(trim(substr(c, length(n) + 1))) AS f
            FROM (
                SELECT * EXCLUDE (cell), trim(cell) AS c
                FROM (UNPIVOT ({wide}) ON {names} INTO NAME {quote_ident(across)} VALUE cell)
            )
        )
        WHERE NOT (n = ':' AND f = '')
    """


def _load_raw(con: duckdb.DuckDBPyConnection, path: Path, layout: Layout) -> bool:
    """Read the file into `raw` (one row per line); whether keys are malformed or repeated."""
    columns = (
        "{'key': 'VARCHAR', "
        + ", ".join(f"{sql_string(c)}: 'VARCHAR'" for c in layout.columns)
        + "}"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE raw AS SELECT string_split(key, ',') AS k, * EXCLUDE (key) "
        f"FROM read_csv({sql_string(str(path))}, delim='\t', header=true, quote='', escape='', "
        f"columns={columns}, auto_detect=false, strict_mode=true, null_padding=false, "
        "all_varchar=true)"
    )
    row = con.execute(
        f"SELECT count(*) FILTER (len(k) <> {len(layout.row_dims)}), "
        "count(*) - count(DISTINCT k) FROM raw"
    ).fetchone()
    return bool(row and (row[0] or row[1]))


def _series(con: duckdb.DuckDBPyConnection, layout: Layout) -> int | None:
    """Rows with at least one observation: the series, when each row is one (time across)."""
    if not layout.time_across:
        return None
    empty = " AND ".join(f"coalesce(trim({quote_ident(c)}), ':') = ':'" for c in layout.columns)
    row = con.execute(f"SELECT count(*) FILTER (NOT ({empty})) FROM raw").fetchone()
    return int(row[0]) if row else None


def stage(
    path: Path, name: str, con: duckdb.DuckDBPyConnection, table: str, codelists: Any = None
) -> Staged:
    """Stage a bulk TSV file; on any problem, report where it is and stage nothing."""
    header = read_header(path, name)
    layout = Layout(header, name)
    series: int | None = None
    try:
        failed = _load_raw(con, path, layout)
        if not failed:
            con.execute(f"CREATE OR REPLACE TABLE {quote_ident(table)} AS {_select(layout)}")
            bad = con.execute(f"SELECT count(*) FILTER (bad) FROM {quote_ident(table)}").fetchone()
            failed = bool(bad and bad[0])
            series = _series(con, layout) if not failed else None
    except duckdb.Error as error:
        first = str(error).splitlines()[0]
        locate_problem(path, name, layout, fallback=first)
    finally:
        con.execute("DROP TABLE IF EXISTS raw")
    if failed:
        locate_problem(path, name, layout, fallback="the file holds a cell that cannot be read")
    con.execute(f"ALTER TABLE {quote_ident(table)} DROP COLUMN bad")
    return Staged(
        table=table, format="tsv", dimensions=layout.dimensions, keys_unique=True, series=series
    )
