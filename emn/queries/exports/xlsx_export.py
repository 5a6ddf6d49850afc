"""The matrix as one XLSX sheet: a row per country, a column per question."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from emn.queries.compilation import Matrix
from emn.queries.exports import text
from emn.queries.exports.text import Progress

# Excel refuses sheet titles over 31 characters.
SHEET_TITLE_LIMIT = 31


def write(matrix: Matrix, progress: Progress) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = (matrix.query.reference or "Compilation")[:SHEET_TITLE_LIMIT]
    table = text.matrix_table(matrix)
    for done, values in enumerate(table, start=1):
        sheet.append([text.safe_cell(value) for value in values])
        text.report(progress, done, len(table))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 18
    sheet.freeze_panes = "C2"
    if matrix.withheld:
        sheet.append([])
        sheet.append([text.withheld_line(matrix)])
    sheet.append([])
    sheet.append([text.disclaimer()])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
