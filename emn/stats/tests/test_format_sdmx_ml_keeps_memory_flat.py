"""SDMX-ML is streamed: each observation is cleared once read, so memory does not grow with
the file. Measured in a subprocess (the test process's peak already holds other tests')."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import resource, sys
from pathlib import Path
import duckdb
from emn.stats.formats import sdmx_ml
con = duckdb.connect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
sdmx_ml.stage(Path(sys.argv[1]), "big.xml", con, "staged")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(con.execute("SELECT count(*) FROM staged").fetchone()[0], (after - before) // 1024)
"""


def _write(path, series: int, periods: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(
            '<?xml version="1.0"?>\n<m:StructureSpecificData xmlns:m='
            '"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"><m:DataSet>\n'
        )
        for number in range(series):
            handle.write(f'<Series freq="A" geo="G{number}" unit="NR">\n')
            handle.writelines(
                f'<Obs TIME_PERIOD="{1900 + year}" OBS_VALUE="{year}.5" OBS_FLAG="p"/>\n'
                for year in range(periods)
            )
            handle.write("</Series>\n")
        handle.write("</m:DataSet></m:StructureSpecificData>\n")


def test_a_large_message_is_read_in_little_memory(tmp_path):
    path = tmp_path / "big.xml"
    _write(path, series=3000, periods=100)  # 300,000 observations, 18 MB
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True
    )
    observations, grown_mib = map(int, done.stdout.split())
    assert observations == 300_000
    # Kept whole, the tree alone takes about 280 MiB; streamed, the growth is DuckDB's load.
    assert grown_mib < 120, grown_mib
