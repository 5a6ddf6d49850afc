"""Bad input through the answering page: a clear message, nothing stored."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from emn.queries.models import Answer
from emn.queries.tests.answering_support import FORM, answer_form, asked_query, si, url


def test_it_rejects_a_word_for_a_number_question(personas: Any, client: Client) -> None:
    query = asked_query(personas)
    client.force_login(personas.contributor)
    response = client.post(url("response_edit", query), answer_form(query, 0, "six"), FORM)
    assert response.status_code == 400
    assert "“six” is not a number" in response.content.decode()
    assert "Nothing was saved" in response.content.decode()
    assert not Answer.objects.filter(contribution=si(query)).exists()
    assert si(query).version == 0
    # What was typed is shown again, to be corrected.
    assert 'value="six"' in response.content.decode()


def test_it_refuses_an_executable_renamed_pdf(personas: Any, client: Client) -> None:
    query = asked_query(personas)
    client.force_login(personas.contributor)
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(url("attachment_add", query), {"file": upload})
    assert response.status_code == 400
    assert "is a Windows executable program" in response.content.decode()
    assert not si(query).query_attachments.exists()


def test_it_accepts_and_removes_a_pdf(
    personas: Any, client: Client, settings: Any, tmp_path: Any
) -> None:
    settings.MEDIA_ROOT = tmp_path
    query = asked_query(personas)
    client.force_login(personas.contributor)
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n" + b"0" * 100)
    assert client.post(url("attachment_add", query), {"file": upload}).status_code == 302
    attachment = si(query).query_attachments.get()
    removed = client.post(url("attachment_remove", query, attachment.pk))
    assert removed.status_code == 302
    assert not si(query).query_attachments.exists()


def test_decline_needs_a_reason(personas: Any, client: Client) -> None:
    query = asked_query(personas)
    client.force_login(personas.coordinator)
    response = client.post(url("response_decline", query), "decline-reason=", FORM)
    assert response.status_code == 400
    assert si(query).state == "not_started"
