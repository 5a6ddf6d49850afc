"""A response's document reaches exactly those who may read the response."""

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from emn.core.testing.matrix import PermissionMatrix
from emn.queries import services
from emn.queries.tests.answering_support import asked_query, si

PDF = b"%PDF-1.4\n" + b"0" * 100


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path


def _attached(personas: Any) -> Any:
    query = asked_query(personas)
    contribution = si(query)
    return services.add_attachment(
        personas.contributor, contribution, SimpleUploadedFile("report.pdf", PDF)
    )


class TestDraftResponseDocument(PermissionMatrix):
    """A draft's document: the country's own NCP and the Commission; the asker (FR) not yet."""

    expected = {
        "anonymous": 404,
        "other_country": 404,
        "reader": 200,
        "contributor": 200,
        "coordinator": 200,
        "commission": 200,
    }

    @pytest.fixture
    def target(self, personas: Any) -> Any:
        return _attached(personas)

    def url(self, target: Any) -> str:
        query = target.contribution.request.ad_hoc_query
        return reverse("queries:attachment_download", args=[query.pk, target.pk])

    def check(self, response: Any, persona: str, target: Any) -> None:
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == PDF
