"""The CSV download of a dataset view: streamed, named `<code>-<release>.csv`, one row per
observation of the same slice as the page, codes with labels, an empty value (never zero)
where only a flag is known, and the flag's meaning in the reader's language."""

import csv
import io

from django.http import StreamingHttpResponse

from emn.stats.codelists import flags
from emn.stats.tests.dataset_support import applicants


def _records(response):
    assert isinstance(response, StreamingHttpResponse)
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_default_view_as_csv(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/download.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="migr_pages-1.csv"'
    records = _records(response)
    assert list(records[0]) == [
        "freq", "freq_label", "unit", "unit_label", "sex", "sex_label", "geo", "geo_label",
        "time_period", "obs_value", "obs_flag", "flag_meaning",
    ]  # fmt: skip
    assert len(records) == 14  # 5 totals x 3 years, less Greece 2020 (':')
    germany = [r for r in records if r["geo"] == "DE"]
    assert [r["time_period"] for r in germany] == ["2019", "2020", "2021"]
    assert germany[2]["obs_value"] == "148233.0"
    assert (germany[2]["obs_flag"], germany[2]["flag_meaning"]) == ("p", "provisional")
    assert germany[0]["geo_label"] == "Germany"


def test_filtered_view_keeps_a_flag_without_value(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/download.csv?sex=F&geo=SI&end=2020")
    records = _records(response)
    assert [(r["time_period"], r["obs_value"], r["obs_flag"]) for r in records] == [
        ("2019", "", "c"),
        ("2020", "500.0", ""),
    ]


def test_flag_meaning_in_french(client, db, tmp_path):
    applicants(tmp_path)
    response = client.get("/stats/migr_pages/download.csv?geo=DE", HTTP_ACCEPT_LANGUAGE="fr")
    records = _records(response)
    assert records[2]["flag_meaning"] == flags.describe("p", "fr")  # the catalogue's word
    assert records[2]["geo_label"] == "Allemagne"
