"""A launch with bad input changes nothing: no years, a year in the future, a past deadline,
a dataset code that is not one or is taken by a Eurostat dataset."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from emn.contributions.models import Request
from emn.stats.collections import services
from emn.stats.models import Dataset
from emn.stats.tests.collection_support import template

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def _launch(actor, **changes):
    fields = {
        "title": "Spending",
        "years": [2025],
        "deadline": TODAY + datetime.timedelta(days=10),
        "dataset_code": "emn_spending",
    }
    fields.update(changes)
    return services.launch_collection(actor, template(actor), **fields)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"years": []}, "years"),
        ({"years": [TODAY.year + 1]}, "years"),
        ({"deadline": TODAY - datetime.timedelta(days=1)}, "deadline"),
        ({"dataset_code": "Not a code!"}, "dataset_code"),
        ({"dataset_code": "migr_eirtn"}, "dataset_code"),
        ({"title": " "}, "title"),
        ({"dissemination": "secret"}, "dissemination"),
    ],
)
def test_refused_on_its_field(personas, changes, field):
    Dataset.objects.create(code="migr_eirtn")
    with pytest.raises(ValidationError) as caught:
        _launch(personas.commission, **changes)
    assert field in caught.value.message_dict
    assert not Request.objects.exists()
