"""An `emn` dataset or indicator is for EMN members: to anybody else structure queries answer
as if it did not exist (absent from lists, 404 like a missing id, its codes absent from the
union code lists), and a member sees it everywhere."""

from __future__ import annotations

import pytest

from emn.stats.tests.sdmx_structure_support import BASE, codes, ids, parse
from emn.stats.tests.sdmx_structure_support import everything as load

pytestmark = pytest.mark.django_db
HIDDEN_PATHS = [
    "dataflow/ESTAT/MIGR_STH/latest",
    "dataflow/EMN/EMN_STH/latest",
    "dataflow/EMN/ST-SECRET/latest",
    "datastructure/EMN/ST-SECRET/latest",
    "conceptscheme/ESTAT/MIGR_STH/latest",
    "codelist/EMN/CITIZEN/latest",
]


def _login(client, personas, persona):
    if persona != "anonymous":
        client.force_login(personas[persona])


@pytest.mark.parametrize("persona", ["anonymous", "partner"])
@pytest.mark.parametrize("path", HIDDEN_PATHS)
def test_a_hidden_artefact_answers_like_a_missing_one(client, personas, tmp_path, persona, path):
    load(tmp_path)
    _login(client, personas, persona)
    hidden = client.get(BASE + path)
    missing = client.get(
        BASE + path.replace("/latest", "").rsplit("/", 1)[0] + "/NO_SUCH_ONE/latest"
    )
    assert hidden.status_code == missing.status_code == 404
    assert b'code="100"' in hidden.content
    assert hidden.content.replace(path.split("/")[2].encode(), b"X") == missing.content.replace(
        b"NO_SUCH_ONE", b"X"
    )


@pytest.mark.parametrize("path", HIDDEN_PATHS)
def test_a_member_reads_the_hidden_artefacts(client, personas, tmp_path, path):
    load(tmp_path)
    client.force_login(personas.reader)
    assert client.get(BASE + path).status_code == 200


@pytest.mark.parametrize(("persona", "member"), [("anonymous", False), ("reader", True)])
def test_lists_name_hidden_flows_to_members_only(client, personas, tmp_path, persona, member):
    load(tmp_path)
    _login(client, personas, persona)
    flows = ids(parse(client.get(BASE + "dataflow/all/all/latest").content), ".//{*}Dataflow")
    assert ("MIGR_STH" in flows) is member
    assert ("EMN_STH" in flows) is member
    assert ("ST-SECRET" in flows) is member
    assert "MIGR_STA" in flows
    assert "ST-RATE" in flows


@pytest.mark.parametrize(("persona", "member"), [("anonymous", False), ("reader", True)])
def test_union_code_lists_hold_hidden_codes_for_members_only(
    client, personas, tmp_path, persona, member
):
    load(tmp_path)
    _login(client, personas, persona)
    root = parse(client.get(BASE + "codelist/all/all/latest").content)
    assert ("LU" in codes(root, "GEO")) is member  # only the hidden ESTAT table has LU
    assert ("u" in codes(root, "OBS_FLAG")) is member  # nor does any other flow flag u
    assert ("MT" in codes(root, "GEO", "EMN")) is member
    assert (codes(root, "CITIZEN", "EMN") == ["TOTAL", "UA"]) is member  # the secret indicator
    flow = parse(client.get(BASE + "dataflow/ESTAT/MIGR_STA?references=all").content)
    assert ("LU" in codes(flow, "GEO")) is member
