"""The raw baseline of bench/search.py: the same engine queried with hand-written SQL, and the
instrumented pass (--profile) that splits a search's time into its parts.

See bench/search.py's docstring for what "raw" does and does not include.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import search_corpus as corpus

KINDS = ("word", "three", "phrase")


# --- raw queries -------------------------------------------------------------------------------


def raw_visibility(user: Any, placeholder: str) -> tuple[str, list[Any]]:
    """Hand-written: anonymous sees public; the member also members' and SI-named documents."""
    if not getattr(user, "is_authenticated", False):
        return "d.audience = 'public'", []
    from emn.network.models import Country

    si = Country.objects.get(code="SI").pk
    p = placeholder
    return (
        f"(d.audience IN ('public', 'members') OR (d.audience = 'restricted' AND "
        f"(d.readers LIKE {p} OR d.readers LIKE {p})))",
        [f"% c:{si} %", f"% u:{user.pk} %"],
    )


class Raw:
    """The raw engine query for one engine: see the module docstring."""

    def __init__(self, engine: str) -> None:
        self.engine = engine
        self.visibility: dict[str, tuple[str, list[Any]]] = {}

    def expression(self, q: str, language: str) -> str:
        from emn.search import analysis, querying

        query = querying.parse(q, analysis.language_code(language) or "en")
        if self.engine == "postgres":
            from emn.search.backends import postgres

            return postgres.expression(query)
        from emn.search.backends import sqlite

        return sqlite.expression(query)

    def statements(self, user_name: str, user: Any) -> tuple[str, str, list[Any]]:
        if user_name not in self.visibility:
            self.visibility[user_name] = raw_visibility(
                user, "%s" if self.engine == "postgres" else "?"
            )
        vis, vis_params = self.visibility[user_name]
        if self.engine == "postgres":
            match = (
                "FROM search_document d, to_tsquery('simple', %s) q WHERE d.vector @@ q AND " + vis
            )
            top = (
                "SELECT d.id, d.titles, d.url, ts_rank('{0.1,0.2,0.4,1.0}', d.vector, q) AS r "
                f"{match} ORDER BY r DESC LIMIT 20"
            )
            split = "unnest(string_to_array(btrim(m.{0}), ' ')) s(v)"
            value = "s.v"
        else:
            match = (
                "FROM search_fts JOIN search_document d ON d.id = search_fts.rowid "
                "WHERE search_fts MATCH ? AND " + vis
            )
            top = (
                "SELECT d.id, d.titles, d.url, bm25(search_fts, 10, 4, 2, 1) AS r "
                f"{match} ORDER BY r LIMIT 20"
            )
            # SQLite has no split(): the space-delimited values as a JSON array, then json_each.
            split = "json_each('[\"' || replace(trim(m.{0}), ' ', '\",\"') || '\"]') s"
            value = "s.value"
        multi = " UNION ALL ".join(
            f"SELECT '{name}', {value}, count(*) FROM m, {split.format(column)} "
            f"WHERE {value} <> '' GROUP BY {value}"
            for name, column in (
                ("theme", "themes"),
                ("country", "countries"),
                ("language", "languages"),
            )
        )
        facets = (
            f"WITH m AS MATERIALIZED (SELECT d.kind, d.year, d.dissemination, d.themes, "
            f"d.countries, d.languages {match}) "
            "SELECT 'kind', kind, count(*) FROM m GROUP BY kind UNION ALL "
            "SELECT 'year', CAST(year AS text), count(*) FROM m GROUP BY year UNION ALL "
            "SELECT 'dissemination', dissemination, count(*) FROM m GROUP BY dissemination "
            f"UNION ALL {multi}"
        )
        return top, facets, vis_params

    def run(
        self, cursor: Any, expression: str, user_name: str, user: Any, timings: dict | None = None
    ) -> int:
        top, facets, vis_params = self.statements(user_name, user)
        t0 = time.perf_counter()
        cursor.execute(top, [expression, *vis_params])
        cursor.fetchall()
        t1 = time.perf_counter()
        cursor.execute(facets, [expression, *vis_params])
        total = sum(n for facet, _v, n in cursor.fetchall() if facet == "kind")
        if timings is not None:
            timings["raw top-20"].append((t1 - t0) * 1000)
            timings["raw facets"].append((time.perf_counter() - t1) * 1000)
        return total


def raw_cursor(engine: str) -> Any:
    """A DB-API cursor under Django's: no Django wrapper in the raw timing."""
    from django.db import connection

    connection.ensure_connection()
    return connection.connection.cursor()


@contextmanager
def patched(
    module: Any, name: str, wrapper: Callable[[Callable[..., Any]], Callable[..., Any]]
) -> Iterator[None]:
    original = getattr(module, name)
    setattr(module, name, wrapper(original))
    try:
        yield
    finally:
        setattr(module, name, original)


def breakdown(
    engine: str, users: dict[str, Any], queries: list[corpus.Query]
) -> dict[str, dict[str, float]]:
    """An instrumented pass: mean ms per part of `search()` and of the raw query, per kind.

    Python parts are timed by wrapping the engine's module functions that exist (the engine may
    change shape); every SQL statement by an execute wrapper, labelled by what it reads.
    """
    from contextlib import ExitStack

    from django.db import connection

    from emn.search import engine as engine_module
    from emn.search import facets, querying, snippets
    from emn.search.results import SearchParams

    timings: dict[str, list[float]] = defaultdict(list)

    def timed(label: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
            def inner(*args: Any, **kwargs: Any) -> Any:
                t0 = time.perf_counter()
                try:
                    return function(*args, **kwargs)
                finally:
                    timings[label].append((time.perf_counter() - t0) * 1000)

            return inner

        return wrap

    def sql_label(sql: str) -> str:
        if sql.startswith("WITH m AS"):
            return "SQL: facet counts (GROUP BY)"
        if sql.startswith("SELECT d.id"):
            return "SQL: match + rank + visibility"
        if "search_termtranslation" in sql:
            return "SQL: translation table (in parse)"
        if "network_country" in sql:
            return "SQL: country names (in labels)"
        if '"search_document"' in sql:
            return "SQL: page documents (in hits)"
        return "SQL: other"

    def wrapper(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings[sql_label(sql)].append((time.perf_counter() - t0) * 1000)

    parts = [
        (querying, "parse", "parse + lemmatise + translations"),
        (engine_module, "_count_facets", "facet counts (SQL + Python)"),
        (facets, "count", "facet counting (Python)"),
        (facets, "facet_values", "facet labels"),
        (engine_module, "_order", "ordering (Python)"),
        (engine_module, "_hits", "hits: titles + snippets"),
        (snippets, "snippet", "snippets"),
    ]
    raw = Raw(engine)
    cursor = raw_cursor(engine)
    out: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        timings.clear()
        batch = [q for q in queries if q.kind == kind]
        with ExitStack() as stack:
            for module, name, label in parts:
                if hasattr(module, name):
                    stack.enter_context(patched(module, name, timed(label)))
            stack.enter_context(connection.execute_wrapper(wrapper))
            for user in users.values():
                for q in batch:
                    t0 = time.perf_counter()
                    engine_module.search(user, SearchParams(q=q.q, page_size=20), q.language)
                    timings["search() total"].append((time.perf_counter() - t0) * 1000)
        for user_name, user in users.items():
            for q in batch:
                expression = raw.expression(q.q, q.language)
                t0 = time.perf_counter()
                raw.run(cursor, expression, user_name, user, timings)
                timings["raw total"].append((time.perf_counter() - t0) * 1000)
        n = len(timings["search() total"])
        out[kind] = {label: sum(v) / n for label, v in timings.items() if v}
    return out
