"""`index_now` writes a document from the object as stored, rewrites it after a change and
removes it when the object is gone or no longer indexable."""

from typing import Any

import pytest
from django.utils import timezone

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory, ResearcherFactory
from emn.network.models import Organisation
from emn.search.indexing import index_now
from emn.search.models import Audience, Document


def _document(obj: Any, source: str) -> Document | None:
    return Document.objects.filter(source=source, object_id=obj.pk).first()


@pytest.mark.django_db
def test_it_creates_the_document_with_facets_and_readers(personas: Any) -> None:
    organisation = OrganisationFactory(name="Slovenian Migration Institute")
    index_now(organisation)
    document = _document(organisation, "network.organisation")
    assert document is not None
    assert document.kind == "organisation"
    assert document.titles == {"en": "Slovenian Migration Institute"}
    assert document.countries == " SI "
    assert document.audience == Audience.PUBLIC
    assert document.url == f"/network/organisations/{organisation.pk}/"


@pytest.mark.django_db
def test_it_updates_the_document_when_the_object_changes(personas: Any) -> None:
    organisation = OrganisationFactory(name="First name")
    index_now(organisation)
    Organisation.objects.filter(pk=organisation.pk).update(
        name="Second name", dissemination=DisseminationLevel.EMN
    )
    index_now(organisation)
    document = _document(organisation, "network.organisation")
    assert document is not None
    assert document.titles == {"en": "Second name"}
    assert document.audience == Audience.MEMBERS
    assert Document.objects.filter(source="network.organisation").count() == 1


@pytest.mark.django_db
def test_it_deletes_the_document_of_a_deleted_object(personas: Any) -> None:
    organisation = OrganisationFactory()
    index_now(organisation)
    Organisation.objects.filter(pk=organisation.pk).delete()
    index_now(organisation)
    assert _document(organisation, "network.organisation") is None


@pytest.mark.django_db
def test_it_deletes_the_document_when_the_source_gives_no_entry(personas: Any) -> None:
    researcher = ResearcherFactory(name="Person to erase")
    index_now(researcher)
    assert _document(researcher, "network.researcher") is not None
    researcher.erased_at = timezone.now()
    researcher.save()
    index_now(researcher)
    assert _document(researcher, "network.researcher") is None


@pytest.mark.django_db
def test_objects_without_a_source_are_ignored(personas: Any) -> None:
    index_now(personas.reader)
    assert not Document.objects.exists()
