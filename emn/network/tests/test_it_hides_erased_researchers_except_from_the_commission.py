"""After erasure the entry is gone for everyone but the Commission, which keeps the trail."""

import pytest
from django.utils import timezone

from emn.core.testing.factories import ResearcherFactory
from emn.network.querysets import ResearcherQuerySet, researchers


@pytest.fixture
def erased(db):
    return ResearcherFactory(name="[erased]", email="", erased_at=timezone.now())


@pytest.mark.parametrize("persona", ["anonymous", "reader", "coordinator", "service_provider"])
def test_others_do_not_see_it(personas, erased, persona):
    assert not researchers(personas[persona]).filter(pk=erased.pk).exists()


def test_the_commission_sees_it(personas, erased):
    assert researchers(personas.commission).filter(pk=erased.pk).exists()


def test_the_queryset_can_serve_as_the_models_manager(personas, erased):
    from emn.network.models import Researcher

    queryset = ResearcherQuerySet(model=Researcher)
    assert list(queryset.visible_to(personas.reader)) == []
    assert list(queryset.visible_to(personas.commission)) == [erased]


def test_the_directory_neither_lists_nor_counts_it(client, personas, erased):
    ResearcherFactory(name="Open Scholar")
    client.force_login(personas.coordinator)
    response = client.get("/network/directory/")
    assert response.context["researcher_count"] == 1
    client.force_login(personas.commission)
    response = client.get("/network/directory/")
    assert response.context["researcher_count"] == 2
    assert "Erased" in response.content.decode()
