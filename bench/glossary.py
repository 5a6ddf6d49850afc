"""Benchmark of the glossary's SKOS import and export, ours against rdflib and pyoxigraph alone.

Run: .venv/bin/python bench/glossary.py [--concepts 5000] [--languages 27]
     [--formats ttl,rdf,jsonld,nt] [--vocab PATH]

A glossary of --concepts concepts in --languages languages is generated (bench/glossary_corpus.py:
preferred and alternative terms in every language, national variants, structured and plain
definitions, notes, broader and related links, mappings, every status) and written in each
format by our writer. Then, each measurement in a child process of its own, so that its peak
memory (the child's maximum resident set size, Python and Django included) is its alone:

  ours import    `import_skos` (parse, integrity check, store in one transaction, repair mode)
                 into a fresh, migrated SQLite database;
  ours export    `export_skos` of the working copy (load from the database, serialise);
  rdflib         `Graph.parse` alone, and `Graph.serialize` alone of the parsed graph;
  pyoxigraph     `pyoxigraph.parse` (every triple taken) alone, and `pyoxigraph.serialize` alone.

The largest real vocabulary we test with (EMN_BENCH_VOCAB, default
/work/data/skos/unesco-thesaurus.ttl, not in the repository) is imported the same way; the
child then exports it and checks, reading both with rdflib, that the same concepts, labels per
language and relations among its concepts come back. Without the file that row is skipped.

Target: our import faster than rdflib's parse alone and within 5x pyoxigraph's parse, our export
faster than rdflib's serialise alone, peak memory under 1 GiB. The last line of output is one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

import harness  # noqa: E402  (beside this file)
from harness import log  # noqa: E402

DEFAULT_VOCAB = "/work/data/skos/unesco-thesaurus.ttl"
KEYS = {"ttl": "turtle", "rdf": "rdfxml", "jsonld": "jsonld", "nt": "ntriples"}
RDFLIB = {"ttl": "turtle", "rdf": "xml", "jsonld": "json-ld", "nt": "nt"}
SKOS = "http://www.w3.org/2004/02/skos/core#"


# --- children ----------------------------------------------------------------------------------


def django_setup(db: str) -> None:
    warnings.filterwarnings("ignore")
    harness.django_setup(f"sqlite:///{db}", Path(db).parent)


def child_prepare(args: argparse.Namespace) -> dict[str, Any]:
    """Migrate the template database and write the generated glossary in every format."""
    django_setup(args.db)
    import glossary_corpus as corpus
    from django.core.management import call_command

    from emn.glossary.skos import writing

    call_command("migrate", verbosity=0)
    records = corpus.generate(args.concepts, args.languages)
    sizes = {}
    for fmt in args.formats.split(","):
        data = writing.document(corpus.BASE + "scheme", {"en": "Bench glossary"}, records, fmt)
        Path(args.file.format(fmt=fmt)).write_bytes(data)
        sizes[fmt] = len(data)
    import pyoxigraph

    nt = writing.document(corpus.BASE + "scheme", {}, records, "nt")
    count = sum(1 for _ in pyoxigraph.parse(input=nt, format=pyoxigraph.RdfFormat.N_TRIPLES))
    return {"sizes": sizes, "triples": count, "concepts": len(records)}


def child_import(args: argparse.Namespace) -> dict[str, Any]:
    django_setup(args.db)
    from emn.glossary.services.skos_import import import_skos

    data = Path(args.file).read_bytes()
    started = time.perf_counter()
    report = import_skos(None, data, filename=Path(args.file).name, mode="repair", system=True)
    seconds = time.perf_counter() - started
    if not report.stored:
        raise SystemExit(f"import refused: {[str(p) for p in report.errors()[:5]]}")
    kinds = Counter(f"{'error' if p.error else 'remark'} {p.property}" for p in report.problems)
    return {"seconds": seconds, "counts": report.counts(), "problems": dict(kinds)}


def child_export(args: argparse.Namespace) -> dict[str, Any]:
    django_setup(args.db)
    from emn.glossary.models import Scheme
    from emn.glossary.services.skos_export import export_skos

    scheme = Scheme.objects.exclude(key="emn").order_by("pk").last()
    started = time.perf_counter()
    data = export_skos(None, scheme, None, args.format, system=True)
    return {"seconds": time.perf_counter() - started, "bytes": len(data)}


def child_library(args: argparse.Namespace) -> dict[str, Any]:
    """rdflib or pyoxigraph alone: parse, or serialise a graph parsed beforehand (untimed)."""
    data = Path(args.file).read_bytes()
    library, action = args.child.split("_")
    if library == "rdflib":
        import rdflib

        warnings.filterwarnings("ignore")
        started = time.perf_counter()
        graph = rdflib.Graph().parse(data=data, format=RDFLIB[args.format])
        if action == "serialize":
            started = time.perf_counter()
            graph.serialize(format=RDFLIB[args.format], encoding="utf-8")
        return {"seconds": time.perf_counter() - started, "triples": len(graph)}
    import pyoxigraph

    from emn.glossary.skos.formats import by_name

    fmt = by_name(args.format).rdf
    started = time.perf_counter()
    triples = [quad.triple for quad in pyoxigraph.parse(input=data, format=fmt)]
    if action == "serialize":
        started = time.perf_counter()
        pyoxigraph.serialize(triples, format=fmt)
    return {"seconds": time.perf_counter() - started, "triples": len(triples)}


def _rdflib_view(graph: Any, scheme: str | None) -> tuple[set, dict, set, set]:
    from rdflib import RDF, URIRef
    from rdflib.namespace import SKOS as S

    concepts = {str(c) for c in graph.subjects(RDF.type, S.Concept)}
    if scheme:
        concepts = {c for c in concepts if (URIRef(c), S.inScheme, URIRef(scheme)) in graph}
    labels: dict[tuple[str, str], set[str]] = {}
    for kind in (S.prefLabel, S.altLabel, S.hiddenLabel):
        for s, v in graph.subject_objects(kind):
            if str(s) in concepts:
                key = (str(s), (v.language or "").lower())
                labels.setdefault(key, set()).add(" ".join(str(v).split()).casefold())
    pairs = {(str(a), str(b)) for a, b in graph.subject_objects(S.broader)}
    pairs |= {(str(b), str(a)) for a, b in graph.subject_objects(S.narrower)}
    related = {(str(a), str(b)) for a, b in graph.subject_objects(S.related)}

    def inside(found: set) -> set:
        return {(a, b) for a, b in found if a in concepts and b in concepts and a != b}

    return concepts, labels, inside(pairs), inside(related)


def child_real(args: argparse.Namespace) -> dict[str, Any]:
    """Import the real vocabulary, export it, and compare both with rdflib."""
    result = child_import(args)
    import rdflib

    from emn.glossary.models import Scheme
    from emn.glossary.services.skos_export import export_skos

    scheme = Scheme.objects.exclude(key="emn").get()
    exported = export_skos(None, scheme, None, "ttl", system=True)
    source = rdflib.Graph().parse(args.file)
    again = rdflib.Graph().parse(data=exported, format="turtle")
    before, after = _rdflib_view(source, scheme.uri), _rdflib_view(again, None)
    names = ("concepts", "labels", "broader", "related")
    result["same"] = {name: b == a for name, b, a in zip(names, before, after, strict=True)}
    result["differences"] = {
        name: len(b ^ set(a)) if isinstance(b, set) else sum(b[k] != a.get(k) for k in b)
        for name, b, a in zip(names, before, after, strict=True)
    }
    result["concepts"] = len(before[0])
    result["languages"] = sorted({lang for _c, lang in before[1]})
    return result


CHILDREN = {"prepare": child_prepare, "import": child_import, "export": child_export}
CHILDREN.update({"real": child_real})
for _lib in ("rdflib", "oxigraph"):
    for _act in ("parse", "serialize"):
        CHILDREN[f"{_lib}_{_act}"] = child_library


# --- parent ------------------------------------------------------------------------------------


def run_child(kind: str, **options: Any) -> dict[str, Any]:
    return harness.run_child(__file__, kind, **options)


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    formats = args.formats.split(",")
    template = work / "template.sqlite3"
    pattern = str(work / "corpus.{fmt}")
    log(f"generating {args.concepts} concepts in {args.languages} languages ...")
    prepared = run_child(
        "prepare",
        db=template,
        file=pattern,
        concepts=args.concepts,
        languages=args.languages,
        formats=args.formats,
    )
    results: dict[str, Any] = {"prepared": prepared, "rows": {}}
    export_db = work / "export.sqlite3"
    for fmt in formats:
        path = pattern.format(fmt=fmt)
        db = work / f"import-{fmt}.sqlite3"
        shutil.copy(template, db)
        rows: dict[str, Any] = {}
        log(f"[{fmt}] ours import ...")
        rows["import"] = run_child("import", db=db, file=path)
        if not export_db.exists():
            shutil.copy(db, export_db)
        log(f"[{fmt}] ours export ...")
        rows["export"] = run_child("export", db=export_db, format=fmt)
        for kind in ("oxigraph_parse", "oxigraph_serialize", "rdflib_parse", "rdflib_serialize"):
            log(f"[{fmt}] {kind} ...")
            rows[kind] = run_child(kind, file=path, format=fmt)
        results["rows"][fmt] = rows
    vocab = Path(args.vocab)
    if vocab.exists():
        db = work / "real.sqlite3"
        shutil.copy(template, db)
        log(f"real vocabulary {vocab.name} ...")
        fmt = "ttl" if vocab.suffix == ".ttl" else "rdf"
        results["real"] = {
            "import": run_child("real", db=db, file=vocab),
            "rdflib_parse": run_child("rdflib_parse", file=vocab, format=fmt),
            "oxigraph_parse": run_child("oxigraph_parse", file=vocab, format=fmt),
            "bytes": vocab.stat().st_size,
            "name": vocab.name,
        }
    return results


def summary(results: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "concepts": results["prepared"]["concepts"],
        "triples": results["prepared"]["triples"],
    }
    ours_peaks = []
    for fmt, rows in results["rows"].items():
        key = KEYS[fmt]
        names = {"import": "import", "export": "export"}
        names.update({k: k for k in rows if k not in names})
        for kind, name in names.items():
            out[f"{name}_{key}_s"] = round(rows[kind]["seconds"], 3)
            out[f"{name}_{key}_peak_mib"] = round(rows[kind]["peak_mib"], 1)
        ours_peaks += [rows["import"]["peak_mib"], rows["export"]["peak_mib"]]
        out[f"{key}_bytes"] = results["prepared"]["sizes"][fmt]
    real = results.get("real")
    if real:
        out["real_vocabulary"] = real["name"]
        out["real_bytes"] = real["bytes"]
        out["real_concepts"] = real["import"]["concepts"]
        out["real_languages"] = len(real["import"]["languages"])
        out["real_import_s"] = round(real["import"]["seconds"], 3)
        out["real_rdflib_parse_s"] = round(real["rdflib_parse"]["seconds"], 3)
        out["real_oxigraph_parse_s"] = round(real["oxigraph_parse"]["seconds"], 3)
        out["real_round_trip_same"] = all(real["import"]["same"].values())
        ours_peaks.append(real["import"]["peak_mib"])
    out["peak_mib"] = round(max(ours_peaks), 1)
    return out


def table(results: dict[str, Any]) -> str:
    formats = list(results["rows"])
    head = f"{'seconds (peak MiB)':<24}" + "".join(f"{f:>20}" for f in formats)
    lines = [head, "-" * len(head)]
    kinds = ("import", "rdflib_parse", "oxigraph_parse", "export", "rdflib_serialize")
    for kind in (*kinds, "oxigraph_serialize"):
        cells = [results["rows"][f][kind] for f in formats]
        label = {"import": "ours import", "export": "ours export"}.get(kind, kind)
        lines.append(
            f"{label:<24}"
            + "".join(f"{c['seconds']:>11.2f} ({c['peak_mib']:>5.0f})" for c in cells)
        )
    for ours, other in (("import", "rdflib_parse"), ("import", "oxigraph_parse")):
        ratio = [
            results["rows"][f][ours]["seconds"] / results["rows"][f][other]["seconds"]
            for f in formats
        ]
        lines.append(f"{'import / ' + other:<24}" + "".join(f"{r:>19.2f}x" for r in ratio))
    for ours, other in (("export", "rdflib_serialize"), ("export", "oxigraph_serialize")):
        ratio = [
            results["rows"][f][ours]["seconds"] / results["rows"][f][other]["seconds"]
            for f in formats
        ]
        lines.append(f"{'export / ' + other:<24}" + "".join(f"{r:>19.2f}x" for r in ratio))
    real = results.get("real")
    if real:
        imp = real["import"]
        lines += [
            "",
            f"real vocabulary {real['name']} ({real['bytes'] / 1e6:.1f} MB, {imp['concepts']} concepts, "
            f"languages {', '.join(imp['languages'])})",
            f"  ours import {imp['seconds']:.2f} s ({imp['peak_mib']:.0f} MiB), rdflib parse "
            f"{real['rdflib_parse']['seconds']:.2f} s, pyoxigraph parse {real['oxigraph_parse']['seconds']:.2f} s",
            f"  exported again the same: {imp['same']} (differences {imp['differences']})",
            f"  problems reported: {imp['problems']}",
        ]
    else:
        lines.append("\nreal vocabulary: skipped (no file at EMN_BENCH_VOCAB)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concepts", type=int, default=5000)
    parser.add_argument("--languages", type=int, default=27)
    parser.add_argument("--formats", default="ttl,rdf,jsonld,nt")
    parser.add_argument("--vocab", default=os.environ.get("EMN_BENCH_VOCAB", DEFAULT_VOCAB))
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--format", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        harness.child_main(CHILDREN, args)
        return
    results, loads = harness.measured("emn-bench-glossary-", lambda work: measure(args, work))
    print(table(results))
    harness.print_loads(loads)
    print(json.dumps({**summary(results), "load_average": loads}))


if __name__ == "__main__":
    main()
