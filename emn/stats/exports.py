"""Downloads of a table of rows as CSV (streamed) or XLSX, for every statistics page.

Interface:

    return exports.csv_response(filename, header, rows)    # "<code>-<release>.csv"
    return exports.xlsx_response(filename, header, rows, sheet=_("Observations"))

`header` is the list of column names, `rows` any iterable of sequences (a generator is
read lazily: the CSV goes out while the rows are read, so a download of millions of
observations never sits whole in memory). Cells are strings, numbers or None (an empty
cell: a missing value is never written as zero). Text that a spreadsheet would run as a
formula (=, +, -, @ first) is prefixed with an apostrophe. The CSV is UTF-8 with a
byte-order mark, so spreadsheets read the accents of labels; the XLSX is written in
openpyxl's write-only mode and holds at most `XLSX_MAX_ROWS` rows (Excel's limit), beyond
which `TooManyRows` is raised before anything is sent, so the page can say "use CSV".
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import HttpResponse, StreamingHttpResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

XLSX_MAX_ROWS = 1_048_575  # Excel's 1,048,576 rows, less the header
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@")


class TooManyRows(ValueError):
    """The rows do not fit in one worksheet."""


def safe_cell(value: Any) -> Any:
    """The value as written: text that would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


class _Echo:
    """A file-like object whose write returns the line, so csv.writer can feed a stream."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        yield writer.writerow([safe_cell(value) for value in row])


def _attachment(filename: str) -> str:
    return f'attachment; filename="{filename}"'


def csv_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> StreamingHttpResponse:
    """The rows as a streamed CSV download named `filename`."""
    response = StreamingHttpResponse(
        (line.encode("utf-8") for line in _csv_lines(header, rows)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = _attachment(filename)
    return response


def _xlsx_cell(value: Any) -> Any:
    value = safe_cell(value)
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "Data") -> bytes:
    """The rows as one worksheet of an XLSX file; TooManyRows past Excel's limit."""
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(title=sheet[:31] or "Data")
    worksheet.append([_xlsx_cell(name) for name in header])
    overflow = False
    for count, row in enumerate(itertools.islice(rows, XLSX_MAX_ROWS + 1), start=1):
        if count > XLSX_MAX_ROWS:
            overflow = True
            break
        worksheet.append([_xlsx_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)  # also when refusing: a write-only sheet left open warns later
    if overflow:
        raise TooManyRows(XLSX_MAX_ROWS)
    return buffer.getvalue()


def xlsx_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "Data"
) -> HttpResponse:
    """The rows as an XLSX download named `filename`; TooManyRows past Excel's limit."""
    response = HttpResponse(xlsx_bytes(header, rows, str(sheet)), content_type=XLSX_TYPE)
    response["Content-Disposition"] = _attachment(filename)
    return response
