"""Reading a translators' spreadsheet back: XLSX or CSV, whatever the translator's tool saved.

The format is told by the content, never by the file name: an XLSX is a ZIP holding
`xl/workbook.xml`; anything else must be text, in whichever encoding the spreadsheet program
chose (charset-normalizer guesses it) and with whichever separator its locale uses (a French or
German Excel saves CSV with semicolons).
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from emn.glossary.sheets.writing import FORMULA_STARTS

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls
DELIMITERS = ",;\t"
SNIFF_SAMPLE = 64 * 1024
BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


class SheetUnreadable(ValueError):
    """The file is not a spreadsheet this import reads; the message says what it is instead."""


@dataclass
class SheetRows:
    """The cells of the sheet's first worksheet as text, with their row numbers.

    `rows` leaves out the header and empty rows; row numbers are those a spreadsheet program
    shows (the header being row `header_row`, usually 1), so reports can point at them.
    """

    filename: str
    format: str  # "csv" or "xlsx"
    header: list[str]
    header_row: int = 1
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


def unguard(value: str) -> str:
    """Undo the export's formula guard ("'=x" -> "=x")."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _collect(filename: str, fmt: str, numbered: Any) -> SheetRows:
    """SheetRows from (row number, cells) pairs: the first non-empty row is the header."""
    sheet: SheetRows | None = None
    for number, raw in numbered:
        cells = _trimmed(list(raw))
        if not cells:
            continue
        if sheet is None:
            sheet = SheetRows(filename, fmt, [c.strip() for c in cells], header_row=number)
        else:
            sheet.rows.append((number, cells))
    if sheet is None:
        raise SheetUnreadable(_("The sheet is empty: it has no header row and no concepts."))
    return sheet


def _xlsx(data: bytes, filename: str) -> SheetRows:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (KeyError, XML errors ...) for a broken file
        raise SheetUnreadable(_("The XLSX workbook is damaged and cannot be read.")) from None
    try:
        if not workbook.worksheets:
            raise SheetUnreadable(_("The XLSX workbook has no worksheet."))
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        numbered = ((n, [_text(v) for v in row]) for n, row in enumerate(rows, start=1))
        return _collect(filename, "xlsx", numbered)
    finally:
        workbook.close()


def decode(data: bytes) -> str:
    """The text of a CSV file in whatever encoding it was saved in."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise SheetUnreadable(
            _("The file is neither an XLSX workbook nor text in a recognisable encoding.")
        )
    return str(best)


def _looks_binary(text: str) -> bool:
    controls = sum(1 for c in text[:SNIFF_SAMPLE] if ord(c) < 32 and c not in "\t\n\r\f\v")
    return "\x00" in text or controls > max(2, len(text[:SNIFF_SAMPLE]) // 1000)


def delimiter(text: str) -> str:
    """The separator: csv.Sniffer's guess if the header row has it, else the commonest of
    comma, semicolon and tab in the header row (the header never contains them otherwise)."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(text[:SNIFF_SAMPLE], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in first_line:
        return sniffed
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv(data: bytes, filename: str) -> SheetRows:
    text = decode(data)
    if _looks_binary(text):
        raise SheetUnreadable(_("The file is neither an XLSX workbook nor a CSV text file."))
    # strict: an unclosed quote is reported, not silently swallowing the rest of the file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text), strict=True)
    numbered = []
    try:
        for number, row in enumerate(reader, start=1):
            numbered.append((number, [unguard(cell) for cell in row]))
    except csv.Error as error:
        raise SheetUnreadable(
            _("Line %(line)s is not valid CSV: %(error)s.")
            % {"line": reader.line_num, "error": error}
        ) from None
    return _collect(filename, "csv", numbered)


def read_sheet(data: bytes, filename: str) -> SheetRows:
    """The cells of a translators' spreadsheet; `SheetUnreadable` says why a file is not one."""
    if not data.strip():
        raise SheetUnreadable(_("The file is empty."))
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
            raise SheetUnreadable(_("The ZIP (XLSX) file is damaged.")) from None
        if "xl/workbook.xml" not in names:
            raise SheetUnreadable(
                _("The file is a ZIP archive but not an XLSX workbook; save it as XLSX or CSV.")
            )
        return _xlsx(data, filename)
    if data.startswith(OLE_MAGIC):
        raise SheetUnreadable(
            _("The file is an old Excel 97-2003 (.xls) workbook; save it as XLSX or CSV.")
        )
    return _csv(data, filename)
