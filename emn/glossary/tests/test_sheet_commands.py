from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from emn.core.models import AuditEntry
from emn.glossary.tests.test_sheet_data import csv_rows, seeded, set_cell, snapshot, to_csv, working


def _export(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("export_translations", *args, stdout=out, stderr=err)
    return out.getvalue()


def test_export_writes_csv_to_standard_output(db):
    seeded()
    rows = csv_rows(_export("--languages", "fr,en").encode())
    assert rows[0] == ["concept", "key", "en", "definition:en", "fr", "definition:fr"]
    assert len(rows) == 4


def test_export_defaults_to_every_language_with_a_term(db):
    seeded()
    header = csv_rows(_export("--no-definitions").encode())[0]
    assert header == ["concept", "key", "en", "de", "de-AT", "fr", "sl"]


def test_export_writes_xlsx_to_a_file(db, tmp_path):
    seeded()
    target = tmp_path / "round.xlsx"
    _export("--output", str(target), "--languages", "en,sl")
    sheet = load_workbook(target).worksheets[0]
    assert [c.value for c in sheet[1]] == [
        "concept",
        "key",
        "en",
        "definition:en",
        "sl",
        "definition:sl",
    ]
    assert sheet.max_row == 4


def test_export_refuses_a_bad_language_tag_and_an_unknown_scheme(db):
    seeded()
    with pytest.raises(CommandError, match="english"):
        _export("--languages", "english")
    with pytest.raises(CommandError, match="No concept scheme 'nope'"):
        _export("--scheme", "nope")


def test_import_stores_a_round_and_reports_it(db, tmp_path):
    scheme = seeded()
    rows = csv_rows(_export().encode())
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")
    path = tmp_path / "round.csv"
    path.write_bytes(to_csv(rows))
    out = io.StringIO()
    call_command("import_translations", str(path), stdout=out)
    assert "1 concept(s) changed: 1 term(s) added" in out.getvalue()
    assert working(scheme)["voluntary-return"].pref_labels()["fr"] == "retour volontaire"
    assert AuditEntry.objects.get(action="translation_round").actor_label == "system"


def test_import_dry_run_stores_nothing(db, tmp_path):
    scheme = seeded()
    before = snapshot(scheme)
    rows = csv_rows(_export().encode())
    set_cell(rows, "voluntary-return", "fr", "retour volontaire")
    path = tmp_path / "round.csv"
    path.write_bytes(to_csv(rows))
    out = io.StringIO()
    call_command("import_translations", str(path), "--dry-run", stdout=out)
    assert "dry run" in out.getvalue()
    assert snapshot(scheme) == before


def test_import_fails_with_every_error_on_standard_error(db, tmp_path):
    scheme = seeded()
    before = snapshot(scheme)
    rows = csv_rows(_export().encode())
    rows[0].append("notes")
    rows.append(["https://nowhere.example/x"])
    path = tmp_path / "round.csv"
    path.write_bytes(to_csv(rows))
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 error"):
        call_command("import_translations", str(path), stderr=err)
    lines = err.getvalue().splitlines()
    assert lines[0].startswith("round.csv: row 1, column ")
    assert lines[1].startswith("round.csv: row 5, column A (concept): https://nowhere.example/x")
    assert snapshot(scheme) == before


def test_import_of_a_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_translations", str(tmp_path / "missing.csv"))
