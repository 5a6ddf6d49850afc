"""An `emn` dataset or indicator is for EMN members: to anybody else its data answers exactly
like a flow that does not exist (404, code 100, same text), in every format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from emn.stats.tests.sdmx_support import emn_dataset, error_of, fetch, return_rate

pytestmark = pytest.mark.django_db
FORMATS = ["structurespecificdata", "SDMX-CSV", "TSV"]
FLOWS = {"dataset": "EMN,EMN_SDMXT", "indicator": "EMN,RETURN-RATE"}


@pytest.fixture
def hidden(tmp_path: Path) -> None:
    emn_dataset(tmp_path)
    return_rate(tmp_path, emn=True)


def _login(client: Client, personas: Any, name: str) -> None:
    if name != "anonymous":
        client.force_login(personas[name])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(FLOWS))
@pytest.mark.parametrize("name", ["anonymous", "partner"])
def test_hidden_from_the_public_like_a_missing_flow(
    client: Client, personas: Any, hidden: None, fmt: str, kind: str, name: str
) -> None:
    _login(client, personas, name)
    response, body = fetch(client, f"{FLOWS[kind]}/all?format={fmt}")
    missing_response, missing = fetch(client, f"EMN,NO_SUCH_FLOW/all?format={fmt}")
    assert response.status_code == missing_response.status_code == 404
    assert error_of(body)[0] == 100
    assert body.replace(FLOWS[kind].encode(), b"X") == missing.replace(b"EMN,NO_SUCH_FLOW", b"X")
    assert "ETag" not in response


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", sorted(FLOWS))
@pytest.mark.parametrize("name", ["reader", "commission"])
def test_members_read_it(
    client: Client, personas: Any, hidden: None, fmt: str, kind: str, name: str
) -> None:
    _login(client, personas, name)
    response, body = fetch(client, f"{FLOWS[kind]}/all?format={fmt}")
    assert response.status_code == 200, body
    assert b"SI" in body


def test_a_public_indicator_over_an_emn_dataset_is_hidden_too(
    client: Client, personas: Any, tmp_path: Path
) -> None:
    from emn.stats.models import Dataset

    return_rate(tmp_path)
    Dataset.objects.filter(code="migr_eiord").update(dissemination="emn")
    assert fetch(client, "EMN,RETURN-RATE")[0].status_code == 404
    client.force_login(personas.reader)
    assert fetch(client, "EMN,RETURN-RATE")[0].status_code == 200
