"""The compilation matrix as CSV: one row per country, one column per question."""

from __future__ import annotations

import csv
import io
from typing import Any

import nh3

from emn.queries.compilation import Matrix
from emn.queries.models import Question

Kind = Question.Kind


def cell_text(question: Question, value: Any) -> str:
    """An answer as plain text in one cell; empty when unanswered."""
    if value is None:
        return ""
    if question.kind == Kind.TEXT:
        return " ".join(nh3.clean(str(value), tags=set()).split())
    if question.kind == Kind.YES_NO and isinstance(value, dict):
        text = "yes" if value.get("answer") else "no"
        return f"{text}: {value['comment']}" if value.get("comment") else text
    if question.kind == Kind.MULTIPLE and isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if question.kind == Kind.NUMBER and isinstance(value, dict):
        return f"{value.get('value')} {value.get('unit') or ''}".strip()
    if question.kind == Kind.TABLE and isinstance(value, dict):
        return "; ".join(
            f"{row} / {column}: {cell}"
            for row, cells in value.items()
            for column, cell in cells.items()
        )
    return str(value)


def matrix_csv(matrix: Matrix) -> str:
    """The matrix as CSV text: the countries shown, then a line for those not shown."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["country", "name", "state", *(f"{q.position}. {q.text}" for q in matrix.questions)]
    )
    for row in matrix.rows:
        cells = [cell_text(q, row.cell(q).value) for q in matrix.questions]
        writer.writerow([row.country.code, row.country.name, row.state, *cells])
    for country in matrix.withheld:
        writer.writerow([country.code, country.name, "not shown", *[""] * len(matrix.questions)])
    return out.getvalue()
