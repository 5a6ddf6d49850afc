"""Launching through the page: years, countries, deadline and dataset code; a code in use is
refused on its field; NCP staff may not launch."""

import datetime

import pytest
from django.utils import timezone

from emn.network.models import Country
from emn.stats.collections.models import Collection
from emn.stats.tests.collection_support import group_member, template

pytestmark = pytest.mark.django_db
URL = "/stats/collections/templates/return-spending/launch/"


def _post(code="emn_reg_2025"):
    deadline = timezone.localdate() + datetime.timedelta(days=20)
    return {
        "title": "Return and reintegration spending 2025",
        "years": "2025",
        "deadline": deadline.isoformat(),
        "dataset_code": code,
        "dissemination": "public",
        "countries": [str(Country.objects.get(code=c).pk) for c in ("SI", "LT")],
    }


def test_a_group_member_launches(client, personas):
    member = group_member()
    template(member)
    client.force_login(member)
    assert client.get(URL).status_code == 200
    response = client.post(URL, _post())
    collection = Collection.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/stats/collections/{collection.pk}/"
    assert collection.years == [2025]
    assert collection.dissemination == "public"
    assert collection.request.contributions.count() == 2


def test_a_dataset_code_in_use_is_refused(client, personas):
    template(personas.commission)
    client.force_login(personas.commission)
    client.post(URL, _post())
    response = client.post(URL, _post())
    assert response.status_code == 400
    assert "A dataset with this code exists." in response.content.decode()
    assert Collection.objects.count() == 1


def test_ncp_staff_may_not_launch(client, personas):
    template(personas.commission)
    client.force_login(personas.coordinator)
    assert client.get(URL).status_code == 403
