"""An ad-hoc query, once published, appears in the library by itself (and only once)."""

import pytest

from emn.core.models import AuditEntry
from emn.library.models import Publication, PublicationType
from emn.queries import services as query_services
from emn.queries.models import Compilation
from emn.queries.tests.compilation_support import compiled_query

pytestmark = pytest.mark.django_db


def test_publishing_a_query_files_its_compilation(personas):
    query = compiled_query(personas)
    query_services.publish_query(personas.coordinator, query, dissemination="public")
    publication = Publication.objects.get(source_query=query)
    assert publication.type == PublicationType.AHQ_COMPILATION
    [text] = publication.texts.all()
    assert text.language == "en"
    assert query.title in text.title
    assert text.summary == "Three countries answered.\n\nMost grant it."
    # AT and BE and DE submitted; EE declined.
    assert sorted(publication.countries.values_list("code", flat=True)) == ["AT", "BE", "DE"]
    assert list(publication.themes.all()) == [query.theme]
    assert publication.dissemination == "public"
    assert AuditEntry.objects.filter(action="library.publish_compilation").count() == 1


def test_publishing_again_updates_the_same_publication(personas):
    from emn.library.services import publish_compilation

    query = compiled_query(personas)
    query_services.publish_query(personas.coordinator, query, dissemination="emn")
    Compilation.objects.create(
        query=query,
        version=2,
        introduction="Four answered.",
        findings="All grant it.",
        created_by=personas.coordinator,
    )
    query.dissemination = "public"
    publish_compilation(query)
    publication = Publication.objects.get(source_query=query)
    assert Publication.objects.count() == 1
    assert publication.dissemination == "public"
    assert publication.texts.get().summary == "Four answered.\n\nAll grant it."


def test_an_emn_query_gives_an_emn_publication_hidden_from_the_public(personas):
    query = compiled_query(personas)
    query_services.publish_query(personas.coordinator, query, dissemination="emn")
    assert Publication.objects.visible_to(personas.reader).filter(source_query=query).exists()
    assert not Publication.objects.visible_to(personas.anonymous).exists()
