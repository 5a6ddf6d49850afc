"""Find where a bulk TSV file goes wrong, once DuckDB has said that it does.

Runs only on a failed ingestion, so it may be slow: it reads the file line by line and
raises `SourceError` at the first problem, with the line and the column's heading.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from emn.stats.formats.common import SourceError, bad_flag, split_cell

if TYPE_CHECKING:
    from emn.stats.formats.tsv import Layout


def _check_row(cells: list[str], line: int, name: str, layout: Layout, headings: list[str]) -> None:
    if len(cells) != len(headings):
        raise SourceError(
            name, f"{len(cells)} cells where the header has {len(headings)}", line, len(cells)
        )
    if len(cells[0].split(",")) != len(layout.row_dims):
        raise SourceError(
            name,
            f"the row key '{cells[0]}' has {len(cells[0].split(','))} parts where the header "
            f"names {len(layout.row_dims)} dimensions",
            line,
            1,
        )
    for number, cell in enumerate(cells[1:], start=2):
        parsed = split_cell(cell)
        column = f"{number} ({headings[number - 1]})"
        if parsed is None:
            raise SourceError(name, f"'{cell.strip()}' is not a number", line, column)
        letter = bad_flag(parsed[1])
        if letter:
            raise SourceError(name, f"unknown flag '{letter}' in '{cell.strip()}'", line, column)


def _inflate(path: Path) -> Iterator[bytes]:
    """Every byte zlib can decompress before the damage (gzip members one after another)."""
    inflater = zlib.decompressobj(wbits=31)
    with path.open("rb") as raw:
        while chunk := raw.read(1 << 20):
            while chunk:
                try:
                    yield inflater.decompress(chunk)
                except zlib.error:
                    return
                chunk = b""
                if inflater.eof:
                    chunk, inflater = inflater.unused_data, zlib.decompressobj(wbits=31)


def where_data_stop(path: Path) -> tuple[int, int]:
    """Line and column (cell number) where the data of a damaged gzip file stop.

    `gzip` in text mode loses the last bytes it decompressed when it meets the damage;
    zlib gives them, so counting them says exactly where the file was cut.
    """
    line, tail = 1, b""
    for data in _inflate(path):
        line += data.count(b"\n")
        tail = (tail + data).rsplit(b"\n", 1)[-1]
    return line, tail.count(b"\t") + 1


def locate_problem(path: Path, name: str, layout: Layout, fallback: str) -> NoReturn:
    """Raise a SourceError at the first bad line; `fallback` if none is found."""
    with path.open("rb") as raw:
        opener: Any = gzip.open if raw.read(2) == b"\x1f\x8b" else open
    seen: dict[str, int] = {}
    line = 1
    try:
        with opener(path, "rt", encoding="utf-8-sig", newline="") as handle:
            headings = [cell.strip() for cell in handle.readline().rstrip("\r\n").split("\t")]
            for line, text in enumerate(handle, start=2):
                cells = text.rstrip("\r\n").split("\t")
                if len(cells) == 1 and not cells[0].strip():
                    continue
                _check_row(cells, line, name, layout, headings)
                key = cells[0].strip()
                if key in seen:
                    raise SourceError(
                        name,
                        f"the row key '{key}' occurs again (first on line {seen[key]})",
                        line,
                        1,
                    )
                seen[key] = line
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        stop, column = where_data_stop(path)
        raise SourceError(
            name, f"the file ends early or is damaged here ({error})", stop, column
        ) from error
    except UnicodeDecodeError as error:
        raise SourceError(name, f"not UTF-8 text ({error.reason})", line) from error
    raise SourceError(name, fallback)
