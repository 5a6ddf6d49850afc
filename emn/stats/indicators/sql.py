"""The SQL of indicator arithmetic, for DuckDB: each input as a table, then the formula.

Rules kept here, the same whichever database holds the metadata:
- an input is its release's observations with the fixed codes, keyed on the aligned
  dimensions and the period; summed to years (`period_sum`) only when every part of the
  year has a value;
- a result's flags are the union of its inputs' letters, in alphabetical order (as
  Eurostat writes `bep`); a confidential input hides the value and the flag is `c`;
- a missing input, a missing value or a zero denominator gives a missing value, never 0.
Dimension names are quoted identifiers; codes and periods are bound parameters.
"""

from __future__ import annotations

from typing import Any

from emn.stats.formats.common import quote_ident

# Parts of a year per period form, for `period_sum`; NULL for forms that do not add up.
_PARTS = (
    "CASE WHEN regexp_full_match(time_period, '\\d{4}') THEN 1"
    " WHEN regexp_full_match(time_period, '\\d{4}-Q[1-4]') THEN 4"
    " WHEN regexp_full_match(time_period, '\\d{4}-S[12]') THEN 2"
    " WHEN regexp_full_match(time_period, '\\d{4}-\\d{2}') THEN 12 END"
)
# A running number per frequency, so "one period earlier" is an integer step.
_FREQUENCY = (
    "CASE WHEN regexp_full_match(time_period, '\\d{4}') THEN 'A'"
    " WHEN regexp_full_match(time_period, '\\d{4}-Q[1-4]') THEN 'Q'"
    " WHEN regexp_full_match(time_period, '\\d{4}-S[12]') THEN 'S'"
    " WHEN regexp_full_match(time_period, '\\d{4}-\\d{2}') THEN 'M' END"
)
_INDEX = (
    "CAST(left(time_period, 4) AS INTEGER) * CASE"
    " WHEN regexp_full_match(time_period, '\\d{4}') THEN 1"
    " WHEN regexp_full_match(time_period, '\\d{4}-Q[1-4]') THEN 4"
    " WHEN regexp_full_match(time_period, '\\d{4}-S[12]') THEN 2"
    " WHEN regexp_full_match(time_period, '\\d{4}-\\d{2}') THEN 12 END"
    " + CASE WHEN length(time_period) = 4 THEN 0"
    " ELSE CAST(regexp_extract(time_period, '(\\d+)$') AS INTEGER) END"
)


def union_flags(*expressions: str) -> str:
    """The letters of every flag expression, once each, sorted: 'pe' + 'bp' -> 'bep'."""
    joined = f"concat_ws('', {', '.join(expressions)})"
    return f"array_to_string(list_sort(list_distinct(string_split({joined}, ''))), '')"


def columns(align: tuple[str, ...]) -> str:
    return "".join(f"{quote_ident(d)}, " for d in align)


def input_select(
    source: str,
    align: tuple[str, ...],
    fixed: dict[str, str],
    within: dict[str, list[str]],
    period_sum: str,
) -> tuple[str, list[Any]]:
    """One input as (aligned dimensions, time_period, v, f), and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    for dim, code in fixed.items():
        clauses.append(f"{quote_ident(dim)} = ?")
        params.append(code)
    for dim, codes in within.items():
        if codes:
            clauses.append(f"{quote_ident(dim)} IN ({', '.join('?' for _ in codes)})")
            params.extend(codes)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    keys = columns(align)
    sql = (
        f"SELECT {keys}time_period, obs_value AS v, coalesce(obs_flag, '') AS f "
        f"FROM {source}{where}"
    )
    if period_sum == "A":
        sql = _yearly(sql, keys)
    return sql, params


def _yearly(sql: str, keys: str) -> str:
    """Sum the parts of each year; a year with a part missing (or a NULL part) is NULL."""
    return (
        f"SELECT {keys}left(time_period, 4) AS time_period, "
        "CASE WHEN min(parts) = max(parts) AND count(v) = max(parts) THEN sum(v) END AS v, "
        "string_agg(f, '') AS f "
        f"FROM (SELECT *, {_PARTS} AS parts FROM ({sql})) WHERE parts IS NOT NULL "
        f"GROUP BY {keys}left(time_period, 4)"
    )


def _result(value: str, missing: str, flags: str) -> str:
    """Value and flag columns from the formula, what makes it missing, and the flags."""
    hidden = f"contains({flags}, 'c')"
    return (
        f"CASE WHEN {hidden} OR {missing} THEN NULL ELSE {value} END AS value, "
        f"CASE WHEN {hidden} THEN 'c' WHEN {missing} THEN '' ELSE {flags} END AS flag"
    )


def quotient(
    top: str,
    bottom: str,
    align: tuple[str, ...],
    scale: float,
    bottom_counts: bool,
    periods: tuple[str | None, str | None],
) -> tuple[str, list[Any]]:
    """top / bottom * scale, a row for each key of `top` (and of `bottom` if it counts)."""
    keys = columns(align)
    using = ", ".join([*(quote_ident(d) for d in align), "time_period"])
    union = f" UNION SELECT {keys}time_period FROM b" if bottom_counts else ""
    missing = "a.v IS NULL OR b.v IS NULL OR b.v = 0"
    flags = union_flags("a.f", "b.f")
    where, params = _periods(periods)
    sql = (
        f"WITH a AS ({top}), b AS ({bottom}), "
        f"k AS (SELECT {keys}time_period FROM a{union}) "
        f"SELECT {keys}time_period, "
        f"{_result(f'a.v / b.v * {float(scale)!r}', missing, flags)} "
        f"FROM k LEFT JOIN a USING ({using}) LEFT JOIN b USING ({using}){where} "
        f"ORDER BY {keys}time_period"
    )
    return sql, params


def change(
    series: str,
    align: tuple[str, ...],
    scale: float,
    lag: int,
    periods: tuple[str | None, str | None],
) -> tuple[str, list[Any]]:
    """(value / value `lag` periods earlier - 1) * scale, within each frequency."""
    same = "".join(f"prev.{quote_ident(d)} = cur.{quote_ident(d)} AND " for d in align)
    missing = "cur.v IS NULL OR prev.v IS NULL OR prev.v = 0"
    flags = union_flags("cur.f", "prev.f")
    where, params = _periods(periods, "cur.")
    picked = "".join(f"cur.{quote_ident(d)}, " for d in align)
    sql = (
        f"WITH s AS (SELECT *, {_FREQUENCY} AS fq, {_INDEX} AS i FROM ({series})) "
        f"SELECT {picked}cur.time_period, "
        f"{_result(f'(cur.v / prev.v - 1) * {float(scale)!r}', missing, flags)} "
        f"FROM s cur LEFT JOIN s prev ON {same}prev.fq = cur.fq AND prev.i = cur.i - ?"
        f"{where} ORDER BY {picked}cur.time_period"
    )
    return sql, [lag, *params]


def _periods(periods: tuple[str | None, str | None], prefix: str = "") -> tuple[str, list[Any]]:
    start, end = periods
    clauses, params = [], []
    if start:
        clauses.append(f"{prefix}time_period >= ?")
        params.append(start)
    if end:
        clauses.append(f"{prefix}time_period <= ?")
        params.append(end)
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params
