"""The query page leads each reader to what they may open next, and to nothing else."""

import pytest
from django.core.management import call_command

from emn.accounts.models import User
from emn.queries.models import AdHocQuery


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def _links(client, email, query):
    if email:
        client.force_login(User.objects.get(email=email))
    body = client.get(f"/queries/{query.pk}/").content.decode()
    return {
        "our_response": f"/queries/{query.pk}/responses/SI/" in body,
        "status": f"/queries/{query.pk}/status/" in body,
        "compilation": f"/queries/{query.pk}/compilation/" in body,
    }


@pytest.mark.django_db
def test_ncp_staff_reach_their_own_response(client, demo):
    query = AdHocQuery.objects.get(state=AdHocQuery.State.OPEN)
    links = _links(client, "contributor.si@demo.emn.test", query)
    assert links == {"our_response": True, "status": False, "compilation": False}


@pytest.mark.django_db
def test_the_commission_follows_the_answers(client, demo):
    query = AdHocQuery.objects.get(state=AdHocQuery.State.OPEN)
    assert _links(client, "commission@demo.emn.test", query)["status"] is True


@pytest.mark.django_db
def test_the_public_reaches_only_a_published_compilation(client, demo):
    published = AdHocQuery.objects.get(state=AdHocQuery.State.PUBLISHED)
    assert _links(client, None, published) == {
        "our_response": False,
        "status": False,
        "compilation": True,
    }
