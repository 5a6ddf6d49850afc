"""`lang` gives labels and flag meanings in that language, English when it is not offered."""

from __future__ import annotations

import pytest

from emn.stats.tests.jsonstat_support import URL, returns

pytestmark = pytest.mark.django_db


def test_french_labels(client, tmp_path):
    returns(tmp_path)
    body = client.get(URL + "migr_js?lang=fr").json()
    assert body["label"] == "Retours de ressortissants"
    assert body["extension"]["lang"] == "FR"
    assert body["dimension"]["geo"]["category"]["label"]["DE"] == "Allemagne"
    assert body["dimension"]["unit"]["category"]["label"]["NR"] == "Nombre"
    assert body["extension"]["status"]["label"]["e"] == "estimé"


def test_english_by_default_and_for_an_unknown_language(client, tmp_path):
    returns(tmp_path)
    for query in ("", "?lang=xx"):
        body = client.get(URL + "migr_js" + query).json()
        assert body["extension"]["lang"] == "EN"
        assert body["dimension"]["geo"]["category"]["label"]["DE"] == "Germany"


def test_flags_are_in_status_with_their_meanings(client, tmp_path):
    returns(tmp_path)
    body = client.get(URL + "migr_js").json()
    assert set(body["status"].values()) == {"p", "c", "e"}
    assert body["extension"]["status"]["label"] == {
        "c": "confidential",
        "e": "estimated",
        "p": "provisional",
    }
