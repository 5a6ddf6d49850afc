"""The compilation as a Word document (python-docx)."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from emn.queries.compilation import Matrix
from emn.queries.exports.document import blocks
from emn.queries.exports.text import Progress


def write(matrix: Matrix, progress: Progress) -> bytes:
    document = Document()
    document.core_properties.title = matrix.query.title
    for block in blocks(matrix, progress):
        if block.kind == "title":
            document.add_heading(block.text, level=0)
        elif block.kind == "heading":
            document.add_heading(block.text, level=1)
        elif block.kind == "subheading":
            document.add_heading(block.text, level=2)
        elif block.kind == "fact":
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{block.label}: ").bold = True
            paragraph.add_run(block.text)
        elif block.kind == "label":
            document.add_paragraph().add_run(block.text).bold = True
        elif block.kind == "note":
            run = document.add_paragraph().add_run(block.text)
            run.italic = True
            run.font.size = Pt(9)
        else:
            document.add_paragraph(block.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
