"""The country page's statistics: the country, the EU figure and the closest countries."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from emn.stats.indicators.services import sync_indicators
from emn.stats.testing import ingest_tsv

RETURNED = (
    "citizen,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "TOTAL,SI\t300 \t350 p\n"
    "TOTAL,AT\t1000 \t1200 \n"
    "TOTAL,HR\t100 \t100 \n"
    "TOTAL,HU\t500 \t500 \n"
    "TOTAL,IT\t900 \t950 \n"
    "TOTAL,FR\t9000 \t9000 \n"
    "TOTAL,EU27_2020\t90000 \t100000 \n"
)
ORDERED = (
    "citizen,geo\\TIME_PERIOD\t2021 \t2022 \n"
    "TOTAL,SI\t600 \t700 \n"
    "TOTAL,AT\t4000 \t4000 \n"
    "TOTAL,HR\t1000 \t1000 \n"
    "TOTAL,HU\t1000 \t1100 \n"
    "TOTAL,IT\t1800 \t2000 \n"
    "TOTAL,FR\t90000 \t90000 \n"
    "TOTAL,EU27_2020\t400000 \t400000 \n"
)


@pytest.fixture
def loaded(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "migr_eirtn", RETURNED)
    ingest_tsv(tmp_path, "migr_eiord", ORDERED)
    sync_indicators(None, system=True)


def _rows(page: str) -> list[str]:
    start = page.index('class="stats-slice"', page.index('id="profile-return-rate-title"'))
    section = page[start : page.index("</table>", start)]
    return [part.split("</th>")[0] for part in section.split('<th scope="row">')[1:]]


@pytest.mark.django_db
def test_the_country_the_eu_and_the_three_closest(client: Client, loaded: None) -> None:
    page = client.get("/network/countries/SI/").content.decode()
    assert 'id="statistics-title"' in page and 'id="profile-return-rate"' in page
    # SI 2022: 50 %; IT 47.5, HU 45.5, AT 30, FR 10, HR 10 -> IT, HU, AT.
    rows = _rows(page)
    assert rows[:2] == ["Slovenia", "European Union - 27 countries (from 2020)"]
    assert rows[2:5] == ["Italy", "Hungary", "Austria"]
    assert "Closest values: Italy, Hungary, Austria." in page
    assert "50.0" in page and "provisional" in page


@pytest.mark.django_db
def test_peers_chosen_in_the_query(client: Client, loaded: None) -> None:
    page = client.get("/network/countries/SI/?peers=HR,FR&peers=XX").content.decode()
    assert _rows(page) == [
        "Slovenia",
        "European Union - 27 countries (from 2020)",
        "Croatia",
        "France",
    ]
    assert '<option value="HR" selected>' in page


@pytest.mark.django_db
def test_a_country_without_values_has_no_statistics_section(client: Client, loaded: None) -> None:
    page = client.get("/network/countries/LU/").content.decode()
    assert 'id="statistics-title"' not in page
