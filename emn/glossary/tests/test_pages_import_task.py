"""The Commission uploads a SKOS file: a `VocabularyImport` row, the task, and a page that
follows the progress and then shows the report, every problem grouped by property with the
concept, language and what was done; running the task again changes nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.glossary.imports import run_import
from emn.glossary.models import Concept, VocabularyImport

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_tasks")]

GOOD = b"""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/s> a skos:ConceptScheme ; skos:prefLabel "Example thesaurus"@en .
<http://example.org/c1> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "asylum"@en , "azil"@sl ; skos:topConceptOf <http://example.org/s> .
<http://example.org/c2> a skos:Concept ; skos:inScheme <http://example.org/s> ;
  skos:prefLabel "asylum seeker"@en , "prosilec za azil"@sl ; skos:broader <http://example.org/c1> .
"""
TWO_LABELS = GOOD.replace(b'"azil"@sl ;', '"azil"@sl , "zatočišče"@sl ;'.encode())


def upload(client, data, **options):
    return client.post(
        "/glossary/import/",
        {"file": SimpleUploadedFile("thesaurus.ttl", data), "mode": "refuse", **options},
    )


def test_an_upload_is_imported_by_the_task(personas, client, django_capture_on_commit_callbacks):
    client.force_login(personas.commission)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, GOOD)
    job = VocabularyImport.objects.get()
    assert response["Location"] == f"/glossary/imports/{job.pk}/"
    job.refresh_from_db()
    assert job.state == VocabularyImport.State.DONE
    assert Concept.objects.filter(uri="http://example.org/c2").exists()
    body = client.get(response["Location"]).content.decode()
    assert "The file was imported into the working copy." in body
    assert "Concepts created</dt><dd>2</dd>" in body
    assert "hx-get" not in body  # finished: no more polling
    # The imported vocabulary has its own pages, under its key.
    scheme = Concept.objects.get(uri="http://example.org/c2").scheme
    assert f'href="/glossary/s/{scheme.key}/?edition=working"' in body
    concept = client.get(f"/glossary/s/{scheme.key}/concept/c2")
    assert "asylum seeker" in concept.content.decode()
    assert f"/glossary/s/{scheme.key}/concept/c1" in concept.content.decode()  # its broader
    assert "Example thesaurus" in client.get("/glossary/").content.decode()


def test_a_refused_file_reports_each_problem_where_it_is(
    personas, client, django_capture_on_commit_callbacks
):
    client.force_login(personas.commission)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, TWO_LABELS)
    body = client.get(response["Location"]).content.decode()
    assert VocabularyImport.objects.get().state == VocabularyImport.State.REFUSED
    assert "The file was refused: nothing was stored." in body
    assert "skos:prefLabel" in body
    assert "http://example.org/c1" in body
    assert "<td>sl</td>" in body
    assert not Concept.objects.filter(uri="http://example.org/c1").exists()


def test_repair_keeps_the_first_label_and_reports_the_rest(
    personas, client, django_capture_on_commit_callbacks
):
    client.force_login(personas.commission)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, TWO_LABELS, mode="repair")
    body = client.get(response["Location"]).content.decode()
    assert VocabularyImport.objects.get().state == VocabularyImport.State.DONE
    assert "zatočišče" in body
    assert Concept.objects.filter(uri="http://example.org/c1").exists()


def test_check_only_stores_nothing(personas, client, django_capture_on_commit_callbacks):
    client.force_login(personas.commission)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, GOOD, dry_run="on")
    body = client.get(response["Location"]).content.decode()
    assert VocabularyImport.objects.get().state == VocabularyImport.State.CHECKED
    assert "Check only: nothing was stored." in body
    assert not Concept.objects.filter(uri="http://example.org/c1").exists()


def test_a_queued_import_polls_and_running_it_twice_is_safe(personas, client):
    client.force_login(personas.commission)
    response = upload(client, GOOD)  # on_commit not run: the task is still queued
    job = VocabularyImport.objects.get()
    assert job.state == VocabularyImport.State.QUEUED
    body = client.get(response["Location"]).content.decode()
    assert f'hx-get="/glossary/imports/{job.pk}/"' in body
    fragment = client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert fragment.startswith('<div id="import-progress"')
    assert run_import(job.pk) == VocabularyImport.State.DONE
    assert run_import(job.pk) == VocabularyImport.State.DONE
    assert Concept.objects.filter(uri__startswith="http://example.org/").count() == 2


def test_a_file_that_is_not_rdf_is_refused_with_the_reason(
    personas, client, django_capture_on_commit_callbacks
):
    client.force_login(personas.commission)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, b'@prefix skos: <http://x#> .\n<a> skos:prefLabel "x ;\n')
    body = client.get(response["Location"]).content.decode()
    assert VocabularyImport.objects.get().state == VocabularyImport.State.REFUSED
    assert "The file was refused" in body
