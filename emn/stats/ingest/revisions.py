"""Revisions: what a new release changed in the values of the release it replaces.

One Parquet file per release lists every observation that was added, removed, or changed
in value or flag, with the old and the new value side by side; so "which releases changed
this value, and from what" is a read of the dataset's revisions files, without keeping a
second copy of unchanged observations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from emn.stats.duck import stats_root
from emn.stats.formats.common import Staged, quote_ident, sql_string
from emn.stats.ingest.files import new_path, write_parquet
from emn.stats.models import Release


@dataclass
class Revisions:
    path: str = ""
    changed: int = 0
    added: int = 0
    removed: int = 0
    note: str = ""


def compare(con: Any, staged: Staged, previous: Release | None, code: str, count: int) -> Revisions:
    """Write the revisions file of a new release against `previous`; counts of each change."""
    if previous is None:
        return Revisions(added=count)
    old_dims = list(previous.dimensions.order_by("position").values_list("code", flat=True))
    if sorted(old_dims) != sorted(staged.dimensions):
        return Revisions(
            note=f"The dimensions changed ({', '.join(old_dims)} before); values not compared."
        )
    keys = ", ".join(quote_ident(d) for d in [*staged.dimensions, "time_period"])
    old = f"read_parquet({sql_string(str(stats_root() / previous.path))})"
    select = f"""
        SELECT {keys}, o.obs_value AS old_value, o.obs_flag AS old_flag,
               n.obs_value AS new_value, n.obs_flag AS new_flag,
               CASE WHEN o.obs_flag IS NULL THEN 'added'
                    WHEN n.obs_flag IS NULL THEN 'removed' ELSE 'changed' END AS change
        FROM {quote_ident(staged.table)} n FULL OUTER JOIN {old} o USING ({keys})
        WHERE o.obs_value IS DISTINCT FROM n.obs_value OR o.obs_flag IS DISTINCT FROM n.obs_flag
        ORDER BY {keys}
    """
    relative = new_path(code, "-revisions")
    path = write_parquet(con, select, relative)
    counts = dict(
        con.execute(
            f"SELECT change, count(*) FROM read_parquet({sql_string(str(path))}) GROUP BY 1"
        ).fetchall()
    )
    return Revisions(
        path=relative,
        changed=int(counts.get("changed", 0)),
        added=int(counts.get("added", 0)),
        removed=int(counts.get("removed", 0)),
    )
