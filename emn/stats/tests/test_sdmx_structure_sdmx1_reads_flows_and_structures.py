"""The real `sdmx1` client, unmodified, reads our structure messages from a live server:
the dataflow list with names, and a flow's data structure (dimensions in position order)
with code lists whose codes and names are what was ingested."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import main_flow

sdmx = pytest.importorskip("sdmx")
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def client(live_server, tmp_path):
    main_flow(tmp_path)
    sdmx.add_source(
        {"id": "EMNX", "url": live_server.url + "/sdmx/2.1", "name": "EMN Exchange"},
        override=True,
    )
    reader = sdmx.Client("EMNX")
    yield reader
    # a kept-alive connection would outlive the live server's shared SQLite connection
    reader.session.close()


def test_it_reads_the_dataflows_with_their_names(client):
    message = client.dataflow(agency_id="ESTAT")
    flow = message.dataflow["MIGR_STA"]
    assert str(flow.name) == "Asylum applicants (structure test)"
    assert flow.name.localizations["fr"] == "Demandeurs d'asile (test de structure)"
    assert flow.maintainer.id == "ESTAT"
    assert sdmx.to_pandas(message.dataflow)["MIGR_STA"] == "Asylum applicants (structure test)"


def test_a_flow_brings_its_structure_and_code_lists(client):
    message = client.dataflow("MIGR_STA", agency_id="ESTAT")  # sdmx1 adds references=all
    dsd = message.structure["MIGR_STA"]
    assert message.dataflow["MIGR_STA"].structure is dsd
    dims = dsd.dimensions.components
    assert [(d.id, d.order) for d in dims] == [
        ("freq", 1),
        ("unit", 2),
        ("citizen", 3),
        ("geo", 4),
        ("TIME_PERIOD", 5),
    ]
    geo = dsd.dimensions.get("geo").local_representation.enumerated
    assert [code.id for code in geo] == ["DE", "FR"]
    assert str(geo["DE"].name) == "Germany"
    assert geo["DE"].name.localizations["fr"] == "Allemagne"
    flags = message.codelist["OBS_FLAG"]
    assert {code.id: str(code.name) for code in flags}["ep"] == "estimated, provisional"
    assert [a.id for a in dsd.attributes.components] == ["OBS_FLAG"]
    assert [m.id for m in dsd.measures.components] == ["OBS_VALUE"]


def test_a_data_structure_with_its_children(client):
    message = client.datastructure("MIGR_STA", agency_id="ESTAT", params={"references": "children"})
    dsd = message.structure["MIGR_STA"]
    assert [d.id for d in dsd.dimensions.components][:4] == ["freq", "unit", "citizen", "geo"]
    assert sorted(message.codelist) == ["CITIZEN", "FREQ", "GEO", "OBS_FLAG", "UNIT"]
    assert [c.id for c in message.codelist["CITIZEN"]] == ["TOTAL", "UA"]
    concepts = message.concept_scheme["MIGR_STA"]
    assert str(concepts["geo"].name) == "Geopolitical entity (reporting)"
