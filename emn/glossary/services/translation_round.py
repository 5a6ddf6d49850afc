"""Importing a translation round: the translators' spreadsheet back into the working copy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from emn.core import audit
from emn.glossary import integrity, records, store
from emn.glossary.integrity import split_tag
from emn.glossary.models import Concept, Scheme, Status
from emn.glossary.permissions import can_draft
from emn.glossary.records import ConceptData, DefinitionData, LabelData
from emn.glossary.services._common import deny
from emn.glossary.sheets.layout import TERM
from emn.glossary.sheets.reading import SheetUnreadable, read_sheet
from emn.glossary.sheets.validation import Layout, SheetError, SheetRow, parse_header, parse_rows

CHUNK = 900  # concepts per query, under SQLite's comfortable parameter count


@dataclass
class TranslationReport:
    """What a round changed (or would change, in a dry run), or every error that stopped it."""

    filename: str
    dry_run: bool = False
    stored: bool = False
    rows: int = 0
    concepts_changed: int = 0
    terms_added: int = 0
    terms_changed: int = 0
    definitions_added: int = 0
    definitions_changed: int = 0
    errors: list[SheetError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error_lines(self) -> list[str]:
        """Each error prefixed with the file name: "round.csv: row 7, column C (fr): ..."."""
        return [f"{self.filename}: {error}" for error in self.errors]

    def summary(self) -> str:
        if self.errors:
            return _("%(file)s: %(count)s error(s); nothing was imported.") % {
                "file": self.filename,
                "count": len(self.errors),
            }
        counts = _(
            "%(concepts)s concept(s) changed: %(added)s term(s) added, %(changed)s term(s) "
            "changed, %(definitions)s definition(s) added or changed"
        ) % {
            "concepts": self.concepts_changed,
            "added": self.terms_added,
            "changed": self.terms_changed,
            "definitions": self.definitions_added + self.definitions_changed,
        }
        if self.dry_run:
            return _("%(file)s (dry run, nothing stored): %(counts)s.") % {
                "file": self.filename,
                "counts": counts,
            }
        return f"{self.filename}: {counts}."


def _same(old: str, new: str) -> bool:
    """Whether a stored term equals the sheet's (already cleaned) one, spacing aside."""
    return old == new or store.clean_space(old) == new


def _set_term(labels: list[LabelData], tag: str, value: str, report: TranslationReport) -> bool:
    """Make `value` the preferred term for `tag`; a synonym equal to it stops being one
    (SKOS S13: a term is either preferred or alternative). False when nothing changed."""
    language, country = split_tag(tag)
    place = next(
        (
            i
            for i, lb in enumerate(labels)
            if lb.kind == "pref" and lb.language == language and lb.country == country
        ),
        None,
    )
    if place is not None and _same(labels[place].value, value):
        return False
    if place is None:
        labels.append(LabelData("pref", language, value, country))
        report.terms_added += 1
    else:
        labels[place] = replace(labels[place], value=value)
        report.terms_changed += 1
    folded = value.casefold()
    labels[:] = [
        lb
        for lb in labels
        if lb.kind == "pref"
        or (lb.language, lb.country) != (language, country)
        or lb.value.casefold() != folded
    ]
    return True


def _set_definition(
    definitions: list[DefinitionData], tag: str, text: str, report: TranslationReport
) -> bool:
    """Replace the text of the first definition in `tag` (its context and source stay), or
    add one. False when nothing changed."""
    language, country = split_tag(tag)
    place = next(
        (i for i, d in enumerate(definitions) if d.language == language and d.country == country),
        None,
    )
    if place is None:
        definitions.append(DefinitionData(language, text, country=country))
        report.definitions_added += 1
        return True
    if definitions[place].text.replace("\r\n", "\n").strip() == text:
        return False
    definitions[place] = replace(definitions[place], text=text)
    report.definitions_changed += 1
    return True


def _translated(
    record: ConceptData, row: SheetRow, report: TranslationReport
) -> ConceptData | None:
    """`record` with the row's terms and definitions, or None when the row changes nothing.

    A changed concept goes back to draft: what the Commission approved is no longer what it says.
    """
    labels, definitions = list(record.labels), list(record.definitions)
    changed = False
    for tag, value in row.terms.items():
        changed = _set_term(labels, tag, value, report) or changed
    for tag, text in row.definitions.items():
        changed = _set_definition(definitions, tag, text, report) or changed
    if not changed:
        return None
    status = Status.DRAFT if record.status in (Status.APPROVED, Status.PROPOSED) else record.status
    return replace(record, labels=labels, definitions=definitions, status=status)


def _check_rows(
    rows: Sequence[SheetRow], layout: Layout, known: dict[str, int]
) -> list[SheetError]:
    """Every row names a concept of the scheme, once."""
    concept = layout.concept()
    column = concept.index if concept else None
    header = concept.header if concept else ""
    errors: list[SheetError] = []
    first_row: dict[str, int] = {}
    for row in rows:
        if row.concept not in known:
            message = _("%(uri)s is not a concept of this glossary") % {"uri": row.concept}
            errors.append(SheetError(row.number, column, message, header))
        elif row.concept in first_row:
            message = _("the concept %(uri)s is already in row %(row)s") % {
                "uri": row.concept,
                "row": first_row[row.concept],
            }
            errors.append(SheetError(row.number, column, message, header))
        else:
            first_row[row.concept] = row.number
    return errors


def _working_records(scheme: Scheme, ids: Sequence[int]) -> dict[str, ConceptData]:
    found: dict[str, ConceptData] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found.update((r.uri, r) for r in records.load(scheme, None, concept__in=chunk))
    return found


def _integrity_errors(
    changed: Sequence[ConceptData],
    rows: dict[str, SheetRow],
    layout: Layout,
    known: dict[str, int],
) -> list[SheetError]:
    """The SKOS rules on the changed concepts, each problem placed at its row and column."""
    _records, problems = integrity.check(changed, integrity.REFUSE, known=known)
    errors = []
    for problem in integrity.errors(problems):
        column = layout.find(TERM, problem.language) if problem.language else None
        errors.append(
            SheetError(
                rows[problem.concept].number,
                column.index if column else None,
                f"{problem.property}: {problem.message}",
                column.header if column else "",
            )
        )
    return errors


def _apply(
    scheme: Scheme,
    rows: Sequence[SheetRow],
    layout: Layout,
    known: dict[str, int],
    report: TranslationReport,
) -> list[ConceptData]:
    """The changed working-copy records; problems go to `report.errors`."""
    wanted = [row for row in rows if row.terms or row.definitions]
    current = _working_records(scheme, [known[row.concept] for row in wanted])
    changed = []
    for row in wanted:
        record = current.get(row.concept)
        if record is None:
            message = _("%(uri)s has no working copy to translate") % {"uri": row.concept}
            report.errors.append(SheetError(row.number, None, message))
            continue
        new = _translated(record, row, report)
        if new is not None:
            changed.append(new)
    report.errors += _integrity_errors(changed, {r.concept: r for r in wanted}, layout, known)
    return changed


def _in_order(errors: list[SheetError]) -> list[SheetError]:
    """Top to bottom, left to right, as the translator will walk through the sheet."""
    return sorted(errors, key=lambda e: (e.row or 0, -1 if e.column is None else e.column))


def _refused(report: TranslationReport) -> TranslationReport:
    """The report of a refused file: its errors, and no counts of changes never made."""
    return TranslationReport(
        report.filename, report.dry_run, rows=report.rows, errors=_in_order(report.errors)
    )


def import_translations(
    user: Any,
    scheme: Scheme,
    data: bytes,
    filename: str,
    dry_run: bool = False,
    *,
    system: bool = False,
) -> TranslationReport:
    """Store the terms and definitions of a translators' spreadsheet in the working copy.

    Rule: the whole file is checked first (header, concept URIs, SKOS integrity of every
    changed concept); any error and nothing is stored, the report listing every error with
    its row and column. An empty cell leaves the glossary unchanged. Each changed concept
    becomes a draft again. Permission: `can_draft` (skipped for `system`, the management
    command). Audit: one "translation_round" entry on the scheme.
    """
    if not system:
        deny(
            can_draft(user),
            _("Only the glossary working group and the Commission import translations."),
        )
    report = TranslationReport(filename, dry_run=dry_run)
    try:
        sheet = read_sheet(data, filename)
    except SheetUnreadable as error:
        report.errors.append(SheetError(None, None, str(error)))
        return report
    layout, report.errors = parse_header(sheet)
    rows, row_errors = parse_rows(sheet, layout)
    report.rows = len(rows)
    known = dict(Concept.objects.filter(scheme=scheme).values_list("uri", "pk"))
    report.errors += row_errors + _check_rows(rows, layout, known)
    if report.errors:
        return _refused(report)
    with transaction.atomic():
        changed = _apply(scheme, rows, layout, known, report)
        if report.errors:
            return _refused(report)
        report.concepts_changed = len(changed)
        if dry_run or not changed:
            return report
        store.write(scheme, changed, stage="working", user=user)
        terms = report.terms_added + report.terms_changed
        definitions = report.definitions_added + report.definitions_changed
        audit.record(
            user,
            "translation_round",
            scheme,
            after={
                "concepts": len(changed),
                "terms": terms,
                "definitions": definitions,
                "file": filename,
            },
        )
        report.stored = True
    return report
