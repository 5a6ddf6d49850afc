"""An `emn` dataset is for EMN members: to anybody else every endpoint answers as if it did
not exist (404, same body), and the list does not name it."""

from __future__ import annotations

from typing import Any

import pytest

from emn.api.tests.matrix import MEMBERS_ONLY
from emn.core.testing.matrix import PermissionMatrix
from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
BASE = "/api/v1/stats/datasets/"
KEY = "freq=A&unit=NR&geo=DE&period=2020"
PATHS = {
    "detail": "{code}/",
    "releases": "{code}/releases/",
    "release": "{code}/releases/1/",
    "observations": "{code}/observations/",
    "csv": "{code}/observations/?format=csv",
    "csv_suffix": "{code}/observations.csv",
    "history": "{code}/observations/history/?" + KEY,
}


class _Hidden(PermissionMatrix):
    expected = MEMBERS_ONLY
    path: str = ""

    @pytest.fixture
    def target(self, tmp_path: Any) -> Any:
        return returns_dataset(tmp_path, "restricted_one", emn=True)

    def url(self, target: Any) -> str:
        return BASE + self.path.format(code="restricted_one")


class TestDetail(_Hidden):
    path = PATHS["detail"]


class TestReleases(_Hidden):
    path = PATHS["releases"]


class TestRelease(_Hidden):
    path = PATHS["release"]


class TestObservations(_Hidden):
    path = PATHS["observations"]


class TestCsv(_Hidden):
    path = PATHS["csv"]


class TestCsvSuffix(_Hidden):
    path = PATHS["csv_suffix"]


class TestHistory(_Hidden):
    path = PATHS["history"]


class TestList(_Hidden):
    expected = dict.fromkeys(MEMBERS_ONLY, 200)
    path = ""

    def check(self, response: Any, persona: str, target: Any) -> None:
        codes = [item["code"] for item in response.json()["results"]]
        assert codes == ([] if persona == "anonymous" else ["restricted_one"])


@pytest.mark.parametrize("name", sorted(PATHS))
def test_hidden_answers_like_missing(client, tmp_path, name):
    returns_dataset(tmp_path, "restricted_one", emn=True)
    hidden = client.get(BASE + PATHS[name].format(code="restricted_one"))
    missing = client.get(BASE + PATHS[name].format(code="no_such_one"))
    assert hidden.status_code == missing.status_code == 404
    assert hidden.content == missing.content


@pytest.mark.parametrize("name", sorted(PATHS))
def test_a_network_partner_reads_like_the_public(client, personas, tmp_path, name):
    returns_dataset(tmp_path, "restricted_one", emn=True)
    client.force_login(personas.partner)
    assert client.get(BASE + PATHS[name].format(code="restricted_one")).status_code == 404
    assert client.get(BASE).json()["count"] == 0


@pytest.mark.parametrize("name", sorted(PATHS))
def test_a_public_dataset_is_read_by_everyone(client, tmp_path, name):
    returns_dataset(tmp_path, "open_one")
    assert client.get(BASE + PATHS[name].format(code="open_one")).status_code == 200
