"""Exported text that a spreadsheet would run as a formula is written as text; numbers,
negative ones included, and empty values stay what they are."""

import csv
import io

from openpyxl import load_workbook

from emn.stats import exports


def test_csv_and_xlsx_neutralise_formulas():
    header = ["label", "value"]
    rows = [['=HYPERLINK("x")', -5.0], ["+1", None], ["@SUM(A1)", 3], ["plain", 0]]
    response = exports.csv_response("x.csv", header, iter(rows))
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    read = list(csv.reader(io.StringIO(text)))
    assert read[1] == ['\'=HYPERLINK("x")', "-5.0"]
    assert read[2] == ["'+1", ""]
    assert read[3][0] == "'@SUM(A1)"

    sheet = load_workbook(io.BytesIO(exports.xlsx_bytes(header, rows))).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1] == ('\'=HYPERLINK("x")', -5)
    assert values[2] == ("'+1", None)
    assert values[4] == ("plain", 0)
