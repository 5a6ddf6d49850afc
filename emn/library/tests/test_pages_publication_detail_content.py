"""A publication's page: facts, files with their extraction status, editions, the query."""

import datetime

import pytest
from django.urls import reverse

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import country
from emn.library import services
from emn.library.models import PublicationFile
from emn.library.samples import pdf_bytes
from emn.library.tests.library_support import publication, upload


@pytest.fixture
def editions(personas):
    actor = personas.commission
    first = publication(actor, title="Edition 2022", published_on=datetime.date(2022, 5, 1))
    second = publication(
        actor,
        title="Edition 2023",
        supersedes=first,
        published_on=datetime.date(2023, 5, 1),
        authors="NCP Slovenia",
        country_code="SI",
        countries=[country("SI"), country("AT")],
        keywords=["return", "minors"],
        link="https://example.org/report",
    )
    third = publication(
        actor,
        title="Edition 2024 (members)",
        supersedes=second,
        dissemination=DisseminationLevel.EMN,
        published_on=datetime.date(2024, 5, 1),
    )
    return first, second, third


def test_the_page_shows_the_facts_and_the_chain_of_editions(client, personas, editions):
    _first, second, _third = editions
    client.force_login(personas.reader)
    page = client.get(reverse("library:publication_detail", args=[second.pk])).content.decode()
    for fact in (
        "NCP Slovenia",
        "Austria, Slovenia",
        "return, minors",
        "https://example.org/report",
    ):
        assert fact in page
    assert (
        page.index("Edition 2022")
        < page.index("<strong>This edition</strong>")
        < page.rindex("Edition 2024 (members)")
    )
    assert "This edition is superseded" in page


def test_a_hidden_later_edition_is_never_named(client, editions):
    _first, second, _third = editions
    page = client.get(reverse("library:publication_detail", args=[second.pk])).content.decode()
    assert "Edition 2024" not in page
    assert "superseded by a newer edition" in page
    assert "Edition 2022" in page


def test_files_show_language_type_size_and_a_failed_extraction(client, personas, editions):
    first = editions[0]
    services.add_file(
        personas.commission, first, upload("report.pdf", pdf_bytes("Report", ["Text."])), "sl"
    )
    PublicationFile.objects.update(
        extraction=PublicationFile.Extraction.FAILED,
        extraction_error="the PDF has no text layer (scanned pages)",
    )
    page = client.get(reverse("library:publication_detail", args=[first.pk])).content.decode()
    assert "report.pdf" in page and "Slovenian" in page and "PDF" in page
    assert "Text could not be extracted: the PDF has no text layer (scanned pages)" in page


def test_a_compilation_links_to_its_query(client, personas):
    from emn.queries.models import AdHocQuery
    from emn.queries.tests.matrix_support import make_query

    query = make_query(state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    made = publication(personas.commission, type="ahq_compilation")
    made.source_query = query
    made.save(update_fields=["source_query"])
    client.force_login(personas.reader)
    page = client.get(reverse("library:publication_detail", args=[made.pk])).content.decode()
    assert reverse("queries:query_detail", args=[query.pk]) in page


def test_a_hidden_publication_is_a_404(client, editions):
    third = editions[2]
    assert client.get(reverse("library:publication_detail", args=[third.pk])).status_code == 404
