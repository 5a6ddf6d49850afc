"""The contenders of bench/ingest.py that are not ours: what a user would otherwise run.

Each takes the same bytes, turns them into one row per observation with value and flag apart,
and returns its seconds and the observations it found (counted outside the timing, by the
rule PROVENANCE.md uses: a number, or ':' with a flag).
"""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
STRUCTURE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure"


def header(path: Path) -> list[str]:
    with gzip.open(path, "rt", newline="") as handle:
        return [cell.strip() for cell in handle.readline().rstrip("\r\n").split("\t")]


def code_of(path: Path) -> str:
    return path.name.split(".")[0].removesuffix("_tabular")


# --- the eurostat client, its HTTP served locally ----------------------------------------------


def _dataflow(code: str) -> bytes:
    return (
        f'<m:Structure xmlns:m="{MESSAGE}" xmlns:s="{STRUCTURE}"><m:Structures><s:Dataflows>'
        f'<s:Dataflow id="{code.upper()}"><s:Structure><Ref id="{code.upper()}"/></s:Structure>'
        "</s:Dataflow></s:Dataflows></m:Structures></m:Structure>"
    ).encode()


def _datastructure(dims: list[str]) -> bytes:
    dimensions = "".join(
        f'<s:Dimension id="{d.upper()}" position="{i}"><s:LocalRepresentation><s:Enumeration>'
        f'<Ref id="{d.upper()}"/></s:Enumeration></s:LocalRepresentation></s:Dimension>'
        for i, d in enumerate(dims, start=1)
    )
    return (
        f'<m:Structure xmlns:m="{MESSAGE}" xmlns:s="{STRUCTURE}"><m:Structures>'
        "<s:DataStructures><s:DataStructure><s:DataStructureComponents><s:DimensionList>"
        f"{dimensions}</s:DimensionList></s:DataStructureComponents></s:DataStructure>"
        "</s:DataStructures></m:Structures></m:Structure>"
    ).encode()


def _server(path: Path) -> ThreadingHTTPServer:
    """Eurostat's three answers for this dataset, from 127.0.0.1 (no network needed)."""
    dims = header(path)[0].split("\\")[0].split(",")
    answers = {
        "/dataflow/": _dataflow(code_of(path)),
        "/datastructure/": _datastructure(dims),
        "/data/": path.read_bytes(),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = next((v for k, v in answers.items() if k in self.path), None)
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def eurostat_client(path: Path) -> dict[str, Any]:
    """`eurostat.get_data(code, flags=True)`; seconds without the time of its HTTP calls."""
    import eurostat
    import eurostat.eurostat as module

    server = _server(path)
    module.__Uri__.BASE_URL["EUROSTAT"] = f"http://127.0.0.1:{server.server_port}/sdmx/2.1/"
    fetch, spent = module.__get_resp__, [0.0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fetch(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    module.__get_resp__ = timed
    started = time.perf_counter()
    rows = eurostat.get_data(code_of(path), flags=True)
    seconds = time.perf_counter() - started - spent[0]
    server.shutdown()
    width = next(i for i, h in enumerate(rows[0]) if h.endswith("_value"))
    observations = 0
    for row in rows[1:]:
        cells = row[width:]
        for value, flag in zip(cells[0::2], cells[1::2], strict=True):
            if value is not None or (flag and flag != ":"):
                observations += 1
    return {"seconds": seconds, "http_seconds": spent[0], "observations": observations}


# --- pandas ------------------------------------------------------------------------------------


def pandas_melt(path: Path) -> dict[str, Any]:
    """read_csv, melt to one row per observation, split value and flag, drop bare ':'."""
    import pandas as pd

    started = time.perf_counter()
    wide = pd.read_csv(path, sep="\t", dtype=str, compression="gzip")
    key = wide.columns[0]
    dims = key.split("\\")[0].split(",")
    wide[dims] = wide[key].str.split(",", expand=True)
    long = wide.drop(columns=key).melt(id_vars=dims, var_name="time_period", value_name="cell")
    long["time_period"] = long["time_period"].str.strip()
    parts = long["cell"].str.strip().str.split(" ", n=1, expand=True)
    long["obs_flag"] = parts[1].fillna("").str.strip()
    long["obs_value"] = pd.to_numeric(parts[0].where(parts[0] != ":"), errors="coerce")
    long = long[~((parts[0] == ":") & (long["obs_flag"] == ""))].drop(columns="cell")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "observations": len(long)}


# --- DuckDB ------------------------------------------------------------------------------------


def duckdb_job(path: Path, directory: Path) -> dict[str, Any]:
    """read_csv, UNPIVOT, split value and flag, write Parquet: the near-limit of the machine."""
    import duckdb

    directory.mkdir(parents=True, exist_ok=True)
    out = directory / "duckdb.parquet"
    cells = header(path)
    key, dims = cells[0], cells[0].split("\\")[0].split(",")
    keys = ", ".join(f'k[{i}] AS "{d}"' for i, d in enumerate(dims, start=1))
    con = duckdb.connect()
    started = time.perf_counter()
    con.execute(
        f"""COPY (
        WITH raw AS (
            SELECT * FROM read_csv('{path}', delim='\t', header=true, all_varchar=true,
                                   quote='', escape='')),
        long AS (UNPIVOT raw ON COLUMNS(* EXCLUDE ("{key}")) INTO NAME period VALUE cell),
        split AS (
            SELECT string_split("{key}", ',') AS k, trim(period) AS time_period,
                   split_part(trim(cell), ' ', 1) AS v,
                   trim(substr(trim(cell), length(split_part(trim(cell), ' ', 1)) + 1)) AS f
            FROM long)
        SELECT {keys}, time_period, TRY_CAST(nullif(v, ':') AS DOUBLE) AS obs_value,
               f AS obs_flag
        FROM split WHERE NOT (v = ':' AND f = '')
        ) TO '{out}' (FORMAT parquet)"""
    )
    seconds = time.perf_counter() - started
    row = con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()
    return {"seconds": seconds, "observations": int(row[0]) if row else 0}
