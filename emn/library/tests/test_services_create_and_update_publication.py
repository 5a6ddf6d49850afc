"""Creating and changing a publication through the services: texts, relations, audit."""

import datetime

import pytest

from emn.core.models import AuditEntry, Theme
from emn.core.testing.factories import country
from emn.library import services
from emn.library.models import Publication, PublicationType
from emn.library.tests.library_support import publication

pytestmark = pytest.mark.django_db


def test_commission_creates_a_publication_in_two_languages(personas):
    created = services.create_publication(
        personas.commission,
        type=PublicationType.STUDY,
        texts=[
            ("en", "Return of rejected applicants", "How States organise return."),
            ("sl", "Vračanje zavrnjenih prosilcev", "Kako države organizirajo vračanje."),
        ],
        authors="EMN Service Provider",
        countries=[country("SI"), country("AT")],
        themes=[Theme.objects.get(code="return")],
        keywords=["return", " voluntary return ", "return"],
        published_on=datetime.date(2025, 5, 1),
        dissemination="public",
    )
    assert sorted(created.texts.values_list("language", flat=True)) == ["en", "sl"]
    assert sorted(created.countries.values_list("code", flat=True)) == ["AT", "SI"]
    assert created.keywords == ["return", "voluntary return"]
    assert created.created_by == personas.commission
    entry = AuditEntry.objects.get(action="library.create_publication")
    assert entry.after["texts"]["sl"]["title"] == "Vračanje zavrnjenih prosilcev"


def test_update_replaces_the_texts_as_a_whole(personas):
    pub = publication(personas.commission)
    services.update_publication(
        personas.commission,
        pub,
        texts=[("fr", "Retour des demandeurs déboutés", "")],
        published_on=datetime.date(2024, 1, 1),
    )
    pub.refresh_from_db()
    assert [(t.language, t.title) for t in pub.texts.all()] == [
        ("fr", "Retour des demandeurs déboutés")
    ]
    assert pub.published_on == datetime.date(2024, 1, 1)
    entry = AuditEntry.objects.get(action="library.update_publication")
    assert "en" in entry.before["texts"] and "en" not in entry.after["texts"]


def test_a_newer_edition_supersedes_the_older_one(personas):
    older = publication(personas.commission, type=PublicationType.ANNUAL_REPORT, title="2023")
    newer = publication(
        personas.commission, type=PublicationType.ANNUAL_REPORT, title="2024", supersedes=older
    )
    assert older.superseded_by == newer
    assert list(Publication.objects.current()) == [newer]
    assert list(Publication.objects.archived()) == [older]


def test_the_commission_deletes_a_publication_and_the_newer_edition_stays(personas):
    older = publication(personas.commission, title="2023")
    newer = publication(personas.commission, title="2024", supersedes=older)
    services.delete_publication(personas.commission, older)
    newer.refresh_from_db()
    assert newer.supersedes is None
    assert AuditEntry.objects.filter(action="library.delete_publication").count() == 1


def test_unknown_fields_are_refused(personas):
    from django.core.exceptions import ValidationError

    pub = publication(personas.commission)
    with pytest.raises(ValidationError):
        services.update_publication(personas.commission, pub, source_query=None)
