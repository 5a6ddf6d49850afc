"""Benchmark of statistics ingestion and slicing, ours against what a user would otherwise run.

Run: .venv/bin/python bench/ingest.py [--file PATH] [--runs 50] [--pg URL | --pg none]

The file (default: the shared migr_asyappctza_tabular.tsv.gz, 6.3 million observations) is
ingested, each contender in a child process of its own, so that its peak memory (the child's
maximum resident set size, Python, Django and DuckDB included) is its alone:

  ours, SQLite      `manage.py ingest_eurostat FILE` as the command runs it (detect, read,
                    check, write the Parquet file, compare, publish the release) into a fresh
                    SQLite database migrated beforehand (migrating is not timed);
  ours, PostgreSQL  the same into a fresh database on --pg (created and dropped by the run);
  eurostat          the PyPI client's `get_data(code, flags=True)`, its HTTP served from a local
                    http.server thread with the same bytes (dataflow, datastructure and the
                    gzip TSV); the time of its HTTP calls is subtracted: only the parse counts;
  pandas            `read_csv` + `melt` to one row per observation + value and flag split;
  DuckDB            `read_csv`, UNPIVOT, split value and flag, write Parquet (the whole job).

Then, on the release ours stored (each main database), the query benchmark: a country
comparison for the last year (every geo, the other dimensions at their totals) and the series
of one country over every period of the file, each as a page runs it (the dataset through
`visible_to`, then `reading.observations`), p95 over --runs runs after one warm-up, with the
number of SQL queries to the main database (CaptureQueriesContext).

Target: ours at least 3x the eurostat client and within 2x of DuckDB's whole job, with both
main databases; peak memory under 2 GiB; p95 of each query <= 50 ms. The last line is one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

import harness  # noqa: E402  (beside this file)
from harness import log  # noqa: E402

DEFAULT_FILE = ROOT.parent / "shared" / "data" / "eurostat" / "migr_asyappctza_tabular.tsv.gz"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/postgres"
PG_NAME = "emn_bench_ingest"


# --- children ----------------------------------------------------------------------------------


def django_setup(args: argparse.Namespace) -> None:
    harness.django_setup(args.db, Path(args.stats).parent, args.stats)


def child_migrate(args: argparse.Namespace) -> dict[str, Any]:
    django_setup(args)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return {}


def child_ours(args: argparse.Namespace) -> dict[str, Any]:
    django_setup(args)
    import io

    from django.core.management import call_command

    from emn.stats.models import Release

    started = time.perf_counter()
    call_command("ingest_eurostat", args.file, "--no-progress", stdout=io.StringIO())
    seconds = time.perf_counter() - started
    release = Release.objects.get(state=Release.State.CURRENT)
    return {"seconds": seconds, "observations": release.observations}


def child_queries(args: argparse.Namespace) -> dict[str, Any]:
    django_setup(args)
    import ingest_queries

    return ingest_queries.measure(args.runs)


def child_eurostat(args: argparse.Namespace) -> dict[str, Any]:
    import ingest_others

    return ingest_others.eurostat_client(Path(args.file))


def child_pandas(args: argparse.Namespace) -> dict[str, Any]:
    import ingest_others

    return ingest_others.pandas_melt(Path(args.file))


def child_duckdb(args: argparse.Namespace) -> dict[str, Any]:
    import ingest_others

    return ingest_others.duckdb_job(Path(args.file), Path(args.stats))


CHILDREN = {
    "migrate": child_migrate,
    "ours": child_ours,
    "queries": child_queries,
    "eurostat": child_eurostat,
    "pandas": child_pandas,
    "duckdb": child_duckdb,
}


# --- parent ------------------------------------------------------------------------------------


def run_child(kind: str, **options: Any) -> dict[str, Any]:
    return harness.run_child(__file__, kind, **options)


def pg_database(url: str, action: str) -> str | None:
    """Create (or drop) the benchmark's own database on the server of `url`; its URL."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    try:
        with psycopg.connect(
            host=config["HOST"],
            port=config["PORT"] or 5432,
            user=config["USER"],
            password=config["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
            connect_timeout=3,
        ) as con:
            con.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
            if action == "create":
                con.execute(f"CREATE DATABASE {PG_NAME}")
    except psycopg.Error as error:
        log(f"PostgreSQL skipped: {error}".strip())
        return None
    return url.rsplit("/", 1)[0] + f"/{PG_NAME}"


def ours(db: str, stats: Path, path: Path, runs: int) -> dict[str, Any]:
    run_child("migrate", db=db, stats=stats)
    result = run_child("ours", db=db, stats=stats, file=path)
    result["queries"] = run_child("queries", db=db, stats=stats, runs=runs)
    return result


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    path = Path(args.file)
    results: dict[str, Any] = {}
    log("ours, SQLite ...")
    results["ours_sqlite"] = ours(
        f"sqlite:///{work / 'ours.sqlite3'}", work / "s1", path, args.runs
    )
    pg = pg_database(args.pg, "create") if args.pg != "none" else None
    if pg:
        log("ours, PostgreSQL ...")
        try:
            results["ours_pg"] = ours(pg, work / "s2", path, args.runs)
        finally:
            pg_database(args.pg, "drop")
    for kind in ("eurostat", "pandas", "duckdb"):
        log(f"{kind} ...")
        results[kind] = run_child(kind, file=path, stats=work / "s3")
    return results


NAMES = {
    "ours_sqlite": "ours, SQLite main database",
    "ours_pg": "ours, PostgreSQL main database",
    "eurostat": "eurostat client get_data (parse)",
    "pandas": "pandas read_csv + melt + split",
    "duckdb": "DuckDB read_csv + unpivot + Parquet",
}


def rate(row: dict[str, Any], observations: int) -> float:
    return observations / row["seconds"]


def table(results: dict[str, Any], observations: int) -> str:
    head = f"{'contender':<38}{'seconds':>9}{'M obs/s':>9}{'peak MiB':>10}{'rows':>11}"
    lines = [f"{observations:,} observations", head, "-" * len(head)]
    for key, name in NAMES.items():
        row = results.get(key)
        if row is None:
            lines.append(f"{name:<38}{'skipped':>9}")
            continue
        lines.append(
            f"{name:<38}{row['seconds']:>9.2f}{rate(row, observations) / 1e6:>9.2f}"
            f"{row['peak_mib']:>10.0f}{row['observations']:>11,}"
        )
    duck, client = results["duckdb"]["seconds"], results["eurostat"]["seconds"]
    for key in ("ours_sqlite", "ours_pg"):
        if key in results:
            mine = results[key]["seconds"]
            lines.append(
                f"{NAMES[key]}: {client / mine:.1f}x the eurostat client (target >= 3), "
                f"{mine / duck:.2f}x DuckDB's time (target <= 2)"
            )
    lines += ["", f"{'query (p95 over runs, ms)':<38}{'p95':>8}{'median':>8}{'SQL':>5}{'rows':>6}"]
    for key in ("ours_sqlite", "ours_pg"):
        for name in ("comparison", "series") if key in results else ():
            q = results[key]["queries"][name]
            label = f"{name}, {key.removeprefix('ours_')}"
            lines.append(
                f"{label:<38}{q['p95_ms']:>8.1f}{q['median_ms']:>8.1f}{q['sql']:>5}{q['rows']:>6}"
            )
            lines.append(f"  {q['what']}")
    return "\n".join(lines)


def summary(results: dict[str, Any], observations: int) -> dict[str, Any]:
    ours_rows = [results[k] for k in ("ours_sqlite", "ours_pg") if k in results]
    out: dict[str, Any] = {
        f"{k}_obs_per_s": round(rate(results[k], observations)) if k in results else None
        for k in ("ours_sqlite", "ours_pg")
    }
    out["eurostat_client_obs_per_s"] = round(rate(results["eurostat"], observations))
    out["pandas_obs_per_s"] = round(rate(results["pandas"], observations))
    out["duckdb_obs_per_s"] = round(rate(results["duckdb"], observations))
    out["observations"] = observations
    out["peak_mib"] = round(max(r["peak_mib"] for r in ours_rows), 1)
    for name in ("comparison", "series"):
        worst = max(r["queries"][name]["p95_ms"] for r in ours_rows)
        out[f"{name}_p95_ms"] = round(worst, 2)
        out[f"{name}_sql_queries"] = max(r["queries"][name]["sql"] for r in ours_rows)
    for key in ("eurostat", "pandas", "duckdb"):
        out[f"{key}_peak_mib"] = round(results[key]["peak_mib"], 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT_FILE))
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get("EMN_BENCH_PG", DEFAULT_PG))
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--stats", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        harness.child_main(CHILDREN, args)
        return
    results, loads = harness.measured("emn-bench-ingest-", lambda work: measure(args, work))
    observations = results["ours_sqlite"]["observations"]
    counts = {k: r["observations"] for k, r in results.items()}
    if len(set(counts.values())) != 1:
        log(f"warning: the contenders counted different observations: {counts}")
    print(table(results, observations))
    harness.print_loads(loads)
    print(json.dumps({**summary(results, observations), "load_average": loads}))


if __name__ == "__main__":
    main()
