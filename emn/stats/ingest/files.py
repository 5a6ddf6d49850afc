"""Writing a release's observations file, and what the pages need to know about it.

The file is written under a temporary name and renamed when complete (a rename within one
directory is atomic), so a release row never points at half a file.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emn.stats.duck import stats_root
from emn.stats.formats.common import Staged, quote_ident, sql_string
from emn.stats.ingest.checks import key_columns

ROW_GROUP = 122_880


def new_path(code: str, suffix: str = "") -> str:
    """A fresh file name for a release of `code`, relative to STATS_ROOT (never reused)."""
    token = secrets.token_hex(6)
    return f"{code}/{token}{suffix}.parquet"


def write_parquet(con: Any, select: str, relative: str) -> Path:
    """COPY the result of `select` to STATS_ROOT/relative, atomically."""
    target = stats_root() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    con.execute(
        f"COPY ({select}) TO {sql_string(str(partial))} "
        f"(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP})"
    )
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    return target


def observations_select(staged: Staged) -> str:
    """The staged rows in file order: dimensions, period, value, flag; sorted unless the
    reader kept the source's own order (Eurostat's files are sorted by key already)."""
    keys = key_columns(staged)
    order = "" if staged.keys_unique else f" ORDER BY {keys}"
    return f"SELECT {keys}, obs_value, obs_flag FROM {quote_ident(staged.table)}{order}"


@dataclass
class Summary:
    """Counts of a staged table: per flag, per code of each dimension, periods, series."""

    observations: int = 0
    series: int = 0
    flag_counts: dict[str, int] = field(default_factory=dict)
    codes: dict[str, dict[str, int]] = field(default_factory=dict)
    first_period: str = ""
    last_period: str = ""
    frequencies: list[str] = field(default_factory=list)


def _frequency(period: str) -> str:
    if len(period) == 4:
        return "A"
    return {"Q": "Q", "S": "S", "W": "W"}.get(period[5], "D" if len(period) == 10 else "M")


def summarise(con: Any, staged: Staged, observations: int) -> Summary:
    """Counts per flag, per code of every dimension and per period, in one scan."""
    table = quote_ident(staged.table)
    summary = Summary(observations=observations)
    columns = [*staged.dimensions, "time_period", "obs_flag"]
    sets = ", ".join(f"({quote_ident(c)})" for c in columns)
    which = ", ".join(f"grouping({quote_ident(c)})" for c in columns)
    rows = con.execute(
        f"SELECT [{which}], {', '.join(quote_ident(c) for c in columns)}, count(*) "
        f"FROM {table} GROUP BY GROUPING SETS ({sets})"
    ).fetchall()
    counts: dict[str, dict[str, int]] = {c: {} for c in columns}
    for grouped, *values, n in rows:
        index = grouped.index(0)
        counts[columns[index]][str(values[index])] = int(n)
    summary.flag_counts = {f: n for f, n in sorted(counts.pop("obs_flag").items()) if f}
    summary.codes = {d: dict(sorted(counts[d].items())) for d in staged.dimensions}
    periods = sorted(counts["time_period"], key=lambda p: (len(p), p))
    summary.first_period, summary.last_period = periods[0], periods[-1]
    summary.frequencies = sorted({_frequency(p) for p in periods})
    if staged.series is not None:
        summary.series = staged.series
    else:
        dims = ", ".join(quote_ident(d) for d in staged.dimensions)
        row = con.execute(f"SELECT count(*) FROM (SELECT DISTINCT {dims} FROM {table})").fetchone()
        summary.series = int(row[0]) if row else 0
    return summary


STALE_SECONDS = 3600


def sweep(code: str) -> int:
    """Remove what killed ingestions of `code` left behind: files no release points at.

    Only files older than an hour go, so an ingestion running beside this one keeps its own.
    """
    import time

    from django.db.models import Q

    from emn.stats.models import Release

    directory = stats_root() / code
    if not directory.is_dir():
        return 0
    kept = set()
    for path, revisions in Release.objects.filter(
        Q(path__startswith=f"{code}/") | Q(revisions_path__startswith=f"{code}/")
    ).values_list("path", "revisions_path"):
        kept.update({path, revisions})
    removed = 0
    limit = time.time() - STALE_SECONDS
    for item in directory.iterdir():
        relative = f"{code}/{item.name}"
        if relative not in kept and item.is_file() and item.stat().st_mtime < limit:
            item.unlink(missing_ok=True)
            removed += 1
    return removed
