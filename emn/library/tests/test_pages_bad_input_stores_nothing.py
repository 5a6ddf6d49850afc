"""Bad input in the library's forms shows the message next to the field and stores nothing."""

import pytest
from django.urls import reverse

from emn.library.models import Publication, PublicationFile
from emn.library.tests.library_support import publication, upload
from emn.library.tests.test_pages_permission_matrix import publication_payload, texts_payload

WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


@pytest.fixture
def editor(client, personas):
    client.force_login(personas.commission)
    return client


def test_a_publication_without_a_title_is_refused(editor):
    # As the browser sends it: the first text is an initial form, prefilled with a language.
    data = {**publication_payload(""), "texts-INITIAL_FORMS": "1"}
    response = editor.post(reverse("library:publication_create"), data)
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert "This field is required." in response.content.decode()
    assert not Publication.objects.exists()


def test_two_texts_in_one_language_are_refused(editor):
    data = {
        **publication_payload("ignored"),
        **texts_payload(("fr", "Retour", ""), ("fr", "Retour encore", "")),
    }
    response = editor.post(reverse("library:publication_create"), data)
    assert response.status_code == 200
    assert "There is already a title in French" in response.content.decode()
    assert not Publication.objects.exists()


def test_a_bad_date_keeps_the_texts_and_stores_nothing(editor):
    data = publication_payload("Return report", published_on="31/31/2025")
    response = editor.post(reverse("library:publication_create"), data)
    page = response.content.decode()
    assert "Enter a valid date." in page
    assert 'value="Return report"' in page
    assert not Publication.objects.exists()


def test_a_renamed_executable_is_refused_next_to_the_file_field(editor, personas):
    made = publication(personas.commission)
    response = editor.post(
        reverse("library:file_upload", args=[made.pk]),
        {"file": upload("report.pdf", WINDOWS_PROGRAM), "language": "en"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "“report.pdf” is a Windows executable program" in page
    # In the summary at the top, and next to the file field.
    field = page.index('id="id_file_error"')
    assert page.count("is a Windows executable program") == 2
    assert "is a Windows executable program" in page[field : field + 400]
    assert not PublicationFile.objects.exists()


def test_an_edit_that_removes_every_language_is_refused(editor, personas):
    made = publication(personas.commission, title="Keep me")
    data = {
        **publication_payload("Keep me", country_code=None, type="study"),
        "texts-INITIAL_FORMS": "1",
        "texts-0-DELETE": "on",
    }
    response = editor.post(reverse("library:publication_edit", args=[made.pk]), data)
    assert "Give the publication a title in at least one language." in response.content.decode()
    assert made.texts.get().title == "Keep me"


def test_a_publication_cannot_supersede_one_already_superseded(editor, personas):
    old = publication(personas.commission, title="Edition 1")
    publication(personas.commission, title="Edition 2", supersedes=old)
    data = publication_payload("Edition 3", country_code=None, type="study", supersedes=old.pk)
    response = editor.post(reverse("library:publication_create"), data)
    assert "is already superseded by" in response.content.decode()
    assert not Publication.objects.filter(texts__title="Edition 3").exists()


def test_archive_rules_refuse_a_negative_number_and_keep_the_others(editor):
    response = editor.post(reverse("library:archive_policies"), {"bulletin": "6", "study": "-3"})
    assert response.status_code == 200
    assert "greater than or equal to 1" in response.content.decode()
    from emn.library.models import ArchivePolicy

    assert not ArchivePolicy.objects.exists()
