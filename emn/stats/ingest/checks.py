"""Checks every staged table passes before anything is stored, whatever its format.

Readers check what only they can see (a cell, a flag, a row's width); here are the rules of
the dataset as a whole: it is not empty, and no series key and period occur twice.
"""

from __future__ import annotations

from typing import Any

from emn.stats.formats.common import SourceError, Staged, quote_ident


def key_columns(staged: Staged) -> str:
    return ", ".join(quote_ident(d) for d in [*staged.dimensions, "time_period"])


def check_staged(con: Any, staged: Staged, name: str) -> int:
    """The number of observations; a SourceError if there are none or a key repeats."""
    table = quote_ident(staged.table)
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    count = int(row[0]) if row else 0
    if count == 0:
        raise SourceError(name, "the file holds no observations")
    if not staged.keys_unique:
        _check_duplicates(con, staged, name)
    return count


def _check_duplicates(con: Any, staged: Staged, name: str) -> None:
    keys = key_columns(staged)
    row = con.execute(
        f"SELECT {keys}, count(*), min(src_line), max(src_line) FROM {quote_ident(staged.table)} "
        f"GROUP BY ALL HAVING count(*) > 1 LIMIT 1"
    ).fetchone()
    if row is None:
        return
    *key, times, first, last = row
    described = ", ".join(
        f"{d}={v}" for d, v in zip([*staged.dimensions, "time"], key, strict=True)
    )
    raise SourceError(
        name,
        f"the observation {described} occurs {times} times"
        + (f" (first on line {first})" if first is not None else ""),
        last,
    )
