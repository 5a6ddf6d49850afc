"""An `emn` dataset never appears on the client-instructions page for the public, not even
when asked for by code; a member may be shown it."""

from __future__ import annotations

import pytest

from emn.stats.tests.jsonstat_support import returns

pytestmark = pytest.mark.django_db
PAGE = "/stats/clients/"
HIDDEN = "a_restricted_js"  # sorts before the public dataset, so it would be first


def _page(client, query: str = "") -> str:
    response = client.get(PAGE + query)
    assert response.status_code == 200
    # Only the page's own content: the header's log-in and language links send the reader
    # back to the address they asked for, an echo of their own query, not the page naming it.
    text = response.content.decode()
    return text[text.index("<main") : text.index("</main>")].lower()


def test_the_public_never_sees_the_code(client, tmp_path):
    returns(tmp_path, HIDDEN, emn=True)
    returns(tmp_path)
    for query in ("", f"?dataset={HIDDEN}", f"?dataset={HIDDEN.upper()}"):
        text = _page(client, query)
        assert HIDDEN not in text
        assert "migr_js" in text


def test_the_public_gets_placeholders_when_only_emn_data_exist(client, tmp_path):
    returns(tmp_path, HIDDEN, emn=True)
    text = _page(client, f"?dataset={HIDDEN}")
    assert HIDDEN not in text
    assert "dataset_code" in text


def test_a_member_may_be_shown_it(client, personas, tmp_path):
    returns(tmp_path, HIDDEN, emn=True)
    returns(tmp_path)
    client.force_login(personas.reader)
    assert HIDDEN in _page(client)
