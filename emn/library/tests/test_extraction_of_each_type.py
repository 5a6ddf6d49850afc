"""The text of each accepted type is extracted on upload, with pages and detected language."""

import datetime

import pytest

from emn.library import services
from emn.library.models import PublicationFile
from emn.library.samples import docx_bytes, html_bytes, odt_bytes, pdf_bytes
from emn.library.tests.library_support import publication, upload

pytestmark = pytest.mark.django_db

SL = "Vračanje prosilcev za mednarodno zaščito je bilo v letu 2024 hitrejše kot prej."


def added(personas, name, content, language="sl"):
    pub = publication(personas.commission, published_on=datetime.date(2025, 1, 1))
    row = services.add_file(personas.commission, pub, upload(name, content), language)
    row.refresh_from_db()
    return row


def test_pdf_text_and_pages(personas, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "study.pdf", pdf_bytes("Študija", [SL], pages=2))
    row.refresh_from_db()
    assert row.extraction == PublicationFile.Extraction.DONE, row.extraction_error
    assert "Vračanje prosilcev" in row.text
    assert row.pages == 2
    assert row.extraction_error == ""


def test_docx_paragraphs_and_tables(personas, immediate_tasks, django_capture_on_commit_callbacks):
    content = docx_bytes("Poročilo", [SL], table=[["Država", "Odločbe"], ["Slovenija", "1200"]])
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "report.docx", content)
    row.refresh_from_db()
    assert row.extraction == PublicationFile.Extraction.DONE, row.extraction_error
    assert "hitrejše" in row.text
    assert "Slovenija | 1200" in row.text


def test_odt_text(personas, immediate_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "report.odt", odt_bytes("Poročilo", [SL]))
    row.refresh_from_db()
    assert row.extraction == PublicationFile.Extraction.DONE, row.extraction_error
    assert "mednarodno zaščito" in row.text
    assert "Poročilo" in row.text


def test_html_text_without_script_or_style(
    personas, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "page.html", html_bytes("Poročilo", [SL], "sl"))
    row.refresh_from_db()
    assert row.extraction == PublicationFile.Extraction.DONE, row.extraction_error
    assert SL in row.text
    assert "do-not-index" not in row.text and "navy" not in row.text


def test_txt_in_windows_1250(personas, immediate_tasks, django_capture_on_commit_callbacks):
    content = (SL + "\nŠtevilo odločb o vračanju se je povečalo; čakanje je krajše.\n").encode(
        "cp1250"
    )
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "notes.txt", content)
    row.refresh_from_db()
    assert row.extraction == PublicationFile.Extraction.DONE, row.extraction_error
    assert "Število odločb o vračanju" in row.text
    assert row.media_type == "text/plain"


def test_language_is_detected(personas, immediate_tasks, django_capture_on_commit_callbacks):
    pytest.importorskip("emn.search.analysis")
    text = " ".join([SL] * 5)
    with django_capture_on_commit_callbacks(execute=True):
        row = added(personas, "notes.txt", text.encode())
    row.refresh_from_db()
    assert row.detected_language == "sl"


def test_running_the_extraction_again_gives_the_same_outcome(personas):
    from emn.library.tasks import run_extraction

    row = added(personas, "notes.txt", SL.encode())
    assert run_extraction(row.pk) == "done"
    assert run_extraction(row.pk) == "done"
    row.refresh_from_db()
    assert row.text == SL
