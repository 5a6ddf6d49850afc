"""The report of bench/search.py: a table for people, then one JSON line with the figures."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

import search_corpus as corpus
from search_raw import KINDS

USERS = ("anonymous", "member")


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
