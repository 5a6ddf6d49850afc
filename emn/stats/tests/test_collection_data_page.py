"""The data page: countries down, variables across, values in the reader's language, flags
as footnote letters with their meaning, only submitted rows."""

import pytest

from emn.stats.collections import services
from emn.stats.collections.values import Entry
from emn.stats.tests.collection_support import fill, launched, row_of

pytestmark = pytest.mark.django_db


def test_submitted_values_with_their_flags(client, personas):
    collection = launched(personas.commission, dissemination="public")
    si = row_of(collection, "SI")
    services.save_values(
        personas.contributor,
        si,
        {
            "SPENT-2025": Entry("1234567.5", "p"),
            "PROGRAMMES-2025": Entry("", "c"),
            "IN_KIND-2025": Entry("yes"),
        },
        expected_version=0,
    )
    services.submit_row(personas.coordinator, si)
    fill(personas.other_country, row_of(collection, "FR"), SPENT="77")  # a draft: not shown

    html = client.get(f"/stats/collections/{collection.pk}/data/").content.decode()
    assert "Return spending 2025" in html
    assert "Slovenia" in html and "France" not in html
    assert "1,234,567.5 <sup>p</sup>" in html
    assert ": <sup>c</sup>" in html
    assert ">yes<" in html
    assert "provisional" in html and "confidential" in html

    client.cookies["emn_language"] = "de"
    german = client.get(f"/stats/collections/{collection.pk}/data/").content.decode()
    assert "1.234.567,5" in german


def test_the_dataset_page_shows_the_collection_too(client, personas):
    collection = launched(personas.commission, dissemination="public")
    si = row_of(collection, "SI")
    fill(personas.contributor, si, SPENT="10", PROGRAMMES="1")
    services.submit_row(personas.coordinator, si)
    html = client.get(f"/stats/collections/{collection.pk}/data/").content.decode()
    assert f'href="/stats/{collection.dataset_code}/"' in html
    assert client.get(f"/stats/{collection.dataset_code}/").status_code == 200
