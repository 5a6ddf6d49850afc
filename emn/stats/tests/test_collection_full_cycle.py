"""A country's row through the whole cycle: draft, checked by field, submitted, returned,
resubmitted; each submission republishes the collection's dataset with the values."""

import pytest
from django.core.exceptions import ValidationError

from emn.stats import reading
from emn.stats.collections import services
from emn.stats.models import Dataset
from emn.stats.tests.collection_support import fill, launched, row_of

pytestmark = pytest.mark.django_db


def _values(dataset):
    release = dataset.current_release
    return {
        (o.key["indic_rt"], o.key["unit"], o.key["geo"], o.period): (o.value, o.flag)
        for o in reading.observations(release)
    }


def test_draft_check_submit_return_resubmit(personas):
    collection = launched(personas.commission)
    si = row_of(collection, "SI")

    with pytest.raises(ValidationError) as caught:
        fill(personas.contributor, si, SPENT="1200000.50", PROGRAMMES="abc")
    assert caught.value.message_dict == {
        "PROGRAMMES-2025": ["Number of programmes (2025): “abc” is not a number."]
    }
    si.refresh_from_db()
    assert si.state == "not_started"  # nothing was saved

    with pytest.raises(ValidationError) as caught:
        fill(personas.contributor, si, SPENT="1200000.505", PROGRAMMES="-1")
    fields = caught.value.message_dict
    assert "two decimals" in fields["SPENT-2025"][0]
    assert "at least 0" in fields["PROGRAMMES-2025"][0]

    fill(personas.contributor, si, SPENT="1,200,000.50")
    si.refresh_from_db()
    assert si.state == "drafting"
    assert services.check_row(si) == {
        "PROGRAMMES-2025": [
            "Number of programmes (2025): a value is required "
            "(or a flag: confidential, not applicable)."
        ]
    }
    with pytest.raises(ValidationError) as caught:
        services.submit_row(personas.coordinator, si)
    assert list(caught.value.message_dict) == ["PROGRAMMES-2025"]

    fill(personas.contributor, si, PROGRAMMES="3", IN_KIND="yes")
    services.submit_row(personas.coordinator, si)
    si.refresh_from_db()
    assert si.state == "submitted"
    dataset = Dataset.objects.get(code="emn_return_test")
    assert (dataset.agency, dataset.source, dataset.dissemination) == ("EMN", "collection", "emn")
    assert _values(dataset) == {
        ("SPENT", "EUR", "SI", "2025"): (1200000.5, ""),
        ("PROGRAMMES", "NR", "SI", "2025"): (3.0, ""),
        ("IN_KIND", "YES_NO", "SI", "2025"): (1.0, ""),
    }
    first = dataset.current_release

    services.return_row(personas.commission, si, "The amount looks like a budget, not spending.")
    si.refresh_from_db()
    assert si.state == "returned"
    dataset.refresh_from_db()
    assert dataset.current_release is None  # nothing submitted is left

    fill(personas.contributor, si, SPENT="980000")
    services.submit_row(personas.coordinator, si)
    dataset.refresh_from_db()
    assert dataset.current_release.number > first.number
    assert _values(dataset)[("SPENT", "EUR", "SI", "2025")] == (980000.0, "")
    kinds = list(si.events.values_list("kind", flat=True))
    assert kinds == ["started", "submitted", "returned", "reopened", "submitted"]
