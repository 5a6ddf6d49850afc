from __future__ import annotations

import io
import zipfile

import pytest

from emn.glossary.services.translation_round import import_translations
from emn.glossary.sheets import SheetUnreadable, read_sheet
from emn.glossary.tests.test_sheet_data import seeded, snapshot, to_csv, working


def _zip(names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"%PDF-1.7\n\x00\x01\x02\x03\x04binary\x00\x05\x06", "neither an XLSX workbook nor"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Excel 97-2003"),
        (b"PK\x03\x04 truncated", "damaged"),
        (_zip(["content.xml", "mimetype"]), "not an XLSX workbook"),
        (_zip(["[Content_Types].xml", "xl/workbook.xml"]), "damaged"),
        (b'concept,en\n"https://x.example/a,unterminated\n', "not valid CSV"),
    ],
)
def test_a_file_that_is_not_a_translation_sheet_is_named_for_what_it_is(data, expected):
    with pytest.raises(SheetUnreadable, match=expected):
        read_sheet(data, "round.csv")


def test_the_service_reports_an_unreadable_file_and_stores_nothing(db, personas):
    scheme = seeded()
    before = snapshot(scheme)
    report = import_translations(personas.glossary_editor, scheme, b"", "round.csv")
    assert not report.ok and not report.stored
    assert report.error_lines() == ["round.csv: The file is empty."]
    assert snapshot(scheme) == before


def test_a_header_without_a_concept_column_is_an_error(db, personas):
    scheme = seeded()
    rows = [["key", "en", "fr"], ["voluntary-return", "", "retour volontaire"]]
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert len(report.errors) == 1
    assert str(report.errors[0]).startswith('row 1: there is no column "concept"')


def test_a_header_without_rows_is_an_error(db, personas):
    scheme = seeded()
    report = import_translations(
        personas.glossary_editor, scheme, to_csv([["concept", "en"]]), "round.csv"
    )
    assert [str(e) for e in report.errors] == ["The sheet has a header but no concept rows."]


def test_terms_without_a_concept_uri_are_an_error(db, personas):
    scheme = seeded()
    uri = working(scheme)["voluntary-return"].uri
    rows = [["concept", "en", "fr"], [uri, "", "retour volontaire"], ["", "", "orphan"]]
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert [(e.row, e.letter) for e in report.errors] == [(3, "A")]
    assert "no concept URI" in str(report.errors[0])
    assert "fr" not in working(scheme)["voluntary-return"].pref_labels()


def test_empty_rows_and_a_blank_trailing_column_are_harmless(db, personas):
    scheme = seeded()
    uri = working(scheme)["voluntary-return"].uri
    rows = [["concept", "fr", ""], [], [uri, "retour volontaire", ""], ["", "", ""]]
    report = import_translations(personas.glossary_editor, scheme, to_csv(rows), "round.csv")
    assert report.ok, report.error_lines()
    assert working(scheme)["voluntary-return"].pref_labels()["fr"] == "retour volontaire"
