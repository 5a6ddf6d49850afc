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
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_corpus as corpus  # noqa: E402
from search_build import build  # noqa: E402
from search_raw import KINDS, Raw, breakdown, raw_cursor  # noqa: E402
from search_report import report  # noqa: E402

PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_NAME = "emn_bench_search"
CHUNK = 500
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
