"""The outline of a circulated document, shared by the DOCX and PDF writers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _

from emn.queries.compilation import Matrix
from emn.queries.exports import text
from emn.queries.exports.text import Progress


@dataclass(frozen=True)
class Block:
    """One piece of the document: a heading (level 1-3), a paragraph, a fact or a note."""

    kind: str  # "title", "heading", "subheading", "paragraph", "fact", "note"
    text: str
    label: str = ""


def blocks(matrix: Matrix, progress: Progress) -> Iterator[Block]:
    """Title, facts, disclaimer, background, findings, the questions, then each country."""
    query = matrix.query
    yield Block("title", query.title)
    for label, value in text.facts(matrix):
        yield Block("fact", value, label)
    yield Block("note", text.disclaimer())
    yield Block("heading", _("Background"))
    yield from _paragraphs(text.plain(query.background))
    compilation = text.latest_compilation(matrix)
    if compilation and compilation.introduction:
        yield Block("heading", _("Introduction"))
        yield from _paragraphs(text.plain(compilation.introduction))
    if compilation and compilation.findings:
        yield Block("heading", _("Main findings"))
        yield from _paragraphs(text.plain(compilation.findings))
    yield Block("heading", _("Questions"))
    for number, question in enumerate(matrix.questions, start=1):
        yield Block("paragraph", text.question_heading(question, number))
    if matrix.withheld:
        yield Block("note", text.withheld_line(matrix))
    yield Block("heading", _("Answers by country"))
    for done, row in enumerate(matrix.rows, start=1):
        yield Block("subheading", row.country.name)
        if not row.answered:
            yield Block("paragraph", text.country_status(row))
        for number, question in enumerate(matrix.questions, start=1) if row.answered else ():
            cell = row.cell(question)
            yield Block("label", text.question_heading(question, number))
            answer = text.display(question, cell.value, cell.comment)
            yield from _paragraphs(answer or _("No answer."))
        text.report(progress, done, len(matrix.rows))
    if not matrix.rows:
        yield Block("paragraph", _("No country has answered yet."))


def _paragraphs(value: str) -> Iterator[Block]:
    for line in value.splitlines():
        yield Block("paragraph", line)
