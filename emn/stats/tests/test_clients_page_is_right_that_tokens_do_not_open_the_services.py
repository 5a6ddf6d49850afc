"""What the page says about restricted datasets holds: the SDMX and JSON-stat services read
the site's session, so a signed-in member reads an `emn` dataset there, while an API token
(which opens the REST API) does not: to a script the dataset does not exist."""

from __future__ import annotations

import pytest
from rest_framework.authtoken.models import Token

from emn.stats.tests.jsonstat_support import URL, returns

pytestmark = pytest.mark.django_db
SDMX = "/sdmx/2.1/data/RESTRICTED_JS/A.NR.DE"


def test_a_token_does_not_open_the_services_but_the_session_does(client, personas, tmp_path):
    returns(tmp_path, "restricted_js", emn=True)
    token = Token.objects.create(user=personas.reader)
    headers = {"Authorization": f"Token {token.key}"}
    assert client.get(URL + "restricted_js", headers=headers).status_code == 404
    assert client.get(SDMX, headers=headers).status_code == 404
    api = client.get("/api/v1/stats/datasets/restricted_js/", headers=headers)
    assert api.status_code == 200  # the REST API, as the page says, takes the token
    client.force_login(personas.reader)
    assert client.get(URL + "restricted_js").status_code == 200
    assert client.get(SDMX).status_code == 200
    page = client.get("/stats/clients/").content.decode()
    assert "/api/v1/" in page and "send no session" in page
