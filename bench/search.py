"""Benchmark of the search: indexing throughput and query latency, ours against the raw engine.

Run: .venv/bin/python bench/search.py [--docs 100000] [--queries 200] [--engines sqlite,postgres]
     [--profile] [--cprofile FILE]

For each engine (SQLite: a file in a temporary directory; PostgreSQL: the database
emn_bench_search on postgres://postgres@127.0.0.1:5432, created and dropped by the run), a fresh
database is migrated and filled with a seeded corpus (bench/search_corpus.py: five languages,
Zipf-distributed real-looking vocabulary, title ~8 words, summary ~40, body 150-300, 15 kinds,
themes, countries, years, public / members / restricted audiences with named readers). Each
engine runs in its own child process so Django is set up once per database.

Indexing: documents are inserted as `Document` rows (bulk_create) and indexed through our layer,
`emn.search.index.write_many`, in chunks of 500, one transaction per chunk, the way
`manage.py reindex` writes them; the last 1% (at most 500) are written one by one with
`index.write` in their own transaction, as `index_now` does. Throughput counts both the row
insert and our indexing (analysis, lemmatisation, engine write); corpus generation is not timed.
Afterwards the engine's statistics are refreshed (VACUUM ANALYZE / ANALYZE), as autovacuum or a
nightly job would; that time is reported apart.

Queries: 1-word (topical words held by 0.5-10% of the documents of their language), 3-word
(three topical words of one generated document, so at least that document matches) and phrase
("a set phrase" that the corpus contains) queries, the reader's language being the query's.
Each runs through `emn.search.engine.search(user, SearchParams(q=..., page_size=20), language)`
as an anonymous user and as an EMN member (an NCP reader of SI, who also sees members' documents
and the restricted documents naming SI); facets are always computed by `search()`. Queries are
warmed up first (dictionaries loaded, caches and pages warm), then each is timed once per user.

"Raw" is the same engine queried with hand-written SQL doing the same work without our layer:
the full-text expression is the one our layer builds (`querying.parse` + the backend's
`expression()`, computed outside the timing, so the raw query matches the same lemmatised keys
and alternatives), the visibility condition is written by hand, and it runs
  1. the ranked page: id, titles, url and score of the best 20 visible matches
     (SQLite `bm25(search_fts, 10, 4, 2, 1)` ORDER BY it LIMIT 20; PostgreSQL
     `ts_rank('{0.1,0.2,0.4,1.0}', vector, to_tsquery('simple', ...))` DESC LIMIT 20 on the
     GIN-indexed vector);
  2. the facet counts: one statement, GROUP BY kind / year / dissemination and GROUP BY the
     split values of themes / countries / languages over the same visible match (a
     MATERIALIZED CTE); the total is the sum of the kind counts.
Raw does not include: parsing and lemmatising the query, the translation-table lookup, facet
labels, titles through the language fallback, snippets, `Hit`/`Results` objects. Those are what
our layer adds, and the ratio ours/raw measures their cost plus any difference in strategy.

With --profile, a second, instrumented pass splits the time of `search()` into its parts
(parsing, the match statement, facet counting, facet labels, ordering, hits/snippets) and the
raw time into its two statements. --cprofile FILE writes a cProfile of the measured searches.

The last line of output is one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_corpus as corpus  # noqa: E402

PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_NAME = "emn_bench_search"
CHUNK = 500
KINDS = ("word", "three", "phrase")
USERS = ("anonymous", "member")
WARMUP = 20


def log(message: str, end: str = "\n") -> None:
    print(message, end=end, file=sys.stderr, flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# --- database setup ----------------------------------------------------------------------------


def pg_admin(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(statement)


def setup(workdir: str, engine: str) -> None:
    os.environ["EMN_VAR_DIR"] = workdir
    if engine == "postgres":
        pg_admin(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
        pg_admin(f"CREATE DATABASE {PG_NAME}")
        os.environ["DATABASE_URL"] = f"{PG_SERVER}/{PG_NAME}"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ["DEBUG"] = "false"
    os.environ["STATIC_MANIFEST"] = "false"
    os.environ["DJANGO_SETTINGS_MODULE"] = "emn.settings"
    sys.path.insert(0, str(ROOT))
    import django

    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def make_users() -> dict[str, Any]:
    from django.contrib.auth.models import AnonymousUser

    from emn.accounts.models import Role
    from emn.core.testing.factories import RoleFactory, UserFactory, country
    from emn.core.testing.reference import ensure_reference_data

    ensure_reference_data()
    member = UserFactory(email="member.si@example.org")
    RoleFactory(user=member, kind=Role.Kind.NCP_READER, country=country("SI"))
    return {"anonymous": AnonymousUser(), "member": member}


def register_kinds() -> None:
    """Labels for the corpus's "type" values that no registered source declares."""
    from emn.search import registry
    from emn.search.models import Document

    missing = {k: k for k, _w in corpus.KINDS if k not in registry.kind_labels()}
    if missing:

        class BenchSource(registry.Source):
            name = "bench.document"
            model = Document
            kinds = missing

        registry.register(BenchSource())


# --- indexing ----------------------------------------------------------------------------------


def to_row(doc: corpus.Doc, country_ids: dict[str, int]) -> tuple[Any, list[Any]]:
    from emn.search.models import Document
    from emn.search.registry import Readers, Text

    readers = Readers(
        doc.audience,
        frozenset(country_ids[c] for c in doc.reader_countries if c in country_ids),
        frozenset(doc.reader_users),
        doc.service_provider,
    )
    titles = {doc.language: doc.title, **doc.extra_titles}
    texts = [Text(doc.title, "A", doc.language)]
    texts += [Text(t, "A", lang) for lang, t in doc.extra_titles.items()]
    texts += [Text(doc.summary, "B", doc.language), Text(doc.body, "C", doc.language)]
    row = Document(
        source="bench.document",
        object_id=doc.number + 1,
        kind=doc.kind,
        url=f"/library/{doc.number + 1}/",
        titles=titles,
        themes=" " + " ".join(doc.themes) + " ",
        countries=" " + " ".join(doc.countries) + " ",
        date=doc.date,
        year=doc.date.year,
        dissemination=doc.dissemination,
        audience=doc.audience,
        readers=readers.tokens(),
    )
    return row, texts


class Built:
    """What the corpus build leaves for query picking and the report."""

    def __init__(self) -> None:
        self.df: dict[str, Counter[str]] = {lang: Counter() for lang in corpus.LANGUAGES}
        self.sample: list[tuple[str, frozenset[str]]] = []
        self.generate_s = 0.0
        self.bulk_s = 0.0
        self.bulk_docs = 0
        self.single_s = 0.0
        self.single_docs = 0
        self.analyze_s = 0.0
        self.languages: Counter[str] = Counter()
        self.audiences: Counter[str] = Counter()


def build(count: int, seed: int, engine: str) -> Built:
    from django.db import connection, transaction

    from emn.network.models import Country
    from emn.search import index

    country_ids = dict(Country.objects.values_list("code", "pk"))
    built = Built()
    vocab = corpus.vocabularies(seed)
    single = min(500, count // 100)
    stream = corpus.generate(count, seed, vocab)
    sample_every = max(1, count // 1000)
    done = 0
    started = time.perf_counter()

    def take(n: int) -> list[corpus.Doc]:
        t0 = time.perf_counter()
        docs = [d for _i, d in zip(range(n), stream, strict=False)]
        for d in docs:
            built.df[d.language].update(d.units)
            built.languages[d.language] += 1
            built.audiences[d.audience] += 1
            if d.number % sample_every == 0:
                built.sample.append((d.language, d.units))
        built.generate_s += time.perf_counter() - t0
        return docs

    from emn.search.models import Document

    while done < count - single:
        docs = take(min(CHUNK, count - single - done))
        rows = [to_row(d, country_ids) for d in docs]
        t0 = time.perf_counter()
        with transaction.atomic():
            saved = Document.objects.bulk_create([r for r, _t in rows])
            index.write_many([(r, t) for r, (_s, t) in zip(saved, rows, strict=True)])
        built.bulk_s += time.perf_counter() - t0
        built.bulk_docs += len(docs)
        done += len(docs)
        elapsed = time.perf_counter() - started
        log(
            f"\r[{engine}] indexed {done:>7}/{count} documents, "
            f"{built.bulk_docs / built.bulk_s:6.0f} docs/s indexing, {elapsed:5.0f} s elapsed",
            end="",
        )
    for doc in take(single):
        row, texts = to_row(doc, country_ids)
        t0 = time.perf_counter()
        with transaction.atomic():
            row.save()
            index.write(row, texts)
        built.single_s += time.perf_counter() - t0
        built.single_docs += 1
        done += 1
    log(
        f"\r[{engine}] indexed {done:>7}/{count} documents in {time.perf_counter() - started:.0f} s"
    )
    t0 = time.perf_counter()
    with connection.cursor() as cursor:
        if engine == "postgres":
            cursor.execute("VACUUM ANALYZE search_document")
        else:
            cursor.execute("ANALYZE")
    built.analyze_s = time.perf_counter() - t0
    return built


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


# --- measuring ---------------------------------------------------------------------------------


def timed_search(
    search: Callable[..., Any], user: Any, params: Any, language: str, profiler: Any
) -> tuple[float, int]:
    """One search through our layer: (milliseconds, total)."""
    if profiler:
        profiler.enable()
    t0 = time.perf_counter()
    results = search(user, params, language)
    elapsed = (time.perf_counter() - t0) * 1000
    if profiler:
        profiler.disable()
    return elapsed, results.total


def timed_raw(
    raw: Raw, cursor: Any, expression: str, user_name: str, user: Any
) -> tuple[float, int]:
    """One raw engine query: (milliseconds, total)."""
    t0 = time.perf_counter()
    total = raw.run(cursor, expression, user_name, user)
    return (time.perf_counter() - t0) * 1000, total


def run_queries(
    engine: str, users: dict[str, Any], queries: list[corpus.Query], profile_file: str | None
) -> dict[str, Any]:
    from emn.search.engine import search
    from emn.search.results import SearchParams

    raw = Raw(engine)
    cursor = raw_cursor(engine)
    expressions = {(q.q, q.language): raw.expression(q.q, q.language) for q in queries}
    log(f"[{engine}] warming up")
    for user_name, user in users.items():
        for kind in KINDS:
            for q in [x for x in queries if x.kind == kind][:WARMUP]:
                search(user, SearchParams(q=q.q, page_size=20), q.language)
                raw.run(cursor, expressions[(q.q, q.language)], user_name, user)
    ours: dict[tuple[str, str], list[float]] = defaultdict(list)
    raws: dict[tuple[str, str], list[float]] = defaultdict(list)
    totals: dict[tuple[str, str], list[int]] = defaultdict(list)
    mismatches: Counter[tuple[str, str]] = Counter()
    profiler = None
    if profile_file:
        import cProfile

        profiler = cProfile.Profile()
    done = 0
    for kind in KINDS:
        batch = [q for q in queries if q.kind == kind]
        for user_name, user in users.items():
            for position, q in enumerate(batch):
                expression = expressions[(q.q, q.language)]
                params = SearchParams(q=q.q, page_size=20)

                run_ours = functools.partial(
                    timed_search, search, user, params, q.language, profiler
                )
                run_raw = functools.partial(timed_raw, raw, cursor, expression, user_name, user)
                # Alternate which goes first, so neither always finds the pages the other warmed.
                if position % 2:
                    (ours_ms, ours_total), (raw_ms, raw_total) = run_ours(), run_raw()
                else:
                    (raw_ms, raw_total), (ours_ms, ours_total) = run_raw(), run_ours()
                ours[(kind, user_name)].append(ours_ms)
                raws[(kind, user_name)].append(raw_ms)
                totals[(kind, user_name)].append(ours_total)
                if ours_total != raw_total:
                    mismatches[(kind, user_name)] += 1
                done += 1
            log(f"\r[{engine}] measured {done}/{len(queries) * len(users)} searches", end="")
    log("")
    if profiler and profile_file:
        profiler.dump_stats(profile_file)
    return {"ours": ours, "raw": raws, "totals": totals, "mismatches": mismatches}


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


# --- one engine --------------------------------------------------------------------------------


def child(engine: str, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="emn-bench-search-") as workdir:
        try:
            setup(workdir, engine)
        except Exception as error:
            if engine == "postgres":
                log(f"[postgres] PostgreSQL is unreachable ({error}); its figures are null.")
                return {"engine": engine, "error": str(error)}
            raise
        try:
            return measure(engine, args)
        finally:
            from django.db import connections

            connections.close_all()
            if engine == "postgres" and not args.keep:
                pg_admin(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")


def measure(engine: str, args: argparse.Namespace) -> dict[str, Any]:
    users = make_users()
    register_kinds()
    started = time.perf_counter()
    built = build(args.docs, args.seed, engine)
    build_s = time.perf_counter() - started
    vocab = corpus.vocabularies(args.seed)
    queries = corpus.pick_queries(built.sample, built.df, vocab, args.docs, args.queries, args.seed)
    measured = run_queries(engine, users, queries, args.cprofile)
    result: dict[str, Any] = {
        "engine": engine,
        "docs": args.docs,
        "build_s": round(build_s, 1),
        "generate_s": round(built.generate_s, 1),
        "index_s": round(built.bulk_s + built.single_s, 1),
        "analyze_s": round(built.analyze_s, 1),
        "index_docs_per_s": round(
            (built.bulk_docs + built.single_docs) / (built.bulk_s + built.single_s), 1
        ),
        "bulk_docs_per_s": round(built.bulk_docs / built.bulk_s, 1) if built.bulk_s else None,
        "single_docs_per_s": round(built.single_docs / built.single_s, 1)
        if built.single_s
        else None,
        "languages": dict(built.languages),
        "audiences": dict(built.audiences),
        "kinds": {},
    }
    for kind in KINDS:
        figures: dict[str, Any] = {}
        all_ours: list[float] = []
        all_raw: list[float] = []
        for user_name in USERS:
            o = measured["ours"][(kind, user_name)]
            r = measured["raw"][(kind, user_name)]
            all_ours += o
            all_raw += r
            figures[user_name] = {
                "p50_ms": round(percentile(o, 0.5), 2),
                "p95_ms": round(percentile(o, 0.95), 2),
                "raw_p50_ms": round(percentile(r, 0.5), 2),
                "raw_p95_ms": round(percentile(r, 0.95), 2),
                "mean_hits": round(statistics.mean(measured["totals"][(kind, user_name)]), 1),
                "median_hits": statistics.median(measured["totals"][(kind, user_name)]),
                "total_mismatches": measured["mismatches"][(kind, user_name)],
            }
        figures["p50_ms"] = round(percentile(all_ours, 0.5), 2)
        figures["p95_ms"] = round(percentile(all_ours, 0.95), 2)
        figures["raw_p50_ms"] = round(percentile(all_raw, 0.5), 2)
        figures["raw_p95_ms"] = round(percentile(all_raw, 0.95), 2)
        figures["queries"] = len(all_ours)
        result["kinds"][kind] = figures
    if args.profile:
        try:
            result["breakdown"] = breakdown(engine, users, queries)
        except Exception as error:
            log(f"[{engine}] the time breakdown failed: {error!r}")
    return result


# --- report ------------------------------------------------------------------------------------


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.1f}x" if a is not None and b else "-"


def report(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> None:
    print(f"load average at the end: {os.getloadavg()}")
    print(
        f"Search benchmark: {args.docs} documents in {', '.join(corpus.LANGUAGES)}, "
        f"{args.queries} queries per kind and user (anonymous, EMN member), page size 20"
    )
    for engine, r in results.items():
        if "error" in r:
            print(f"{engine}: not run ({r['error']})")
            continue
        print(
            f"{engine}: built in {r['build_s']} s (generation {r['generate_s']} s, indexing "
            f"{r['index_s']} s, statistics {r['analyze_s']} s); {r['index_docs_per_s']} docs/s "
            f"overall, {r['bulk_docs_per_s']} docs/s in chunks (write_many), "
            f"{r['single_docs_per_s']} docs/s one by one (write); languages {r['languages']}; "
            f"audiences {r['audiences']}"
        )
    header = (
        f"{'engine':<9}{'index docs/s':>13}  {'query':<7}{'user':<10}{'hits p50':>9}"
        f"{'ours p50':>10}{'ours p95':>10}{'raw p50':>9}{'raw p95':>9}{'p95 ratio':>10}{'≠total':>7}"
    )
    print(header)
    for engine, r in results.items():
        if "error" in r:
            print(f"{engine:<9}{'null':>13}")
            continue
        for kind in KINDS:
            f = r["kinds"][kind]
            for user_name in (*USERS, "all"):
                g = f if user_name == "all" else f[user_name]
                hits = "" if user_name == "all" else f"{g['median_hits']:.0f}"
                wrong = "" if user_name == "all" else str(g["total_mismatches"])
                print(
                    f"{engine:<9}{r['index_docs_per_s']:>13.0f}  {kind:<7}{user_name:<10}{hits:>9}"
                    f"{g['p50_ms']:>10.2f}{g['p95_ms']:>10.2f}{g['raw_p50_ms']:>9.2f}"
                    f"{g['raw_p95_ms']:>9.2f}{ratio(g['p95_ms'], g['raw_p95_ms']):>10}{wrong:>7}"
                )
    for engine, r in results.items():
        if "breakdown" not in r:
            continue
        print(f"{engine}: where the time goes (mean ms per search, instrumented pass)")
        order = [
            "parse + lemmatise + translations",
            "SQL: translation table (in parse)",
            "facet counts (SQL + Python)",
            "SQL: facet counts (GROUP BY)",
            "facet counting (Python)",
            "SQL: match + rank + visibility",
            "ordering (Python)",
            "facet labels",
            "SQL: country names (in labels)",
            "hits: titles + snippets",
            "SQL: page documents (in hits)",
            "snippets",
            "SQL: other",
            "search() total",
            "raw top-20",
            "raw facets",
            "raw total",
        ]
        seen = {label for kind in KINDS for label in r["breakdown"][kind]}
        labels = [label for label in order if label in seen] + sorted(seen - set(order))
        print(f"  {'part':<40}" + "".join(f"{k:>10}" for k in KINDS))
        for label in labels:
            print(
                f"  {label:<40}"
                + "".join(f"{r['breakdown'][k].get(label, 0.0):>10.2f}" for k in KINDS)
            )
    summary: dict[str, Any] = {"docs": args.docs, "queries_per_kind": args.queries}
    for engine, prefix in (("sqlite", "sqlite"), ("postgres", "pg")):
        r = results.get(engine, {})
        ok = r and "error" not in r
        summary[f"{prefix}_index_docs_per_s"] = r["index_docs_per_s"] if ok else None
        summary[f"{prefix}_p95_ms"] = max(r["kinds"][k]["p95_ms"] for k in KINDS) if ok else None
        summary[f"{prefix}_raw_p95_ms"] = (
            max(r["kinds"][k]["raw_p95_ms"] for k in KINDS) if ok else None
        )
        for kind in KINDS:
            for key in ("p50_ms", "p95_ms", "raw_p50_ms", "raw_p95_ms"):
                summary[f"{prefix}_{kind}_{key}"] = r["kinds"][kind][key] if ok else None
    print(json.dumps(summary))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="per kind (and per user)")
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--profile", action="store_true", help="add the time breakdown")
    parser.add_argument("--cprofile", metavar="FILE", help="cProfile the measured searches")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args)))
        return
    results: dict[str, dict[str, Any]] = {}
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        if engine not in ("sqlite", "postgres"):
            parser.error(f"unknown engine {engine!r}: use sqlite and/or postgres")
        command = [sys.executable, __file__, *sys.argv[1:], "--child", engine]
        if args.cprofile:
            command[command.index(args.cprofile)] = f"{args.cprofile}.{engine}"
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
        lines = done.stdout.strip().splitlines()
        try:
            results[engine] = json.loads(lines[-1])
        except (IndexError, json.JSONDecodeError):
            results[engine] = {
                "engine": engine,
                "error": f"the run failed (exit {done.returncode})",
            }
    report(results, args)


if __name__ == "__main__":
    main()
