"""An `emn` indicator is invisible to the public on every page; so are figures drawn from
an `emn` dataset, even through a public indicator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from emn.stats.indicators.models import Indicator
from emn.stats.indicators.services import sync_indicators
from emn.stats.models import Dataset
from emn.stats.testing import ingest_tsv

RETURNED = "citizen,geo\\TIME_PERIOD\t2021 \nTOTAL,SI\t300 \nTOTAL,AT\t1000 \n"
ORDERED = "citizen,geo\\TIME_PERIOD\t2021 \nTOTAL,SI\t600 \nTOTAL,AT\t4000 \n"
PAGES = (
    "/stats/indicators/return-rate/",
    "/stats/indicators/return-rate/download.csv",
    "/stats/indicators/return-rate/download.xlsx",
)


@pytest.fixture
def loaded(tmp_path: Path) -> None:
    ingest_tsv(tmp_path, "migr_eirtn", RETURNED)
    ingest_tsv(tmp_path, "migr_eiord", ORDERED)
    sync_indicators(None, system=True)


def _get(client: Client, user: Any, url: str) -> Any:
    if user.is_authenticated:
        client.force_login(user)
    return client.get(url)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["anonymous", "partner", "reader", "commission"])
def test_an_emn_indicator_is_for_members_only(
    client: Client, personas: Any, loaded: None, name: str
) -> None:
    Indicator.objects.filter(key="return-rate").update(dissemination="emn")
    user = personas[name]
    member = name in ("reader", "commission")  # a network partner reads public material only
    for url in PAGES:
        assert _get(client, user, url).status_code == (200 if member else 404), url
    listing = _get(client, user, "/stats/indicators/").content.decode()
    assert ("/stats/indicators/return-rate/" in listing) is member
    profile = _get(client, user, "/network/countries/SI/").content.decode()
    assert ('id="profile-return-rate"' in profile) is member


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["anonymous", "reader"])
def test_a_public_indicator_over_an_emn_dataset_shows_no_values_to_the_public(
    client: Client, personas: Any, loaded: None, name: str
) -> None:
    Dataset.objects.filter(code="migr_eiord").update(dissemination="emn")
    member = name != "anonymous"
    page = _get(client, personas[name], PAGES[0]).content.decode()
    assert ('id="chart-line"' in page) is member
    assert ("not loaded, or not open to you" in page) is not member
    csv = b"".join(_get(client, personas[name], PAGES[1]).streaming_content).decode()
    assert ("SI,Slovenia,2021,50.0" in csv) is member
    profile = _get(client, personas[name], "/network/countries/SI/").content.decode()
    assert ('id="profile-return-rate"' in profile) is member
