"""The client-instructions page gives absolute addresses built from the request and fills its
examples with a real dataset, dataflow and series key the reader may see."""

from __future__ import annotations

import gzip
import html

import pytest

from emn.stats.tests.jsonstat_support import returns

pytestmark = pytest.mark.django_db
PAGE = "/stats/clients/"


def _text(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_public_gets_addresses_and_a_real_example(client, settings, tmp_path):
    settings.ALLOWED_HOSTS = ["stats.example.org"]
    returns(tmp_path)
    text = _text(client.get(PAGE, HTTP_HOST="stats.example.org"))
    assert "http://stats.example.org/sdmx/2.1/" in text
    assert "http://stats.example.org/statistics/1.0/" in text
    assert '"url": "http://stats.example.org/sdmx/2.1"' in text  # sdmx1's source
    # The dataset's flow, its first series with data (Germany) and a start period it has.
    key = {"freq": "A", "unit": "NR", "geo": "DE"}
    assert 'emn.data(\n    "MIGR_JS",\n    key=' + str(key).replace("'", '"') in text
    assert 'params={"startPeriod": "2019"}' in text
    assert "http://stats.example.org/sdmx/2.1/data/MIGR_JS/A.NR.DE?startPeriod=2019" in text
    assert 'eurostat.get_data_df("migr_js", flags=True)' in text
    assert "http://stats.example.org/statistics/1.0/data/migr_js?geo=DE" in text
    assert "dataflow/all/all/latest" in text
    assert "data/MIGR_JS?format=TSV&compressed=true" in text
    assert "format=SDMX-CSV" in text


def test_a_member_gets_the_page_too(client, personas, tmp_path):
    returns(tmp_path)
    client.force_login(personas.reader)
    text = _text(client.get(PAGE))
    assert "http://testserver/sdmx/2.1/data/MIGR_JS/A.NR.DE" in text


def test_the_dataset_page_link_chooses_the_example(client, tmp_path):
    returns(tmp_path, "migr_first")
    returns(tmp_path, "migr_second")
    assert "data/MIGR_FIRST" in _text(client.get(PAGE))
    text = _text(client.get(PAGE + "?dataset=migr_second"))
    assert "data/MIGR_SECOND" in text and "MIGR_FIRST" not in text
    detail = _text(client.get("/stats/migr_second/"))
    assert PAGE + "?dataset=migr_second" in detail
    assert PAGE in _text(client.get("/stats/"))


def test_without_a_dataset_the_examples_keep_placeholders(client):
    text = _text(client.get(PAGE))
    assert "No dataset is published yet" in text
    assert "data/DATASET_CODE" in text


def test_the_r_eurostat_example_points_at_an_address_that_answers(client, settings, tmp_path):
    # R's eurostat package reads getOption("eurostat_url") + "api/dissemination/sdmx/2.1/data/"
    # + id + "?format=TSV&compressed=true": with the option the page gives, that is ours.
    settings.ALLOWED_HOSTS = ["stats.example.org"]
    returns(tmp_path)
    text = _text(client.get(PAGE, HTTP_HOST="stats.example.org"))
    assert 'options(eurostat_url = "http://stats.example.org/")' in text
    asked = "/api/dissemination/sdmx/2.1/data/migr_js?format=TSV&compressed=true"
    response = client.get(asked, HTTP_HOST="stats.example.org")
    assert response.status_code == 200
    body = gzip.decompress(b"".join(response.streaming_content)).decode()
    assert body.startswith("freq,unit,geo\\TIME_PERIOD\t2019 ")
