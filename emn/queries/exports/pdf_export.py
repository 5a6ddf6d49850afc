"""The compilation as a PDF (fpdf2, pure Python).

DejaVu Sans (fonts/, licence alongside) covers the Latin, Greek and Cyrillic letters of all
24 official EU languages, so no system font or package is needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fpdf import FPDF

from emn.queries.compilation import Matrix
from emn.queries.exports.document import blocks
from emn.queries.exports.text import Progress

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
# fontTools logs every glyph of the font subset at INFO level.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)
SIZES = {"title": 18, "heading": 14, "subheading": 12, "note": 9}


def _pdf(title: str) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_creator("EMN Exchange")
    pdf.add_font(FAMILY, "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font(FAMILY, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    return pdf


def write(matrix: Matrix, progress: Progress) -> bytes:
    pdf = _pdf(matrix.query.title)
    for block in blocks(matrix, progress):
        bold = block.kind in ("title", "heading", "subheading", "label")
        pdf.set_font(FAMILY, "B" if bold else "", SIZES.get(block.kind, 10))
        if block.kind in ("heading", "subheading"):
            pdf.ln(3)
        if block.kind == "fact":
            pdf.set_font(FAMILY, "B", 10)
            pdf.write(5, f"{block.label}: ")
            pdf.set_font(FAMILY, "", 10)
            pdf.write(5, block.text)
            pdf.ln(6)
            continue
        if block.kind == "note":
            pdf.set_fill_color(240, 240, 240)
            pdf.multi_cell(0, 4.5, block.text, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        height = SIZES.get(block.kind, 10) * 0.5
        pdf.multi_cell(0, height, block.text, new_x="LMARGIN", new_y="NEXT")
        if block.kind == "paragraph":
            pdf.ln(1)
    return bytes(pdf.output())
