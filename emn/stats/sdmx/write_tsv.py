"""Eurostat's bulk TSV, streamed: what `/sdmx/2.1/data/...?format=TSV` sends.

Rules (the shape of Eurostat's API answers and bulk files, e.g. migr_asyappctza_tabular):
- the header names the series dimensions, comma-separated, the last one followed by
  `\\TIME_PERIOD`, then one column per period of the selection, ascending, each written in
  its SDMX form with a trailing space (`2020 `, `2020-Q1 `, `2020-01 `);
- one line per series: its codes comma-separated, then one cell per period: value, space,
  flag (`123 p`, `123 ` with the space when there is no flag, `: ` when there is no
  observation, `: c` for a flagged missing value), values in their shortest form;
- lines end in CRLF as Eurostat's API sends them: the `eurostat` PyPI client splits the
  answer on "\\r\\n", and our own ingestion reads either ending;
- written series by series in chunks of about 64 KiB; `gzipped` compresses a stream into
  one gzip member as it goes (`compressed=true`), so neither holds the whole answer.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from emn.stats import duck
from emn.stats.sdmx.selection import Row, Selection
from emn.stats.sdmx.write_xml import chunked, number

EOL = "\r\n"
MISSING = ": "
# zlib's default level: Eurostat-sized answers compress about eightfold at a few ms per MB.
LEVEL = 6


def periods(selection: Selection) -> list[str]:
    """Every period the selection holds, ascending: the columns of the TSV."""
    sql, params = selection.sql(order=False)
    rows = duck.fetch(
        f"SELECT DISTINCT time_period FROM ({sql}) WHERE time_period IS NOT NULL ORDER BY 1",
        params,
    )
    return [row[0] for row in rows]


def header(dimension_ids: list[str], columns: list[str]) -> str:
    """`freq,unit,geo\\TIME_PERIOD\\t2019 \\t2020 ` and the line end."""
    cells = "".join(f"\t{period} " for period in columns)
    return f"{','.join(dimension_ids)}\\TIME_PERIOD{cells}{EOL}"


class _Lines:
    """Turns batches of ordered rows into lines, one series at a time (the cells of the
    series being read are the only state kept between batches)."""

    def __init__(self, width: int, columns: list[str]) -> None:
        self.width = width
        self.columns = columns
        self.key: tuple[Any, ...] | None = None
        self.cells: dict[str, str] = {}

    def line(self) -> str:
        assert self.key is not None
        cells = self.cells
        values = "".join([f"\t{cells.get(period, MISSING)}" for period in self.columns])
        return f"{','.join(self.key)}{values}{EOL}"

    def batch(self, rows: list[Row]) -> str:
        out: list[str] = []
        width = self.width
        for row in rows:
            if row[:width] != self.key:
                if self.key is not None:
                    out.append(self.line())
                self.key, self.cells = row[:width], {}
            period, value, flag = row[width:]
            if period is not None:
                self.cells[period] = f"{number(value) or ':'} {flag or ''}"
        return "".join(out)

    def end(self) -> str:
        return self.line() if self.key is not None else ""


def _parts(selection: Selection) -> Iterator[str]:
    dimension_ids = selection.dimension_ids
    columns = [] if selection.keys_only else periods(selection)
    yield header(dimension_ids, columns)
    lines = _Lines(len(dimension_ids), columns)
    for rows in selection.rows():
        yield lines.batch(rows)
    yield lines.end()


def tsv(selection: Selection) -> Iterator[bytes]:
    """The selection as Eurostat's TSV, streamed."""
    return chunked(_parts(selection))


def gzipped(chunks: Iterable[bytes], level: int = LEVEL) -> Iterator[bytes]:
    """`chunks` compressed as one gzip stream, chunk by chunk."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for chunk in chunks:
        out = compressor.compress(chunk)
        if out:
            yield out
    yield compressor.flush()
