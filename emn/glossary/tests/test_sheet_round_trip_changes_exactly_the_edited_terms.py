from __future__ import annotations

import io

from openpyxl import load_workbook

from emn.core.models import AuditEntry
from emn.glossary import records
from emn.glossary.services.translation_round import import_translations
from emn.glossary.sheets import export_sheet
from emn.glossary.tests.test_sheet_data import (
    csv_rows,
    seeded,
    set_cell,
    snapshot,
    to_csv,
    working,
)

LANGUAGES = ["en", "fr", "de", "de-AT", "sl"]


def test_an_unedited_sheet_changes_nothing(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    for fmt in ("csv", "xlsx"):
        data = export_sheet(records.load(scheme), LANGUAGES, fmt)
        report = import_translations(personas.glossary_editor, scheme, data, f"round.{fmt}")
        assert report.ok, report.error_lines()
        assert (report.concepts_changed, report.stored) == (0, False)
    assert snapshot(scheme) == before
    assert not AuditEntry.objects.filter(action="translation_round").exists()


def test_a_csv_round_changes_exactly_the_edited_cells(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    rows = csv_rows(export_sheet(records.load(scheme), LANGUAGES, "csv"))
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")  # a new term
    set_cell(rows, "return-decision", "de-AT", "Rückkehrentscheidung Österreich")  # changed
    set_cell(rows, "return-decision", "definition:fr", "Nouvelle définition.")
    set_cell(rows, "readmission-agreement", "definition:sl", "Sporazum med državami.")
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert report.ok, report.error_lines()
    assert report.stored
    assert (report.concepts_changed, report.terms_added, report.terms_changed) == (3, 1, 1)
    assert (report.definitions_added, report.definitions_changed) == (1, 1)
    after = working(scheme)
    assert after["voluntary-return"].pref_labels()["fr"] == "retour volontaire"
    prefs = after["return-decision"].pref_labels()
    assert prefs["de-AT"] == "Rückkehrentscheidung Österreich"
    assert prefs["de"] == "Rückkehrentscheidung"  # the German term is not the Austrian one
    french = [d for d in after["return-decision"].definitions if d.language == "fr"]
    assert [(d.text, d.context, d.source) for d in french] == [
        ("Nouvelle définition.", "eu", "Directive 2008/115/CE")
    ]
    # Everything else is as it was: other labels, synonyms, relations, other definitions.
    for key, new in snapshot(scheme).items():
        old = before[key]
        assert {k: v for k, v in new.items() if k not in ("labels", "definitions", "status")} == {
            k: v for k, v in old.items() if k not in ("labels", "definitions", "status")
        }
    assert set(before["return-decision"]["labels"]) - set(
        snapshot(scheme)["return-decision"]["labels"]
    ) == {("pref", "de-AT", "Rückkehrentscheidung (AT)")}
    entry = AuditEntry.objects.get(action="translation_round")
    assert entry.after["concepts"] == 3
    assert entry.after["terms"] == 2
    assert entry.after["file"] == "round.csv"


def test_an_xlsx_round_edited_in_a_spreadsheet_program_imports(db, personas):
    scheme = seeded()
    data = export_sheet(records.load(scheme), LANGUAGES, "xlsx")
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "readmission-agreement":
            row[header.index("fr")].value = "accord de réadmission"
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_translations(personas.commission, scheme, buffer.getvalue(), "round.xlsx")
    assert report.ok, report.error_lines()
    assert (report.concepts_changed, report.terms_added) == (1, 1)
    assert working(scheme)["readmission-agreement"].pref_labels()["fr"] == "accord de réadmission"


def test_a_semicolon_csv_in_windows_1252_imports(db, personas):
    """What a French Excel saves: semicolons, the local code page, only some columns."""
    scheme = seeded()
    rows = [
        ["concept", "key", "en", "FR"],
        [
            working(scheme)["voluntary-return"].uri,
            "voluntary-return",
            "",
            "retour volontaire; aidé",
        ],
    ]
    data = to_csv(rows, delimiter=";", encoding="cp1252")
    report = import_translations(personas.glossary_editor, scheme, data, "round.csv")
    assert report.ok, report.error_lines()
    assert working(scheme)["voluntary-return"].pref_labels()["fr"] == "retour volontaire; aidé"


def test_a_synonym_made_the_preferred_term_is_no_longer_a_synonym(db, personas):
    scheme = seeded()
    rows = csv_rows(export_sheet(records.load(scheme), ["en"], "csv", definitions=False))
    set_cell(rows, "voluntary-return", "en", "voluntary departure")
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert report.ok, report.error_lines()
    labels = working(scheme)["voluntary-return"].labels
    assert [(lb.kind, lb.value) for lb in labels if lb.language == "en"] == [
        ("pref", "voluntary departure")
    ]


def test_a_dry_run_counts_but_stores_nothing(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    rows = csv_rows(export_sheet(records.load(scheme), LANGUAGES, "csv"))
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")
    report = import_translations(
        personas.glossary_editor, scheme, to_csv(rows), "round.csv", dry_run=True
    )
    assert report.ok and not report.stored
    assert report.terms_added == 1
    assert snapshot(scheme) == before
