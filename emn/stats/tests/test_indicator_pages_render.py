"""The indicator list and page: definition, formula, inputs, charts, table and downloads."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from emn.stats.indicators.services import sync_indicators
from emn.stats.testing import ingest_tsv

RETURNED = (
    "freq,citizen,unit,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,TOTAL,PER,AT\t1000 \t1200 p\n"
    "A,TOTAL,PER,SI\t300 \t: c\n"
    "A,TOTAL,PER,EU27_2020\t90000 \t100000 \n"
)
ORDERED = (
    "freq,citizen,unit,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "A,TOTAL,PER,AT\t4000 \t4000 \n"
    "A,TOTAL,PER,SI\t600 \t700 \n"
    "A,TOTAL,PER,EU27_2020\t400000 \t400000 \n"
)


@pytest.fixture
def loaded(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "migr_eirtn", RETURNED)
    ingest_tsv(tmp_path, "migr_eiord", ORDERED)
    sync_indicators(None, system=True)


@pytest.mark.django_db
def test_the_list_shows_every_public_indicator(client: Client, loaded: None) -> None:
    page = client.get("/stats/indicators/").content.decode()
    assert "Return rate" in page and "First residence permits per 100,000" in page


@pytest.mark.django_db
def test_the_page_shows_values_flags_inputs_and_charts(client: Client, loaded: None) -> None:
    response = client.get("/stats/indicators/return-rate/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Numerator divided by denominator, times 100" in page
    assert 'href="/stats/migr_eirtn/"' in page and "release 1 of" in page
    assert "25.0" in page and "30.0" in page  # AT 2022 is 1200 / 4000
    assert "provisional" in page and "confidential" in page
    assert 'id="chart-line"' in page and 'id="chart-map"' in page and 'id="chart-bar"' in page
    assert "European Union - 27 countries (from 2020)" in page


@pytest.mark.django_db
def test_the_page_reads_in_french_and_falls_back_for_missing_inputs(
    client: Client, loaded: None
) -> None:
    with translation.override("fr"):
        client.cookies["django_language"] = "fr"
        page = client.get("/stats/indicators/return-rate/", HTTP_ACCEPT_LANGUAGE="fr")
    assert "Taux de retour" in page.content.decode()
    missing = client.get("/stats/indicators/first-permits-per-100k/").content.decode()
    assert "not loaded" in missing and "chart-line" not in missing


@pytest.mark.django_db
def test_csv_and_xlsx_downloads(client: Client, loaded: None) -> None:
    response = client.get("/stats/indicators/return-rate/download.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    rows = list(csv.DictReader(io.StringIO(text)))
    by_key = {(r["geo"], r["time_period"]): r for r in rows}
    assert by_key[("AT", "2022")]["value"] == "30.0"
    assert by_key[("AT", "2022")]["flag"] == "p"
    assert by_key[("SI", "2022")]["value"] == ""  # confidential: hidden, not zero
    assert by_key[("SI", "2022")]["flag_meaning"] == "confidential"
    assert by_key[("SI", "2021")]["geo_label"] == "Slovenia"
    xlsx = client.get("/stats/indicators/return-rate/download.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
