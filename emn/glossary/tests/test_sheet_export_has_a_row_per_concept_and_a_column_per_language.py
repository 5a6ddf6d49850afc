from __future__ import annotations

import io

from openpyxl import load_workbook

from emn.glossary import records
from emn.glossary.records import ConceptData
from emn.glossary.services.schemes import concept_uri
from emn.glossary.sheets import SheetInfo, export_sheet
from emn.glossary.tests.test_sheet_data import csv_rows, pref, seeded

LANGUAGES = ["fr", "de-AT", "en", "sl"]


def test_it_exports_csv_with_a_row_per_concept_and_english_first(db):
    scheme = seeded()
    rows = csv_rows(export_sheet(records.load(scheme), LANGUAGES, "csv"))
    assert rows[0] == [
        "concept",
        "key",
        "en",
        "definition:en",
        "fr",
        "definition:fr",
        "de-AT",
        "definition:de-AT",
        "sl",
        "definition:sl",
    ]
    assert len(rows) == 1 + 3
    by_key = {row[1]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    decision = by_key["return-decision"]
    assert decision["concept"] == concept_uri("return-decision")
    assert decision["fr"] == "décision de retour"
    assert decision["de-AT"] == "Rückkehrentscheidung (AT)"
    # The first English definition (EU context), not the global one.
    assert decision["definition:en"] == "A decision stating that a stay is illegal."
    assert by_key["voluntary-return"]["fr"] == ""
    assert by_key["readmission-agreement"]["sl"] == "sporazum o ponovnem sprejemu"


def test_it_exports_xlsx_with_a_bold_frozen_header_and_an_about_sheet(db):
    scheme = seeded()
    info = SheetInfo(scheme.title(), scheme.uri, "working copy")
    data = export_sheet(records.load(scheme), LANGUAGES, "xlsx", about=info)
    workbook = load_workbook(io.BytesIO(data))
    terms, about = workbook.worksheets
    assert about.title == "About"
    rows = [[c or "" for c in row] for row in terms.iter_rows(values_only=True)]
    assert rows[0][:5] == ["concept", "key", "en", "definition:en", "fr"]
    assert len(rows) == 1 + 3
    assert [row[1] for row in rows[1:]] == [
        "readmission-agreement",
        "return-decision",
        "voluntary-return",
    ]
    assert all(cell.font.b for cell in terms[1])
    assert terms.freeze_panes == "C2"
    assert terms.column_dimensions["A"].width >= 30
    about_text = " ".join(str(c) for row in about.iter_rows(values_only=True) for c in row if c)
    assert scheme.title() in about_text
    assert "working copy" in about_text


def test_a_term_that_looks_like_a_formula_stays_text(db):
    record = ConceptData(uri=concept_uri("x"), key="x", labels=[pref("en", "=HYPERLINK(1)")])
    rows = csv_rows(export_sheet([record], ["en"], "csv", definitions=False))
    assert rows[1] == [concept_uri("x"), "x", "'=HYPERLINK(1)"]
    sheet = load_workbook(io.BytesIO(export_sheet([record], ["en"], "xlsx"))).worksheets[0]
    assert sheet["C2"].value == "=HYPERLINK(1)"
    assert sheet["C2"].data_type == "s"
