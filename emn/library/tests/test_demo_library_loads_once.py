"""The demo library has every kind of content search needs, and loads only once."""

from __future__ import annotations

import io

import pytest

from emn.core.demo import load_all
from emn.core.models import AuditEntry
from emn.core.testing.reference import ensure_reference_data
from emn.library.models import Publication, PublicationFile


@pytest.mark.django_db
def test_demo_library_loads_once_with_extracted_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ensure_reference_data()
    load_all(io.StringIO())
    assert Publication.objects.count() >= 15
    assert Publication.objects.filter(type="ahq_compilation").exists()
    assert Publication.objects.filter(dissemination="emn").exists()
    assert Publication.objects.archived().filter(type="bulletin").exists()
    assert Publication.objects.archived().filter(type="annual_report").exists()
    files = PublicationFile.objects.all()
    assert {f.media_type for f in files} >= {"application/pdf", "text/html"}
    assert all(f.extraction == "done" for f in files), [f.extraction_error for f in files]
    slovenian = files.get(language="sl")
    assert "vračanja" in slovenian.text and slovenian.pages == 1
    counts = (
        Publication.objects.count(),
        PublicationFile.objects.count(),
        AuditEntry.objects.count(),
    )
    load_all(io.StringIO())
    assert (
        Publication.objects.count(),
        PublicationFile.objects.count(),
        AuditEntry.objects.count(),
    ) == counts
