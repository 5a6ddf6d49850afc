"""`contentconstraint/{agency}/{id}` answers the codes and periods a flow really has (an
actual constraint attached to the dataflow), for the flows the reader may see only."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, HIDDEN, MAIN, NS, everything, parse

pytestmark = pytest.mark.django_db


def _regions(content: bytes) -> dict[str, dict[str, list[str]]]:
    root = parse(content)
    found = {}
    for item in root.iterfind(".//str:ContentConstraint", NS):
        assert item.get("type") == "Actual"
        attached = item.find("str:ConstraintAttachment/str:Dataflow/Ref", NS)
        assert attached.get("id") == item.get("id")
        found[item.get("id")] = {
            key.get("id"): [v.text for v in key.iterfind("com:Value", NS)]
            for key in item.iterfind("str:CubeRegion/com:KeyValue", NS)
        }
    return found


def test_the_constraint_lists_the_flows_own_codes_and_periods(client, tmp_path):
    everything(tmp_path)
    response = client.get(BASE + f"contentconstraint/ESTAT/{MAIN}")
    assert response.status_code == 200
    assert response["ETag"]
    region = _regions(response.content)[MAIN.upper()]
    assert region == {
        "freq": ["A"],
        "unit": ["PER"],
        "citizen": ["TOTAL", "UA"],
        "geo": ["DE", "FR"],
        "TIME_PERIOD": ["2019", "2020", "2021"],
    }


def test_a_members_only_flow_has_no_constraint_for_the_public(client, personas, tmp_path):
    everything(tmp_path)
    assert client.get(BASE + f"contentconstraint/ESTAT/{HIDDEN}").status_code == 404
    assert HIDDEN.upper() not in _regions(client.get(BASE + "actualconstraint/all").content)
    client.force_login(personas.reader)
    response = client.get(BASE + f"contentconstraint/ESTAT/{HIDDEN}")
    assert _regions(response.content)[HIDDEN.upper()]["geo"] == ["LU"]
