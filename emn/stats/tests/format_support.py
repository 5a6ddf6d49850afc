"""What the format readers' tests share: staging a file into an in-memory DuckDB, counting.

No database is needed: each reader writes its staged table into a DuckDB of the test's own.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import duckdb

from emn.stats.formats.common import Staged

FILES = Path(__file__).resolve().parent / "files"


def stage(
    module: str, path: Path, name: str | None = None, codelists: dict[str, Any] | None = None
) -> tuple[Staged, Any]:
    """Stage `path` with `emn.stats.formats.<module>`; the Staged and its connection."""
    reader = importlib.import_module(f"emn.stats.formats.{module}")
    con = duckdb.connect()
    staged = reader.stage(path, name or path.name, con, "staged", codelists)
    return staged, con


def count(con: Any) -> int:
    return con.execute("SELECT count(*) FROM staged").fetchone()[0]


def flag_counts(con: Any) -> dict[str, int]:
    """Observations per flag, without the unflagged ones."""
    rows = con.execute(
        "SELECT obs_flag, count(*) FROM staged WHERE obs_flag <> '' GROUP BY 1"
    ).fetchall()
    return dict(rows)


def value(con: Any, period: str, **key: str) -> tuple[float | None, str]:
    """(value, flag) of the one observation with `key` in `period`."""
    where = " AND ".join(f'"{dimension}" = ?' for dimension in key)
    rows = con.execute(
        f"SELECT obs_value, obs_flag FROM staged WHERE time_period = ? AND {where}",
        [period, *key.values()],
    ).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def codes(con: Any, dimension: str) -> set[str]:
    return {row[0] for row in con.execute(f'SELECT DISTINCT "{dimension}" FROM staged').fetchall()}
