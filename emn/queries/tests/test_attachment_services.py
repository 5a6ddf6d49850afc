from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.core.models import AuditEntry
from emn.queries import services
from emn.queries.models import Attachment
from emn.queries.tests.factories import launched_query, response_of

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def media(settings: Any, tmp_path: Any) -> Any:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.mark.django_db
def test_it_attaches_a_pdf_and_removes_it(
    personas: Any, media: Any, django_capture_on_commit_callbacks: Any
) -> None:
    si = response_of(launched_query(personas.other_country), "SI")
    upload = SimpleUploadedFile("law.pdf", PDF, content_type="application/pdf")
    attachment = services.add_attachment(personas.contributor, si, upload)
    assert (attachment.name, attachment.media_type, attachment.size) == (
        "law.pdf",
        "application/pdf",
        len(PDF),
    )
    path = media / attachment.file.name
    assert path.read_bytes() == PDF
    with pytest.raises(PermissionDenied):
        services.remove_attachment(personas.reader, attachment)
    with django_capture_on_commit_callbacks(execute=True):
        services.remove_attachment(personas.contributor, attachment)
    assert not path.exists() and Attachment.objects.count() == 0
    assert AuditEntry.objects.filter(action__endswith="_attachment").count() == 2


@pytest.mark.django_db
def test_it_refuses_a_disguised_file_and_stores_nothing(personas: Any, media: Any) -> None:
    si = response_of(launched_query(personas.other_country), "SI")
    upload = SimpleUploadedFile(
        "report.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    with pytest.raises(ValidationError, match=r"report\.pdf"):
        services.add_attachment(personas.contributor, si, upload)
    assert Attachment.objects.count() == 0
    assert not any(media.rglob("*.pdf"))


@pytest.mark.django_db
def test_it_refuses_a_file_over_the_limit(personas: Any, media: Any, settings: Any) -> None:
    settings.EMN_ATTACHMENT_MAX_MB = 1
    si = response_of(launched_query(personas.other_country), "SI")
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * 1024 * 1024)
    with pytest.raises(ValidationError, match=r"at most 1 MB"):
        services.add_attachment(personas.contributor, si, upload)
    assert Attachment.objects.count() == 0


@pytest.mark.django_db
def test_another_country_cannot_attach(personas: Any, media: Any, other_contributor: Any) -> None:
    si = response_of(launched_query(personas.other_country), "SI")
    with pytest.raises(PermissionDenied):
        services.add_attachment(other_contributor, si, SimpleUploadedFile("a.pdf", PDF))
    assert Attachment.objects.count() == 0
