"""DuckDB connections: the engine that reads and writes the observations files.

Each connection is in-memory with a memory limit, so a large file spills to the
statistics temp directory instead of growing the process; the limits and the thread count
come from settings (STATS_DUCKDB_MEMORY for jobs, STATS_DUCKDB_READ_MEMORY for each web
thread's reads, STATS_DUCKDB_THREADS).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from django.conf import settings

_local = threading.local()


def stats_root() -> Path:
    return Path(settings.STATS_ROOT)


def temp_dir() -> Path:
    path = stats_root() / "tmp"
    path.mkdir(parents=True, exist_ok=True)
    return path


def connect(memory: str | None = None) -> duckdb.DuckDBPyConnection:
    """A new connection for a job of its own (an ingestion, a benchmark)."""
    con = duckdb.connect(":memory:")
    con.execute(f"SET memory_limit = '{memory or settings.STATS_DUCKDB_MEMORY}'")
    con.execute(f"SET temp_directory = '{temp_dir()}'")
    threads = settings.STATS_DUCKDB_THREADS
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    return con


def reader() -> duckdb.DuckDBPyConnection:
    """This thread's connection for reads (pages, API); opened once, kept for the thread."""
    con = getattr(_local, "con", None)
    if con is None:
        con = connect(settings.STATS_DUCKDB_READ_MEMORY)
        _local.con = con
    return con


def fetch(sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Run one read on this thread's connection."""
    return reader().execute(sql, params or []).fetchall()


def number_text(column: str) -> str:
    """SQL: an observation value as the shortest text that reads back as the same double (as
    `repr` writes it), whole numbers without `.0`; NULL stays NULL, an empty CSV cell."""
    return (
        f"CASE WHEN {column} = trunc({column}) AND abs({column}) < 1e15 "
        f"THEN CAST(CAST({column} AS BIGINT) AS VARCHAR) ELSE CAST({column} AS VARCHAR) END"
    )


@contextmanager
def written_csv(sql: str, params: list[Any], prefix: str, gzip: bool = False) -> Iterator[Path]:
    """The rows of `sql` written as CSV (with a header, gzipped when asked) by DuckDB to a
    temporary file, removed when the block ends: a file opened inside it is still read to its
    end, so nothing is left behind however the answer ends. Writing from a cursor of its own
    leaves the thread's connection free before the first byte is sent."""
    path = temp_dir() / f"{prefix}-{uuid.uuid4().hex}.csv{'.gz' if gzip else ''}"
    cursor = reader().cursor()
    try:
        cursor.sql(sql, params=params).write_csv(
            str(path), header=True, compression="gzip" if gzip else None
        )
        yield path
    finally:
        cursor.close()
        path.unlink(missing_ok=True)
