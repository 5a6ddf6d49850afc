"""The matrix as CSV (UTF-8 with a byte-order mark, so spreadsheets read the accents)."""

from __future__ import annotations

import csv
import io

from emn.queries.compilation import Matrix
from emn.queries.exports import text
from emn.queries.exports.text import Progress


def write(matrix: Matrix, progress: Progress) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for values in text.matrix_table(matrix):
        writer.writerow([text.safe_cell(value) for value in values])
    if matrix.withheld:
        writer.writerow([text.withheld_line(matrix)])
    progress(100)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
