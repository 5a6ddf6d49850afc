"""Exports of a compilation: DOCX and PDF to circulate, XLSX and CSV of the matrix.

Every writer reads one `compilation.Matrix`, so an export shows exactly the version (network
or public) the page shows: the public matrix never holds a withheld country's answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from emn.queries.compilation import Matrix
from emn.queries.exports import csv_export, docx_export, pdf_export, xlsx_export
from emn.queries.exports.text import Progress


@dataclass(frozen=True)
class Writer:
    write: Callable[[Matrix, Progress], bytes]
    content_type: str


WRITERS: dict[str, Writer] = {
    "docx": Writer(
        docx_export.write,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "pdf": Writer(pdf_export.write, "application/pdf"),
    "xlsx": Writer(
        xlsx_export.write, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ),
    "csv": Writer(csv_export.write, "text/csv; charset=utf-8"),
}


def filename(matrix: Matrix, extension: str) -> str:
    """A file name naming the query and the version: `emn-ahq-2026.7-public.docx`."""
    reference = matrix.query.reference or f"draft-{matrix.query.pk}"
    return f"emn-ahq-{reference}-{'public' if matrix.public else 'network'}.{extension}"


def render(matrix: Matrix, extension: str, progress: Progress | None = None) -> bytes:
    return WRITERS[extension].write(matrix, progress or (lambda percent: None))
