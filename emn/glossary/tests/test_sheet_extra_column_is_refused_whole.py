from __future__ import annotations

from emn.glossary import records
from emn.glossary.services.translation_round import import_translations
from emn.glossary.sheets import export_sheet
from emn.glossary.tests.test_sheet_data import csv_rows, seeded, set_cell, snapshot, to_csv


def _sheet(scheme):
    rows = csv_rows(export_sheet(records.load(scheme), ["en", "fr"], "csv"))
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")  # a good edit, not stored
    return rows


def test_an_unknown_column_is_reported_with_its_letter_and_header(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    rows = _sheet(scheme)
    rows[0].append("translator's notes")  # column G
    for row in rows[1:]:
        row.append("checked")
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert not report.ok and not report.stored
    assert [(e.row, e.letter, e.header) for e in report.errors] == [(1, "G", "translator's notes")]
    assert str(report.errors[0]).startswith("row 1, column G (translator's notes): unknown column")
    assert snapshot(scheme) == before


def test_a_definition_column_with_a_bad_tag_and_a_repeated_column_are_errors(db, personas):
    scheme = seeded()
    rows = _sheet(scheme)
    rows[0] += ["definition:french", "FR"]
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert [(e.row, e.letter) for e in report.errors] == [(1, "G"), (1, "H")]
    assert "repeats column E (fr)" in str(report.errors[1])


def test_values_in_a_column_without_header_are_errors(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    rows = _sheet(scheme)
    rows[3].append("stray note")  # row 4, column G, no header
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert [(e.row, e.letter) for e in report.errors] == [(4, "G")]
    assert "without a header" in str(report.errors[0])
    assert snapshot(scheme) == before


def test_every_error_is_listed_not_just_the_first(db, personas):
    scheme = seeded()
    rows = _sheet(scheme)
    rows[0].append("comments")
    rows.append(["https://nowhere.example/x", "", "x", "", "", "", ""])
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    # The header error and the row error: the translator fixes both in one go.
    assert [(e.row, e.letter) for e in report.errors] == [(1, "G"), (5, "A")]
