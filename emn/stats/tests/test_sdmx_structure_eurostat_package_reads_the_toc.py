"""The real `eurostat` package, unmodified, reads our table of contents (`dataflow/all` and
`dataflow/ESTAT/{id}` with `format=JSON&compressed=true`) once its base URL is ours: every
dataflow the reader may see, with title, dates and first and last period."""

from __future__ import annotations

import gzip
import json

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, HIDDEN, MAIN, everything

eurostat = pytest.importorskip("eurostat")


@pytest.fixture
def ours(live_server, tmp_path, monkeypatch):
    everything(tmp_path)
    module = eurostat.eurostat
    monkeypatch.setattr(module.__Uri__, "BASE_URL", {"EUROSTAT": live_server.url + "/sdmx/2.1/"})


@pytest.mark.django_db(transaction=True)
def test_get_toc_lists_every_public_dataflow(ours):
    toc = eurostat.get_toc()
    assert toc[0][:2] == ("title", "code")
    rows = {row[1]: row for row in toc[1:]}
    assert MAIN.upper() in rows and HIDDEN.upper() not in rows
    title, _code, kind, updated, _structure, start, end = rows[MAIN.upper()][:7]
    assert (title, kind, start, end) == (
        "Asylum applicants (structure test)",
        "dataset",
        "2019",
        "2021",
    )
    assert updated.startswith("20")
    frame = eurostat.get_toc_df()
    assert MAIN.upper() in set(frame["code"])


@pytest.mark.django_db(transaction=True)
def test_get_toc_of_one_dataset_in_french(ours):
    toc = eurostat.get_toc(dataset=MAIN.upper(), lang="fr")
    assert [row[:3] for row in toc[1:]] == [
        ("Demandeurs d'asile (test de structure)", MAIN.upper(), "dataset")
    ]


@pytest.mark.django_db
def test_a_members_only_flow_is_not_in_the_public_toc(client, personas, tmp_path):
    everything(tmp_path)
    path = BASE + "dataflow/all?format=JSON&compressed=true"

    def codes() -> set[str]:
        response = client.get(path)
        assert response.status_code == 200
        items = json.loads(gzip.decompress(response.content))["link"]["item"]
        return {item["extension"]["id"] for item in items}

    assert HIDDEN.upper() not in codes()
    assert client.get(BASE + f"dataflow/ESTAT/{HIDDEN}?format=JSON").status_code == 404
    client.force_login(personas.reader)
    assert HIDDEN.upper() in codes()


@pytest.mark.django_db
def test_json_is_for_dataflows_only(client, tmp_path):
    everything(tmp_path)
    assert client.get(BASE + "codelist/ESTAT/GEO?format=JSON").status_code == 406
