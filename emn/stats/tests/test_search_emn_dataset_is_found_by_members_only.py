"""Search finds an `emn` dataset for EMN members only: exactly what `visible_to` lets read."""

from __future__ import annotations

import pytest

from emn.core.testing.personas import PERSONAS
from emn.search.indexing import reindex
from emn.search.tests.indexing_support import found_ids
from emn.stats.models import Dataset
from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
EVERYONE = (*PERSONAS, "partner", "service_provider")


@pytest.fixture
def datasets(tmp_path) -> dict[str, Dataset]:
    (tmp_path / "open").mkdir()
    (tmp_path / "closed").mkdir()
    found = {
        "open": returns_dataset(tmp_path / "open", "open_returns").dataset,
        "closed": returns_dataset(tmp_path / "closed", "closed_returns", emn=True).dataset,
    }
    reindex(["stats.dataset"])
    return found


@pytest.mark.parametrize("persona", EVERYONE)
@pytest.mark.parametrize("q", ["returned", "closed_returns", ""])
def test_search_finds_what_the_reader_may_read(personas, datasets, persona, q):
    user = personas[persona]
    readable = set(Dataset.objects.visible_to(user).values_list("pk", flat=True))
    found = found_ids(user, "stats.dataset", q)
    wanted = {d.pk for d in datasets.values() if q != "closed_returns" or d.code == q}
    assert found == readable & wanted


def test_the_public_does_not_find_the_emn_one(personas, datasets):
    assert found_ids(personas.anonymous, "stats.dataset", "returned") == {datasets["open"].pk}
    assert found_ids(personas.partner, "stats.dataset", "closed_returns") == set()
    assert found_ids(personas.reader, "stats.dataset", "closed_returns") == {datasets["closed"].pk}
