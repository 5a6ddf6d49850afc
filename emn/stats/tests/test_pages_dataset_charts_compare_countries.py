"""The charts' specs: the first series over time, the countries compared for the latest
period with data (aggregates left out of the bars), and the map with Eurostat's codes
drawn on ISO shapes (EL is Greece) and a country without a value marked as such."""

import json
import re

from emn.stats.tests.dataset_support import applicants


def _spec(html, chart):
    found = re.search(rf'<script id="{chart}-data" type="application/json">(.*?)</script>', html)
    return json.loads(found.group(1))


def test_line_bar_and_map_specs(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/").content.decode()
    line = _spec(html, "chart-line")
    assert line["kind"] == "line" and line["categories"] == ["2019", "2020", "2021"]
    assert [s["name"] for s in line["series"]][:2] == ["Germany", "Greece"]
    germany = line["series"][0]["points"]
    assert germany[2] == {"x": "2021", "y": 148233.0, "flag": "p"}
    assert line["flags"] == {"p": "provisional"}
    assert line["filename"] == "migr_pages-1-line"

    bar = _spec(html, "chart-bar")
    points = bar["series"][0]["points"]
    assert [p["x"] for p in points] == ["Germany", "France", "Greece", "Slovenia"]
    assert "2021" in bar["title"]

    area_map = _spec(html, "chart-map")
    greece = next(a for a in area_map["areas"] if a["code"] == "EL")
    assert greece["shape"] == "GR" and greece["value"] == 28000.0
    assert "EU27_2020" not in {a["code"] for a in area_map["areas"]}
    assert area_map["classes"][0]["min"] == 5400.0
    assert area_map["classes"][-1]["max"] == 148233.0


def test_asked_period_and_a_country_without_value(client, db, tmp_path):
    applicants(tmp_path)
    html = client.get("/stats/migr_pages/?period=2020").content.decode()
    area_map = _spec(html, "chart-map")
    greece = next(a for a in area_map["areas"] if a["code"] == "EL")
    assert greece["value"] is None  # ':' in 2020: hatched as "no data", never zero
    bar = _spec(html, "chart-bar")
    assert "Greece" not in [p["x"] for p in bar["series"][0]["points"]]
    table = html.split('id="chart-map"', 1)[1].split("</figure>", 1)[0]
    assert re.search(r"<th scope=\"row\">Greece</th><td class=\"num\">:</td>", table)


def test_no_country_dimension_no_bar_or_map(client, db, tmp_path):
    from emn.stats.models import Dataset
    from emn.stats.testing import ingest_tsv

    Dataset.objects.create(code="migr_nogeo", titles={"en": "Totals"})
    ingest_tsv(tmp_path, "migr_nogeo", "freq,unit\\TIME_PERIOD\t2020 \t2021 \nA,NR\t5 \t6 \n")
    html = client.get("/stats/migr_nogeo/").content.decode()
    assert 'id="chart-line"' in html
    assert 'id="chart-map"' not in html
    assert "no dimension of countries" in html
