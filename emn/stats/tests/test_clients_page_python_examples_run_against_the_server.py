"""The page's Python examples work as pasted: each code block, taken from the page a live
server renders, runs unmodified with the real clients (sdmx1, eurostat, pyjstat) against that
server and reads the values that were ingested."""

from __future__ import annotations

import contextlib
import html
import io
import re

import pytest
import requests

from emn.stats.tests.jsonstat_support import returns

pytestmark = pytest.mark.django_db(transaction=True)


def _example(live_server, first_line: str) -> dict:
    """Run the code block starting with `first_line`; the names it defined."""
    page = requests.get(live_server.url + "/stats/clients/", timeout=30)
    assert page.status_code == 200
    blocks = re.findall(r"<pre[^>]*><code>(.*?)</code></pre>", page.text, re.S)
    code = next(html.unescape(b) for b in blocks if html.unescape(b).startswith(first_line))
    names: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, "example", "exec"), names)  # the page's own example, as pasted
    return names


def test_the_sdmx1_example_reads_flows_structure_and_data(live_server, tmp_path):
    sdmx = pytest.importorskip("sdmx")
    returns(tmp_path)
    names = _example(live_server, "import sdmx")
    assert "MIGR_JS" in names["flows"].dataflow
    assert [d.id for d in names["dsd"].dimensions] == ["freq", "unit", "geo", "TIME_PERIOD"]
    series = sdmx.to_pandas(names["data"])
    values = {key[-1]: value for key, value in series.items()}
    assert values == {"2019": 10.0, "2020": 12.0, "2021": 14.0}


def test_the_eurostat_example_reads_the_toc_and_the_whole_dataset(
    live_server, tmp_path, monkeypatch
):
    eurostat = pytest.importorskip("eurostat")
    urls = eurostat.eurostat.__Uri__.BASE_URL
    monkeypatch.setitem(urls, "EUROSTAT", urls["EUROSTAT"])  # restored after the test
    returns(tmp_path)
    found = _example(live_server, "import eurostat")
    assert list(found["toc"]["code"]) == ["MIGR_JS"]
    frame = found["frame"]
    rows = {(row["unit"], row["geo\\TIME_PERIOD"]): row for row in frame.to_dict("records")}
    assert rows[("NR", "DE")]["2020_value"] == 12.0
    assert rows[("NR", "DE")]["2020_flag"] == "p"
    assert rows[("NR", "FR")]["2021_value"] == 24.0
    assert len(frame) == 3


def test_the_pyjstat_example_reads_json_stat(live_server, tmp_path):
    pytest.importorskip("pyjstat")
    returns(tmp_path)
    dataset = _example(live_server, "from pyjstat import pyjstat")["dataset"]
    frame = dataset.write("dataframe", naming="id")
    rows = {(row.unit, row.time): row.value for row in frame.itertuples()}
    assert rows[("NR", "2019")] == 10.0
    assert rows[("PC", "2021")] == 2.5
    assert set(frame["geo"]) == {"DE"}
