"""Names come in the language asked for: `?lang=` first, then `Accept-Language`."""

from __future__ import annotations

import pytest


@pytest.fixture
def greece(client, db):
    def get(query: str = "", **headers: str):
        return client.get(f"/api/v1/countries/EL/{query}", headers=headers)

    return get


def test_lang_parameter_chooses_the_language(greece):
    response = greece("?lang=fr")
    assert response.json()["name"] == "Grèce"
    assert response["Content-Language"] == "fr"


def test_accept_language_header_chooses_the_language(greece):
    assert greece(**{"Accept-Language": "de"}).json()["name"] == "Griechenland"


def test_lang_parameter_wins_over_the_header(greece):
    assert greece("?lang=sl", **{"Accept-Language": "de"}).json()["name"] == "Grčija"


def test_the_first_supported_language_of_the_header_is_used(greece):
    response = greece(**{"Accept-Language": "it, lt;q=0.8, de;q=0.5"})
    assert response.json()["name"] == "Graikija"


def test_a_regional_variant_falls_back_to_its_language(greece):
    assert greece("?lang=fr-BE").json()["name"] == "Grèce"


def test_names_lists_every_ui_language(greece, settings):
    names = greece().json()["names"]
    assert set(names) == {code for code, _label in settings.LANGUAGES}
    assert names["en"] == "Greece"
    assert names["de"] == "Griechenland"


def test_english_without_a_preference(greece):
    response = greece()
    assert response.json()["name"] == "Greece"
    assert response["Content-Language"] == "en"


def test_an_unknown_lang_is_refused_naming_it(greece):
    response = greece("?lang=xx")
    assert response.status_code == 400
    assert "xx" in response.json()["lang"][0]


def test_lists_use_the_language_too(client, db):
    body = client.get("/api/v1/countries/?lang=de&status=observer").json()
    assert "Norwegen" in {c["name"] for c in body["results"]}
