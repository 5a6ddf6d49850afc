"""Reading observations: slices of a release's file, by dimension codes and periods.

Every page, export and API call goes through here, after choosing the release through
`Release.objects.visible_to(user)`; the file is only ever read for a release the reader
may see. Filters name dimensions by their codes (checked against the release's own
dimensions) and values are bound as parameters, never pasted into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emn.stats import duck
from emn.stats.formats.common import quote_ident, sql_string
from emn.stats.models import Release


class UnknownDimension(ValueError):
    """A filter names a dimension the release does not have."""


@dataclass(frozen=True)
class Observation:
    key: dict[str, str]
    period: str
    value: float | None
    flag: str


def file_of(release: Release) -> Path:
    return duck.stats_root() / release.path


def dimension_codes(release: Release) -> list[str]:
    """The release's dimensions in series-key order (cached on the instance)."""
    cached = getattr(release, "_dimension_codes", None)
    if cached is None:
        cached = list(release.dimensions.order_by("position").values_list("code", flat=True))
        release._dimension_codes = cached  # type: ignore[attr-defined]
    return cached


def where(
    release: Release,
    filters: dict[str, list[str]] | None,
    start: str | None,
    end: str | None,
) -> tuple[str, list[Any]]:
    dims = set(dimension_codes(release))
    clauses: list[str] = []
    params: list[Any] = []
    for dim, values in (filters or {}).items():
        if dim not in dims:
            raise UnknownDimension(dim)
        if values:
            clauses.append(f"{quote_ident(dim)} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if start:
        clauses.append("time_period >= ?")
        params.append(start)
    if end:
        clauses.append("time_period <= ?")
        params.append(end)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def source(release: Release) -> str:
    return f"read_parquet({sql_string(str(file_of(release)))})"


def observations(
    release: Release,
    filters: dict[str, list[str]] | None = None,
    start: str | None = None,
    end: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Observation]:
    """The observations matching `filters` (dimension -> allowed codes) in key order."""
    dims = dimension_codes(release)
    clause, params = where(release, filters, start, end)
    columns = ", ".join(quote_ident(d) for d in [*dims, "time_period"])
    sql = f"SELECT {columns}, obs_value, obs_flag FROM {source(release)}{clause} ORDER BY {columns}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    rows = duck.fetch(sql, params)
    width = len(dims)
    return [
        Observation(
            dict(zip(dims, row[:width], strict=True)),
            row[width],
            row[width + 1],
            row[width + 2] or "",
        )
        for row in rows
    ]


def count(
    release: Release,
    filters: dict[str, list[str]] | None = None,
    start: str | None = None,
    end: str | None = None,
) -> int:
    clause, params = where(release, filters, start, end)
    row = duck.fetch(f"SELECT count(*) FROM {source(release)}{clause}", params)
    return int(row[0][0]) if row else 0


def periods(release: Release, filters: dict[str, list[str]] | None = None) -> list[str]:
    """The periods that hold observations for `filters`, in time order."""
    clause, params = where(release, filters, None, None)
    rows = duck.fetch(f"SELECT DISTINCT time_period FROM {source(release)}{clause}", params)
    return sorted((r[0] for r in rows), key=lambda p: (len(p), p))


def history(release: Release, key: dict[str, str], period: str) -> list[dict[str, Any]]:
    """Every release of the dataset that changed this value, oldest first, with old and new."""
    releases = [
        r
        for r in Release.objects.filter(dataset_id=release.dataset_id).order_by("number")
        if r.revisions_path
    ]
    found: list[dict[str, Any]] = []
    for item in releases:
        clauses = " AND ".join(f"{quote_ident(d)} = ?" for d in key)
        rows = duck.fetch(
            "SELECT old_value, old_flag, new_value, new_flag, change FROM read_parquet("
            f"{sql_string(str(duck.stats_root() / item.revisions_path))}) "
            f"WHERE {clauses} AND time_period = ?",
            [*key.values(), period],
        )
        for old_value, old_flag, new_value, new_flag, change in rows:
            found.append(
                {
                    "release": item.number,
                    "created_at": item.created_at,
                    "change": change,
                    "old_value": old_value,
                    "old_flag": old_flag or "",
                    "new_value": new_value,
                    "new_flag": new_flag or "",
                }
            )
    return found
