"""Eurostat's own paths, `api/dissemination/sdmx/2.1/...` and
`api/dissemination/statistics/1.0/...`, answer exactly as /sdmx/2.1/ and /statistics/1.0/ do,
so a script that writes Eurostat's addresses out whole works when only the host changes, and
our own names still reverse to the short paths."""

from __future__ import annotations

import pytest
from django.urls import reverse

from emn.stats.tests.sdmx_structure_support import HIDDEN, MAIN, everything

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("ours", "eurostats"),
    [
        (
            f"/sdmx/2.1/data/{MAIN}/A.PER.TOTAL.DE?format=SDMX-CSV",
            f"/api/dissemination/sdmx/2.1/data/{MAIN}/A.PER.TOTAL.DE?format=SDMX-CSV",
        ),
        (
            f"/sdmx/2.1/data/{MAIN}?format=TSV",
            f"/api/dissemination/sdmx/2.1/data/{MAIN}?format=TSV",
        ),
        (
            f"/statistics/1.0/data/{MAIN}?geo=DE",
            f"/api/dissemination/statistics/1.0/data/{MAIN}?geo=DE",
        ),
    ],
)
def test_the_same_bytes_at_both_addresses(client, tmp_path, ours, eurostats):
    everything(tmp_path)
    first, second = client.get(ours), client.get(eurostats)
    assert first.status_code == second.status_code == 200
    assert _body(first) == _body(second)


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_rules_are_the_same_at_eurostats_addresses(client, personas, tmp_path):
    everything(tmp_path)
    path = f"/api/dissemination/sdmx/2.1/data/{HIDDEN}"
    assert client.get(path).status_code == 404
    assert client.get(f"/api/dissemination/statistics/1.0/data/{HIDDEN}").status_code == 404
    client.force_login(personas.reader)
    assert client.get(path).status_code == 200


def test_our_names_reverse_to_the_short_paths():
    assert reverse("sdmx:data", kwargs={"flow": "X"}) == "/sdmx/2.1/data/X"
    assert reverse("jsonstat:data", kwargs={"dataset": "x"}) == "/statistics/1.0/data/x"
