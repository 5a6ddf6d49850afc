"""The row page: the NCP's form with errors by field, read-only for the asker, and its buttons."""

import pytest

from emn.stats.collections import services
from emn.stats.tests.collection_support import fill, launched, row_of

pytestmark = pytest.mark.django_db


def _url(collection, code="SI"):
    return f"/stats/collections/{collection.pk}/rows/{code}/"


def test_the_contributor_sees_the_form_and_what_is_missing(client, personas):
    collection = launched(personas.commission)
    client.force_login(personas.contributor)
    page = client.get(_url(collection))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="value-SPENT-2025"' in html
    assert "Still missing before submission" in html
    assert "Submit to the asker" not in html  # not started: nothing to submit yet


def test_a_bad_value_comes_back_by_field_and_nothing_is_saved(client, personas):
    collection = launched(personas.commission)
    client.force_login(personas.contributor)
    page = client.post(
        _url(collection),
        {"version": "0", "value-SPENT-2025": "lots", "value-PROGRAMMES-2025": "2"},
    )
    assert page.status_code == 400
    html = page.content.decode()
    assert "Money spent on return (2025): “lots” is not a number." in html
    assert 'value="lots"' in html and 'value="2"' in html  # what was typed stays
    assert row_of(collection, "SI").version == 0


def test_saving_then_submitting_as_coordinator(client, personas):
    collection = launched(personas.commission)
    client.force_login(personas.coordinator)
    saved = client.post(
        _url(collection),
        {"version": "0", "value-SPENT-2025": "1000", "value-PROGRAMMES-2025": "2"},
    )
    assert saved.status_code == 302
    assert "Submit to the asker" in client.get(_url(collection)).content.decode()
    submitted = client.post(_url(collection) + "submit/")
    assert submitted.status_code == 302
    assert row_of(collection, "SI").state == "submitted"


def test_submitting_with_values_missing_lists_them_by_field(client, personas):
    collection = launched(personas.commission)
    fill(personas.contributor, row_of(collection, "SI"), SPENT="5")
    client.force_login(personas.coordinator)
    page = client.post(_url(collection) + "submit/")
    assert page.status_code == 400
    assert 'href="#value-PROGRAMMES-2025"' in page.content.decode()
    assert row_of(collection, "SI").state == "drafting"


def test_the_asker_reads_and_returns_with_a_reason(client, personas):
    collection = launched(personas.commission)
    si = row_of(collection, "SI")
    fill(personas.contributor, si, SPENT="5", PROGRAMMES="1")
    services.submit_row(personas.coordinator, si)
    client.force_login(personas.commission)
    page = client.get(_url(collection))
    html = page.content.decode()
    assert 'name="value-SPENT-2025"' not in html
    assert "Return to the country" in html
    refused = client.post(_url(collection) + "return/", {"return-reason": ""})
    assert refused.status_code == 400
    returned = client.post(_url(collection) + "return/", {"return-reason": "Check the sum."})
    assert returned.status_code == 302
    assert row_of(collection, "SI").state == "returned"


def test_stored_numbers_are_shown_and_read_back_in_the_readers_language(client, personas):
    collection = launched(personas.commission)
    fill(personas.contributor, row_of(collection, "SI"), SPENT="1200000.5")
    client.force_login(personas.contributor)
    client.cookies["emn_language"] = "de"
    assert 'value="1200000,5"' in client.get(_url(collection)).content.decode()
    version = str(row_of(collection, "SI").version)
    saved = client.post(_url(collection), {"version": version, "value-SPENT-2025": "1200000,5"})
    assert saved.status_code == 302
    assert services.stored_values(row_of(collection, "SI"))["SPENT-2025"].value == "1200000.5"
