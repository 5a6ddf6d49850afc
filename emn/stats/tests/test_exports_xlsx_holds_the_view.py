"""The XLSX download holds the same rows as the CSV in one worksheet; a view with more
rows than a worksheet holds is refused with a pointer to the CSV, before any work."""

import io

from openpyxl import load_workbook

from emn.stats import exports
from emn.stats.tests.dataset_support import applicants


def test_view_as_xlsx(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/download.xlsx?sex=F&sex=M&geo=EL")
    assert response.status_code == 200
    assert response["Content-Type"] == exports.XLSX_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="migr_pages-1.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "migr_pages"
    assert rows[0][-4:] == ("time_period", "obs_value", "obs_flag", "flag_meaning")
    assert len(rows) == 1 + 5  # F: 3 years, M: 2 (2020 is ':')
    assert rows[1][4:8] == ("F", "Females", "EL", "Greece")  # Eurostat's shared name of F
    assert rows[1][8:10] == ("2019", 28000)


def test_too_many_rows_for_a_worksheet(client, db, tmp_path, monkeypatch):
    applicants(tmp_path)
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 3)
    response = client.get("/stats/migr_pages/download.xlsx")
    assert response.status_code == 413
    assert "CSV" in response.content.decode()


def test_xlsx_bytes_refuses_past_the_limit(monkeypatch):
    monkeypatch.setattr(exports, "XLSX_MAX_ROWS", 2)
    try:
        exports.xlsx_bytes(["a"], iter([[1], [2], [3]]))
    except exports.TooManyRows:
        return
    raise AssertionError("three rows passed a two-row limit")
