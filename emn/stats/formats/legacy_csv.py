"""The CSV of Eurostat's former Data Explorer: "TIME","GEO",...,"Value","Flag and Footnotes".

Rules: every column but TIME, Value and the optional flag column is a dimension, named by
its header and written as English labels, which are mapped to codes (`codelists.mapping`);
values carry a comma as thousands separator ("225,415"), ':' is not available (an
observation only with a flag); periods are written 2008, 2008Q1, 2008M01. The text is
UTF-8 when it decodes as such, else Windows-1252, as the Data Explorer wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emn.stats.codelists.mapping import Codelists, LabelMapper
from emn.stats.formats.common import (
    RESERVED,
    SourceError,
    Staged,
    StagingWriter,
    normalise_id,
    normalise_period,
)
from emn.stats.formats.reading import checked_flag, csv_rows, fits_header, open_text, sniff_encoding

_VALUE = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


@dataclass
class _Layout:
    width: int
    headers: list[str]
    time: int
    value: int
    flag: int | None
    dimensions: list[tuple[int, str]]


def stage(
    path: Path, name: str, con: Any, table: str, codelists: Codelists | None = None
) -> Staged:
    """Stage the observations of a Data Explorer CSV (see the module's rules)."""
    with open_text(path, sniff_encoding(path)) as handle:
        rows = csv_rows(handle, name)
        header = next(rows, None)
        if header is None or not any(cell.strip() for cell in header[1]):
            raise SourceError(name, "the file is empty", 1, 1)
        layout = _layout(header[1], name)
        ids = [dimension for _index, dimension in layout.dimensions]
        mapper = LabelMapper(codelists)
        writer = StagingWriter(con, table, ids)
        for line, cells in rows:
            _read_row(layout, cells, line, name, mapper, writer)
        writer.finish()
    staged = Staged(table, "legacy-csv", ids, code_labels=mapper.labels)
    staged.warnings.extend(mapper.warnings())
    return staged


def _layout(header: list[str], name: str) -> _Layout:
    headers = [cell.strip() for cell in header]
    lower = [cell.lower() for cell in headers]
    if "time" not in lower or "value" not in lower:
        raise SourceError(name, "the header has no TIME or no Value column", 1)
    flag = next((index for index, cell in enumerate(lower) if cell.startswith("flag")), None)
    time, value = lower.index("time"), lower.index("value")
    dimensions: list[tuple[int, str]] = []
    for index, cell in enumerate(headers):
        if index in (time, value, flag):
            continue
        dimension = normalise_id(cell)
        if dimension in RESERVED or dimension in {known for _i, known in dimensions}:
            raise SourceError(name, f"the dimension '{dimension}' appears twice", 1, cell)
        dimensions.append((index, dimension))
    if not dimensions:
        raise SourceError(name, "the header names no dimension column", 1)
    return _Layout(len(headers), headers, time, value, flag, dimensions)


def _read_row(
    layout: _Layout,
    cells: list[str],
    line: int,
    name: str,
    mapper: LabelMapper,
    writer: StagingWriter,
) -> None:
    if not fits_header(cells, layout.width, name, line):
        return
    value = _value(cells[layout.value], line, name, layout.headers[layout.value])
    flag = ""
    if layout.flag is not None:
        flag = checked_flag(cells[layout.flag], name, line, layout.headers[layout.flag])
    if value is None and not flag:
        return
    period = normalise_period(cells[layout.time])
    if period is None:
        raise SourceError(
            name,
            f"cannot read the period '{cells[layout.time].strip()}'",
            line,
            layout.headers[layout.time],
        )
    key = [mapper.code(dimension, cells[index]) for index, dimension in layout.dimensions]
    writer.add(key, period, value, flag, line)


def _value(cell: str, line: int, name: str, column: str) -> float | None:
    text = cell.strip()
    if text == ":" or not text:
        return None
    if not _VALUE.match(text):
        raise SourceError(name, f"'{text}' is not a number", line, column)
    return float(text.replace(",", ""))
