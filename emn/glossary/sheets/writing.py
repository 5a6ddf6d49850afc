"""Writing the translators' spreadsheet: CSV for any tool, XLSX with an "About" sheet.

The XLSX is written in openpyxl's write-only mode: a 5,000-concept, 27-language glossary is
some 300,000 cells, and building the whole workbook in memory first would cost several times
the file's size.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from emn.glossary.records import ConceptData, join_tag
from emn.glossary.sheets.layout import (
    CONCEPT,
    DEFINITION,
    DEFINITION_PREFIX,
    KEY,
    TERM,
    classify,
    column_letter,
    headers,
)

FORMULA_STARTS = ("=", "+", "-", "@")
WIDTHS = {CONCEPT: 40, KEY: 28, TERM: 30, DEFINITION: 60}
READ_ONLY_FILL = PatternFill("solid", fgColor="EEEEEE")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class SheetInfo:
    """What the "About" sheet says about the round: which scheme, which set, when."""

    scheme_title: str
    scheme_uri: str
    set_label: str  # "working copy", "edition 3 of 2025-05-01"
    exported_on: datetime.date = field(default_factory=datetime.date.today)


def guard(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula; `unguard` undoes it on import."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cells(record: ConceptData, header: Sequence[str]) -> list[str]:
    """One concept's row: its URI, key, and per column its term or first definition."""
    prefs = record.pref_labels()
    first_definitions: dict[str, str] = {}
    for definition in record.definitions:
        first_definitions.setdefault(
            join_tag(definition.language, definition.country), definition.text
        )
    row = [record.uri, record.key]
    for name in header[2:]:
        if name.startswith(DEFINITION_PREFIX):
            row.append(first_definitions.get(name[len(DEFINITION_PREFIX) :], ""))
        else:
            row.append(prefs.get(name, ""))
    return row


def _csv(records: Sequence[ConceptData], header: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        writer.writerow([guard(cell) for cell in _cells(record, header)])
    # The byte order mark makes Excel open the file as UTF-8 rather than the local code page.
    return buffer.getvalue().encode("utf-8-sig")


def _cell(sheet: WriteOnlyWorksheet, value: str, kind: str, header: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # a term starting with "=" stays text, never a formula
    if header:
        cell.font = BOLD
    if kind in (CONCEPT, KEY):
        cell.fill = READ_ONLY_FILL
    elif kind == DEFINITION:
        cell.alignment = WRAP
    return cell


def _terms_sheet(workbook: Workbook, records: Sequence[ConceptData], header: list[str]) -> None:
    sheet = workbook.create_sheet(_("Terms"))
    kinds = [(classify(name) or (TERM, ""))[0] for name in header]
    for index, kind in enumerate(kinds):
        sheet.column_dimensions[column_letter(index)].width = WIDTHS[kind]
    sheet.freeze_panes = "C2"  # the header and the concept stay in view while scrolling
    sheet.append(
        [_cell(sheet, name, kind, header=True) for name, kind in zip(header, kinds, strict=True)]
    )
    for record in records:
        values = _cells(record, header)
        sheet.append([_cell(sheet, v, k) for v, k in zip(values, kinds, strict=True)])


def about_lines(header: list[str], info: SheetInfo | None) -> list[tuple[str, str]]:
    """The "About" sheet as (label, text) pairs."""
    lines: list[tuple[str, str]] = []
    if info is not None:
        lines += [
            (_("Glossary"), f"{info.scheme_title} <{info.scheme_uri}>"),
            (_("Exported from"), info.set_label),
            (_("Exported on"), info.exported_on.isoformat()),
        ]
    languages = [name for name in header[2:] if not name.startswith(DEFINITION_PREFIX)]
    lines += [
        (_("Languages"), ", ".join(languages)),
        ("", ""),
        (CONCEPT, _("The concept's URI. Do not change it: the import finds the concept by it.")),
        (KEY, _("The concept's short name, for your orientation; the import does not read it.")),
        (
            _("en, fr, de-AT ..."),
            _(
                "The preferred term in that language (a BCP 47 tag; a region such as AT "
                "marks a national variant). Fill or correct the terms of your language."
            ),
        ),
        (
            _("definition:fr ..."),
            _(
                "The first definition in that language; its context and source are kept "
                "when you change the text."
            ),
        ),
        ("", ""),
        (_("Empty cells"), _("An empty cell leaves the glossary unchanged; it never deletes.")),
        (
            _("Columns and rows"),
            _(
                "Do not add columns other than language tags and definition:<tag>, nor rows "
                "for new concepts: the whole file is refused, with the row and column of "
                "each problem."
            ),
        ),
        (
            _("After the import"),
            _("Every changed concept returns to draft and must be approved again."),
        ),
        (_("Saving"), _("Keep the XLSX format, or save as CSV in UTF-8.")),
    ]
    return lines


def _about_sheet(workbook: Workbook, header: list[str], info: SheetInfo | None) -> None:
    sheet = workbook.create_sheet(_("About"))
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 100
    for label, text in about_lines(header, info):
        first = WriteOnlyCell(sheet, label)
        first.font = BOLD
        second = WriteOnlyCell(sheet, text)
        second.alignment = WRAP
        sheet.append([first, second])


def _xlsx(records: Sequence[ConceptData], header: list[str], info: SheetInfo | None) -> bytes:
    workbook = Workbook(write_only=True)
    _terms_sheet(workbook, records, header)
    _about_sheet(workbook, header, info)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_sheet(
    records: list[ConceptData],
    languages: Iterable[str],
    fmt: str = "csv",
    *,
    definitions: bool = True,
    about: SheetInfo | None = None,
) -> bytes:
    """The spreadsheet of `records` in `fmt` ("csv" or "xlsx"): a row per concept, a term
    column (and a definition column) per language, English first."""
    header = headers(languages, definitions=definitions)
    if fmt == "csv":
        return _csv(records, header)
    if fmt == "xlsx":
        return _xlsx(records, header, about)
    raise ValueError(f"unknown spreadsheet format {fmt!r} (csv or xlsx)")


def languages_of(records: Iterable[ConceptData]) -> list[str]:
    """Every tag that has a preferred term in `records`, sorted (English first on export)."""
    return sorted({label.tag for r in records for label in r.labels if label.kind == "pref"})
