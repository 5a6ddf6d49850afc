"""The demo collection: the Return Expert Group's template launched by its member for 2025,
four countries submitted (their values published), Italy drafting; loading twice adds nothing."""

import io

import pytest

from emn.accounts import demo as accounts_demo
from emn.accounts.demo import bootstrap_commission
from emn.core.testing.reference import ensure_reference_data
from emn.network import demo as network_demo
from emn.stats.collections import demo
from emn.stats.collections.models import Collection, DataRow
from emn.stats.models import Dataset

pytestmark = pytest.mark.django_db


def test_the_demo_collection_loads_once():
    ensure_reference_data()
    out = io.StringIO()
    actor = bootstrap_commission(out)
    network_demo.load(actor, out)
    accounts_demo.load(actor, out)
    demo.load(actor, out)

    collection = Collection.objects.get(dataset_code=demo.DATASET)
    assert collection.request.requested_by.email.startswith("expert.return@")
    assert collection.template.expert_group.acronym == "REG"
    states = dict(collection.request.contributions.values_list("country__code", "state"))
    assert [c for c, s in sorted(states.items()) if s == "submitted"] == ["DE", "FR", "LT", "SI"]
    assert states["IT"] == "drafting"
    release = Dataset.objects.get(code=demo.DATASET).current_release
    assert release.observations == 30  # 4 countries x 8 variables, less 2 optional left empty
    assert release.flag_counts == {"p": 2, "e": 1}
    assert all(row.note.startswith("Demo value") for row in DataRow.objects.all())

    rows = DataRow.objects.count()
    demo.load(actor, out)
    assert DataRow.objects.count() == rows
