"""`index_later` queues the indexing for after the commit, so a rolled-back change never
reaches the index; the services call it, so a change through the pages is found."""

from typing import Any

import pytest
from django.db import transaction

from emn.core.testing.factories import OrganisationFactory, country
from emn.network import services as network_services
from emn.network.models import Organisation
from emn.queries import services
from emn.queries.tests.factories import draft_query, response_of
from emn.search.indexing import index_later, unindex_later
from emn.search.models import Audience, Document
from emn.search.tests.indexing_support import immediate_tasks  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("immediate_tasks")


def _audience(source: str, pk: int) -> str | None:
    document = Document.objects.filter(source=source, object_id=pk).first()
    return document.audience if document else None


@pytest.mark.django_db
def test_nothing_is_indexed_before_the_commit(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    organisation = OrganisationFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        index_later(organisation)
    assert len(callbacks) == 1
    assert not Document.objects.exists()
    callbacks[0]()
    assert _audience("network.organisation", organisation.pk) == Audience.PUBLIC


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_change_is_not_queued(personas: Any) -> None:
    organisation = OrganisationFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        index_later(organisation)
        raise RuntimeError("roll back")
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_unindex_later_removes_the_document_of_a_deleted_object(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    organisation = OrganisationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        index_later(organisation)
    pk = organisation.pk
    Organisation.objects.filter(pk=pk).delete()
    with django_capture_on_commit_callbacks(execute=True):
        unindex_later(Organisation, pk)
    assert _audience("network.organisation", pk) is None


@pytest.mark.django_db
def test_the_query_services_index_the_query_and_its_answers(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    coordinator = personas.coordinator
    with django_capture_on_commit_callbacks(execute=True):
        query = draft_query(coordinator)
    assert _audience("queries.query", query.pk) == Audience.RESTRICTED
    with django_capture_on_commit_callbacks(execute=True):
        services.launch_query(coordinator, query)
    assert _audience("queries.query", query.pk) == Audience.MEMBERS
    contribution = response_of(query, "SI")
    first = query.questions.order_by("position").first()
    with django_capture_on_commit_callbacks(execute=True):
        services.save_answers(
            coordinator, contribution, {first.pk: "<p>Rules</p>"}, expected_version=0
        )
    assert _audience("queries.response", contribution.pk) == Audience.RESTRICTED
    second = query.questions.order_by("position")[1]
    with django_capture_on_commit_callbacks(execute=True):
        services.save_answers(coordinator, contribution, {second.pk: True}, expected_version=1)
        services.submit_response(coordinator, contribution)
    assert _audience("queries.response", contribution.pk) == Audience.MEMBERS


@pytest.mark.django_db
def test_the_network_services_index_organisations(
    personas: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        organisation = network_services.create_organisation(
            personas.commission, name="Agency for Asylum", kind="agency", country=country("SI")
        )
    assert _audience("network.organisation", organisation.pk) == Audience.PUBLIC
    with django_capture_on_commit_callbacks(execute=True):
        network_services.update_organisation(personas.commission, organisation, dissemination="emn")
    assert _audience("network.organisation", organisation.pk) == Audience.MEMBERS
