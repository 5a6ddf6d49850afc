"""Small sample documents (PDF, DOCX, ODT, HTML) for the demo data and the tests.

The PDF uses the DejaVu Sans font the query exports ship, which covers the letters of every
EU language (č, š, ž, ė, ų, ß ...), so no system font is needed.
"""

from __future__ import annotations

import io
import logging
from html import escape

from emn.queries.exports.pdf_export import FONTS

# fontTools logs every glyph of the font subset at INFO level.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)


def pdf_bytes(title: str, paragraphs: list[str], *, pages: int = 1) -> bytes:
    """A PDF with a text layer: the title, then the paragraphs, on each of `pages` pages."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    for _ in range(pages):
        pdf.add_page()
        pdf.set_font("DejaVu", size=15)
        pdf.multi_cell(0, 9, title)
        pdf.ln(3)
        pdf.set_font("DejaVu", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(2)
    return bytes(pdf.output())


def docx_bytes(title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A Word document: a heading, paragraphs and, optionally, a table."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def odt_bytes(title: str, paragraphs: list[str]) -> bytes:
    """An OpenDocument text: a heading and paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def html_bytes(title: str, paragraphs: list[str], language: str = "en") -> bytes:
    """A small web page, with a script and a style whose text must not be indexed."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = (
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>p {{ color: navy; }}</style>"
        f"<script>var tracking = 'do-not-index';</script></head>"
        f"<body><h1>{escape(title)}</h1>\n{body}\n</body></html>\n"
    )
    return page.encode("utf-8")
