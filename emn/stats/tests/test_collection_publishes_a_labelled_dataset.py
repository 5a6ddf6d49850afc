"""The published dataset is like any other: agency EMN, source collection, dimensions
variable / unit / geo by year, labels of variables and units in every language, one release
per publication with its revisions counted."""

import pytest

from emn.stats.collections import services
from emn.stats.models import Dataset, Dimension
from emn.stats.tests.collection_support import fill, launched, row_of

pytestmark = pytest.mark.django_db


def test_dataset_dimensions_and_labels(personas):
    collection = launched(personas.commission)
    for code, user, spent in (
        ("SI", personas.coordinator, "100"),
        ("FR", personas.other_country, "250"),
    ):
        row = row_of(collection, code)
        fill(user, row, SPENT=spent, PROGRAMMES="2")
        services.submit_row(user, row)

    dataset = Dataset.objects.get(code=collection.dataset_code)
    assert dataset.titles["en"] == "Return spending 2025"
    assert dataset.titles["fr"] == "Dépenses de retour 2025"
    release = dataset.current_release
    assert (release.number, release.observations, release.added) == (2, 4, 2)
    dims = {d.code: d for d in Dimension.objects.filter(release=release)}
    assert [d.code for d in sorted(dims.values(), key=lambda d: d.position)] == [
        "indic_rt",
        "unit",
        "geo",
    ]
    spent = dims["indic_rt"].codes.get(code="SPENT")
    assert spent.labels["en"] == "Money spent on return"
    assert spent.labels["fr"] == "Dépenses de retour"
    euro = dims["unit"].codes.get(code="EUR")
    assert euro.labels["en"] == "euro"
    assert set(euro.labels) >= {"en", "fr", "de", "sl", "lt"}
    assert sorted(dims["geo"].codes.values_list("code", flat=True)) == ["FR", "SI"]
