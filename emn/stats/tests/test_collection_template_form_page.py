"""Defining a template through its page: the variables as rows of a table, blank rows
skipped, the service's refusals shown on the form; refused to NCP staff."""

import pytest

from emn.stats.collections.models import CollectionTemplate
from emn.stats.tests.collection_support import group_member, return_group

pytestmark = pytest.mark.django_db
URL = "/stats/collections/templates/new/"


def _post(**fields):
    data = {
        "key": "reintegration",
        "language": "en",
        "name": "Reintegration support",
        "description": "",
        "dimension": "indic_rt",
        "variables-TOTAL_FORMS": "3",
        "variables-INITIAL_FORMS": "0",
        "variables-MIN_NUM_FORMS": "0",
        "variables-MAX_NUM_FORMS": "40",
        "variables-0-code": "PEOPLE",
        "variables-0-label": "People assisted",
        "variables-0-unit": "PER",
        "variables-0-kind": "integer",
        "variables-0-required": "on",
        "variables-0-minimum": "0",
        "variables-1-code": "BUDGET",
        "variables-1-label": "Budget",
        "variables-1-unit": "EUR",
        "variables-1-kind": "money",
        "variables-1-minimum": "0",
        "variables-2-unit": "EUR",
        "variables-2-kind": "integer",
        "variables-2-required": "on",
        "variables-2-minimum": "0",
    }
    data.update(fields)
    return data


def test_a_group_member_defines_a_template(client, personas):
    member = group_member()
    client.force_login(member)
    assert client.get(URL).status_code == 200
    response = client.post(URL, _post(expert_group=str(return_group().pk)))
    assert response.status_code == 302
    template = CollectionTemplate.objects.get(key="reintegration")
    assert template.expert_group == return_group()
    assert [(v.code, v.kind, v.required) for v in template.variables.all()] == [
        ("PEOPLE", "integer", True),
        ("BUDGET", "money", False),
    ]


def test_a_unit_that_does_not_fit_its_kind_is_refused(client, personas):
    client.force_login(personas.commission)
    response = client.post(URL, _post(**{"variables-1-unit": "PER"}))
    assert response.status_code == 400
    assert "BUDGET: the unit does not fit the kind." in response.content.decode()
    assert not CollectionTemplate.objects.exists()


def test_ncp_staff_may_not_open_it(client, personas):
    client.force_login(personas.coordinator)
    assert client.get(URL).status_code == 403


def test_a_variable_without_a_label_is_named_in_the_summary(client, personas):
    client.force_login(personas.commission)
    response = client.post(URL, _post(**{"variables-1-label": ""}))
    assert response.status_code == 400
    assert "Variable 2: Give a variable both a code and a label." in response.content.decode()
