"""Checking a sheet's shape before anything is looked up or stored: its header and its cells.

Every problem is collected (not just the first), each with the row and column a spreadsheet
program shows, so a translator can fix the whole file in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from emn.glossary.models import Label
from emn.glossary.sheets.layout import (
    CONCEPT,
    DEFINITION,
    TERM,
    Column,
    classify,
    column_letter,
)
from emn.glossary.sheets.reading import SheetRows
from emn.glossary.store import clean_space

TERM_LENGTH = Label._meta.get_field("value").max_length or 1000


@dataclass(frozen=True)
class SheetError:
    """One problem in a sheet: where (row, column as a spreadsheet names them) and what."""

    row: int | None
    column: int | None  # 0-based index; shown as a letter
    message: str
    header: str = ""

    @property
    def letter(self) -> str:
        return column_letter(self.column) if self.column is not None else ""

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(_("row %(row)s") % {"row": self.row})
        if self.column is not None:
            column = _("column %(letter)s") % {"letter": self.letter}
            where.append(f"{column} ({self.header})" if self.header else column)
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class Layout:
    """The sheet's columns by role; `blank` are columns without a header."""

    columns: list[Column] = field(default_factory=list)
    blank: list[int] = field(default_factory=list)

    def concept(self) -> Column | None:
        return next((c for c in self.columns if c.kind == CONCEPT), None)

    def find(self, kind: str, tag: str) -> Column | None:
        return next((c for c in self.columns if c.kind == kind and c.tag == tag), None)

    def values(self) -> list[Column]:
        return [c for c in self.columns if c.kind in (TERM, DEFINITION)]


@dataclass
class SheetRow:
    """One concept's row: its URI and the non-empty terms and definitions by language tag."""

    number: int
    concept: str
    terms: dict[str, str] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)


def parse_header(sheet: SheetRows) -> tuple[Layout, list[SheetError]]:
    """The columns of the header row; an unknown or repeated header is an error."""
    layout, errors = Layout(), []
    seen: dict[tuple[str, str], Column] = {}
    for index, text in enumerate(sheet.header):
        if not text:
            layout.blank.append(index)
            continue
        kind_tag = classify(text)
        if kind_tag is None:
            message = _(
                'unknown column "%(header)s": a column is headed concept, key, a language '
                "tag (en, fr, de-AT ...) or definition:<tag>"
            ) % {"header": text}
            errors.append(SheetError(sheet.header_row, index, message, text))
            continue
        column = Column(index, text, *kind_tag)
        first = seen.get(kind_tag)
        if first is not None:
            message = _("repeats column %(letter)s (%(header)s)") % {
                "letter": first.letter,
                "header": first.header,
            }
            errors.append(SheetError(sheet.header_row, index, message, text))
            continue
        seen[kind_tag] = column
        layout.columns.append(column)
    if layout.concept() is None:
        message = _('there is no column "concept" (the concept URIs the import needs)')
        errors.append(SheetError(sheet.header_row, None, message))
    return layout, errors


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _stray(sheet: SheetRows, layout: Layout, number: int, cells: list[str]) -> list[SheetError]:
    """Values in columns without a header: an extra column the import cannot place."""
    beyond = range(len(sheet.header), len(cells))
    return [
        SheetError(number, index, _("a value in a column without a header"))
        for index in (*layout.blank, *beyond)
        if _cell(cells, index).strip()
    ]


def _values(
    number: int, cells: list[str], layout: Layout, errors: list[SheetError]
) -> tuple[dict[str, str], dict[str, str]]:
    terms, definitions = {}, {}
    for column in layout.values():
        raw = _cell(cells, column.index)
        if column.kind == TERM:
            value = clean_space(raw)
            if len(value) > TERM_LENGTH:
                message = _("the term is longer than %(limit)s characters") % {"limit": TERM_LENGTH}
                errors.append(SheetError(number, column.index, message, column.header))
            elif value:
                terms[column.tag] = value
        elif text := raw.replace("\r\n", "\n").strip():
            definitions[column.tag] = text
    return terms, definitions


def parse_rows(sheet: SheetRows, layout: Layout) -> tuple[list[SheetRow], list[SheetError]]:
    """The rows with something to import; errors for stray values, missing URIs, long terms."""
    concept = layout.concept()
    if concept is None:
        return [], []
    rows, errors = [], []
    for number, cells in sheet.rows:
        errors += _stray(sheet, layout, number, cells)
        uri = _cell(cells, concept.index).strip()
        terms, definitions = _values(number, cells, layout, errors)
        if not uri:
            if terms or definitions:
                message = _("the row has terms but no concept URI")
                errors.append(SheetError(number, concept.index, message, concept.header))
            continue
        rows.append(SheetRow(number, uri, terms, definitions))
    if not sheet.rows:
        errors.append(SheetError(None, None, _("The sheet has a header but no concept rows.")))
    return rows, errors
