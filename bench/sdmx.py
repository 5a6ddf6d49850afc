"""Benchmark of the SDMX 2.1 and JSON-stat services against serving the same bytes statically.

Run: .venv/bin/python bench/sdmx.py [--file PATH] [--runs 5] [--target 10000]

The file (default: the shared migr_asyappctza_tabular.tsv.gz, 6.3 million observations) is
ingested by `manage.py ingest_eurostat` (in a child process) into a temporary STATS_ROOT and
SQLite database. The application is then served as `make run` serves it, by
`manage.py runserver --noreload` (DEBUG false) in a child process, and read over HTTP with
http.client, streaming, by this process:

  slice   one code of one dimension over a run of periods, chosen so that it holds as close to
          --target observations as the file allows (`slice_observations` is the exact count,
          checked against the SDMX-CSV answer's rows); time to first byte and total time,
          median of --runs runs after one warm-up, for SDMX-CSV, SDMX-ML (structure-specific,
          the default), JSON-stat, Eurostat's TSV, and the static baseline: the SDMX-CSV
          answer saved under STATIC_ROOT and served by the same server through WhiteNoise
          (the application's static files middleware) - the limit;
  full    the whole dataset per format (and the whole SDMX-CSV answer as a static file): time
          to first byte, total time and the server process's peak resident memory (VmHWM of
          /proc/<pid>/status), the server restarted per format so that each peak is its own
          (after one small warm-up request of that format).

The slice is measured twice: with every answer computed (STATS_ANSWER_CACHE_MB=0: the
headline `*_slice_ms`), and asked again with answers kept (`*_slice_kept_ms`: the warm-up
request computes and keeps the answer, the timed runs are served from the kept file).

Target: every format within 3x the static file for the slice. A table for people, then, as the
last line, one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
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
FORMATS = ("sdmx_csv", "sdmx_ml", "jsonstat", "tsv")
TARGET_RATIO = 3.0
HOST = "127.0.0.1"


# --- child: ingest and choose the slice -------------------------------------------------------


def child_prepare(args: argparse.Namespace) -> dict[str, Any]:
    harness.django_setup(args.db, Path(args.stats).parent, args.stats)
    import io

    from django.core.management import call_command

    from emn.stats.models import Release

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("ingest_eurostat", args.file, "--no-progress", stdout=io.StringIO())
    seconds = time.perf_counter() - started
    release = Release.objects.select_related("dataset").get(state=Release.State.CURRENT)
    return {
        "code": release.dataset.code,
        "observations": release.observations,
        "ingest_s": round(seconds, 1),
        "slice": choose_slice(release, args.target),
    }


def choose_slice(release: Any, target: int) -> dict[str, Any]:
    """The code of one dimension and the run of periods whose count is nearest `target`."""
    from emn.stats import duck
    from emn.stats.formats.common import quote_ident
    from emn.stats.reading import dimension_codes, source

    dims = dimension_codes(release)
    best: tuple[Any, ...] | None = None
    for dim in dims:
        counts: dict[str, dict[str, int]] = {}
        for code, period, n in duck.fetch(
            f"SELECT {quote_ident(dim)}, time_period, count(*) FROM {source(release)} GROUP BY ALL"
        ):
            counts.setdefault(code, {})[period] = n
        for code, by_period in counts.items():
            periods = sorted(by_period)
            for i, start in enumerate(periods):
                total = 0
                for end in periods[i:]:
                    total += by_period[end]
                    found = (abs(total - target), dim, code, start, end, total)
                    best = found if best is None or found < best else best
                    if total >= target:
                        break
    assert best is not None
    _gap, dim, code, start, end, total = best
    key = ".".join(code if d == dim else "" for d in dims)
    return {"dimension": dim, "code": code, "start": start, "end": end, "count": total, "key": key}


CHILDREN = {"prepare": child_prepare}


# --- parent: the server and the client --------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


class Server:
    """`manage.py runserver --noreload` on the benchmark's database, files and port."""

    def __init__(self, work: Path, kept_mib: int = 0) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{work / 'bench.sqlite3'}",
            "EMN_VAR_DIR": str(work),
            "STATS_ROOT": str(work / "stats"),
            "DEBUG": "false",
            "STATIC_MANIFEST": "false",
            "ALLOWED_HOSTS": HOST,
            "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key"),
            # 0: every answer is computed; otherwise answers are kept and served again.
            "STATS_ANSWER_CACHE_MB": str(kept_mib),
        }
        command = [sys.executable, "manage.py", "runserver", "--noreload", f"{HOST}:{self.port}"]
        self.log = (work / "server.log").open("ab")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=self.log
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection((HOST, self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise SystemExit(f"the server did not start; see {work / 'server.log'}")

    def peak_mib(self) -> float:
        """The server process's peak resident set size so far (VmHWM)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def get(self, path: str, save: Path | None = None) -> dict[str, Any]:
        """GET `path`, reading the body as it streams: status, ms to the first body byte,
        total ms, bytes (and the body written to `save`)."""
        conn = http.client.HTTPConnection(HOST, self.port, timeout=3600)
        out = save.open("wb") if save else None
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = conn.getresponse()
            chunk = response.read(1)
            first = time.perf_counter()
            size = 0
            while chunk:
                size += len(chunk)
                if out:
                    out.write(chunk)
                chunk = response.read(1 << 16)
            done = time.perf_counter()
        finally:
            conn.close()
            if out:
                out.close()
        if response.status != 200:
            raise SystemExit(f"GET {path}: HTTP {response.status}")
        return {"ttfb_ms": _ms(first - started), "total_ms": _ms(done - started), "bytes": size}

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def paths(prepared: dict[str, Any], whole: bool) -> dict[str, str]:
    """The address of the slice (or the whole dataset) in each format, static included."""
    part = prepared["slice"]
    flow, code = prepared["code"].upper(), prepared["code"]
    if whole:
        data, periods, jsonstat = f"/sdmx/2.1/data/{flow}", "", ""
    else:
        data = f"/sdmx/2.1/data/{flow}/{part['key']}"
        periods = f"startPeriod={part['start']}&endPeriod={part['end']}&"
        jsonstat = (
            f"{part['dimension']}={part['code']}&sinceTimePeriod={part['start']}"
            f"&untilTimePeriod={part['end']}"
        )
    return {
        "static": f"/static/bench/{'full' if whole else 'slice'}.csv",
        "sdmx_csv": f"{data}?{periods}format=SDMX-CSV",
        "sdmx_ml": f"{data}?{periods}".rstrip("?&"),
        "jsonstat": f"/statistics/1.0/data/{code}?{jsonstat}".rstrip("?"),
        "tsv": f"{data}?{periods}format=TSV",
    }


def measure(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    log(f"ingesting {Path(args.file).name} ...")
    (work / "stats").mkdir()
    db = f"sqlite:///{work / 'bench.sqlite3'}"
    prepared = harness.run_child(
        __file__, "prepare", db=db, stats=work / "stats", file=args.file, target=args.target
    )
    log(f"slice: {prepared['slice']}")
    static = work / "static" / "bench"
    static.mkdir(parents=True)
    slices, whole = paths(prepared, False), paths(prepared, True)
    server = Server(work)  # saves the static copies; WhiteNoise lists files when it starts
    try:
        server.get(slices["sdmx_csv"], save=static / "slice.csv")
        log("saving the whole SDMX-CSV answer as the static baseline ...")
        server.get(whole["sdmx_csv"], save=static / "full.csv")
    finally:
        server.stop()
    rows = (static / "slice.csv").read_text(encoding="utf-8").count("\n") - 1
    results: dict[str, Any] = {"prepared": prepared, "csv_rows": rows, "full": {}}
    for mode, kept_mib in (("slice", 0), ("slice_kept", 1024)):
        results[mode] = slice_runs(work, slices, args.runs, kept_mib)
    for name, path in whole.items():
        log(f"whole dataset {name} ...")
        server = Server(work)
        try:
            server.get(slices[name])
            warm = server.peak_mib()
            results["full"][name] = {**server.get(path), "idle_mib": warm}
            results["full"][name]["peak_mib"] = server.peak_mib()
        finally:
            server.stop()
    return results


def slice_runs(work: Path, slices: dict[str, str], runs: int, kept_mib: int) -> dict[str, Any]:
    """Median figures of each format's slice: every answer computed (`kept_mib` 0), or the
    answer kept by the warm-up request and served again as a file."""
    server = Server(work, kept_mib)
    found: dict[str, Any] = {}
    try:
        for name, path in slices.items():
            log(f"slice {name} ({'answers kept' if kept_mib else 'computed'}) ...")
            server.get(path)
            timed = [server.get(path) for _ in range(runs)]
            found[name] = {
                key: round(statistics.median(run[key] for run in timed), 1) for key in timed[0]
            }
    finally:
        server.stop()
    return found


def summary(results: dict[str, Any]) -> dict[str, Any]:
    sliced, full = results["slice"], results["full"]
    static = sliced["static"]["total_ms"]
    out: dict[str, Any] = {
        "slice_observations": results["prepared"]["slice"]["count"],
        "slice_csv_rows": results["csv_rows"],
        "slice": {k: v for k, v in results["prepared"]["slice"].items() if k != "count"},
        "dataset_observations": results["prepared"]["observations"],
        "static_slice_ms": static,
        "static_slice_ttfb_ms": sliced["static"]["ttfb_ms"],
    }
    for name in FORMATS:
        out[f"{name}_slice_ms"] = sliced[name]["total_ms"]
        out[f"{name}_slice_ttfb_ms"] = sliced[name]["ttfb_ms"]
        out[f"{name}_slice_ratio"] = round(sliced[name]["total_ms"] / static, 2)
    out["slice_within_3x_static"] = all(
        out[f"{name}_slice_ratio"] <= TARGET_RATIO for name in FORMATS
    )
    kept = results["slice_kept"]
    kept_static = kept["static"]["total_ms"]
    for name in FORMATS:
        out[f"{name}_slice_kept_ms"] = kept[name]["total_ms"]
        out[f"{name}_slice_kept_ratio"] = round(kept[name]["total_ms"] / kept_static, 2)
    out["slice_kept_within_3x_static"] = all(
        out[f"{name}_slice_kept_ratio"] <= TARGET_RATIO for name in FORMATS
    )
    out["peak_mib_full"] = round(max(full[name]["peak_mib"] for name in FORMATS), 1)
    out["full"] = {
        name: {key: round(value, 1) for key, value in figures.items()}
        for name, figures in full.items()
    }
    out["server"] = "manage.py runserver --noreload, DEBUG=false; static through WhiteNoise"
    return out


def table(results: dict[str, Any]) -> str:
    part = results["prepared"]["slice"]
    head = f"{'':<10}{'bytes':>13}{'TTFB ms':>10}{'total ms':>10}{'x static':>10}{'peak MiB':>10}"
    lines = [
        f"slice: {part['dimension']}={part['code']}, {part['start']}-{part['end']}: "
        f"{part['count']:,} observations (SDMX-CSV rows: {results['csv_rows']:,}); "
        f"median of runs after a warm-up",
        head,
        "-" * len(head),
    ]
    for mode, title in (("slice", "computed"), ("slice_kept", "asked again (answer kept)")):
        static = results[mode]["static"]["total_ms"]
        lines.append(f"  {title}")
        for name, row in results[mode].items():
            ratio = row["total_ms"] / static
            lines.append(
                f"{name:<10}{row['bytes']:>13,.0f}{row['ttfb_ms']:>10.1f}"
                f"{row['total_ms']:>10.1f}{ratio:>9.2f}x"
            )
    full_static = results["full"]["static"]["total_ms"]
    lines += [
        "",
        f"whole dataset: {results['prepared']['observations']:,} observations; "
        "server restarted per format",
        head,
        "-" * len(head),
    ]
    for name, row in results["full"].items():
        lines.append(
            f"{name:<10}{row['bytes']:>13,}{row['ttfb_ms']:>10.1f}{row['total_ms']:>10.1f}"
            f"{row['total_ms'] / full_static:>9.2f}x{row['peak_mib']:>10.1f}"
        )
    lines.append(f"\ntarget: every format within {TARGET_RATIO:.0f}x the static file for the slice")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(DEFAULT_FILE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--target", type=int, default=10_000)
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--stats", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        harness.child_main(CHILDREN, args)
        return
    results, loads = harness.measured("emn-bench-sdmx-", lambda work: measure(args, work))
    print(table(results))
    harness.print_loads(loads)
    print(json.dumps({**summary(results), "load_average": loads}))


if __name__ == "__main__":
    main()
