"""An `emn` indicator is for EMN members: its detail and values are 404 to anybody else."""

from __future__ import annotations

from typing import Any

import pytest

from emn.api.tests.matrix import MEMBERS_ONLY
from emn.core.testing.matrix import PermissionMatrix
from emn.stats.indicators.testing import indicator

pytestmark = pytest.mark.django_db
BASE = "/api/v1/stats/indicators/"
SPEC = {
    "inputs": {"series": {"dataset": "tst_series"}},
    "align": ["geo"],
}


class _Hidden(PermissionMatrix):
    expected = MEMBERS_ONLY
    path = ""

    @pytest.fixture
    def target(self, db: Any) -> Any:
        return indicator("closed-change", "change", SPEC, dissemination="emn")

    def url(self, target: Any) -> str:
        return BASE + self.path


class TestDetail(_Hidden):
    path = "closed-change/"


class TestValues(_Hidden):
    path = "closed-change/values/"


class TestValuesCsv(_Hidden):
    path = "closed-change/values/?format=csv"


class TestList(_Hidden):
    expected = dict.fromkeys(MEMBERS_ONLY, 200)

    def check(self, response: Any, persona: str, target: Any) -> None:
        keys = [item["key"] for item in response.json()["results"]]
        assert keys == ([] if persona == "anonymous" else ["closed-change"])


def test_hidden_answers_like_missing(client, db):
    indicator("closed-change", "change", SPEC, dissemination="emn")
    for tail in ("", "values/"):
        hidden = client.get(f"{BASE}closed-change/{tail}")
        missing = client.get(f"{BASE}no-such-one/{tail}")
        assert hidden.status_code == missing.status_code == 404
        assert hidden.content == missing.content
