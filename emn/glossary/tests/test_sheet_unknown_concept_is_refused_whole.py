from __future__ import annotations

from emn.core.models import AuditEntry
from emn.glossary import records
from emn.glossary.services.translation_round import import_translations
from emn.glossary.sheets import export_sheet
from emn.glossary.tests.test_sheet_data import csv_rows, seeded, set_cell, snapshot, to_csv

UNKNOWN = "https://elsewhere.example/concept/asylum-shopping"


def test_an_unknown_concept_is_reported_with_its_row_and_uri_and_nothing_is_stored(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    rows = csv_rows(export_sheet(records.load(scheme), ["en", "fr"], "csv"))
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")  # a good edit ...
    rows.append([UNKNOWN, "asylum-shopping", "asylum shopping", "", "", ""])  # ... and row 5
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert not report.ok and not report.stored
    assert [(e.row, e.letter) for e in report.errors] == [(5, "A")]
    assert UNKNOWN in str(report.errors[0])
    assert str(report.errors[0]).startswith("row 5, column A (concept): ")
    assert report.error_lines()[0].startswith("round.csv: row 5")
    assert report.concepts_changed == 0
    assert snapshot(scheme) == before
    assert not AuditEntry.objects.filter(action="translation_round").exists()


def test_a_concept_of_another_scheme_is_unknown_here(db, personas):
    from emn.glossary import store
    from emn.glossary.models import Scheme
    from emn.glossary.records import ConceptData
    from emn.glossary.tests.test_sheet_data import pref

    scheme = seeded()
    other = Scheme.objects.create(key="other", uri="https://other.example/scheme")
    store.write(other, [ConceptData(uri=UNKNOWN, labels=[pref("en", "asylum shopping")])])
    rows = [["concept", "fr"], [UNKNOWN, "shopping de l'asile"]]
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert [(e.row, e.letter) for e in report.errors] == [(2, "A")]


def test_a_concept_listed_twice_is_an_error(db, personas):
    scheme = seeded()
    rows = csv_rows(export_sheet(records.load(scheme), ["en", "fr"], "csv"))
    rows.append(list(rows[2]))
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert [(e.row, e.letter) for e in report.errors] == [(5, "A")]
    assert "already in row 3" in str(report.errors[0])
