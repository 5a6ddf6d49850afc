"""A file whose text cannot be read is kept, with the reason; it is never lost."""

import datetime

import pytest

from emn.library import services
from emn.library.models import PublicationFile
from emn.library.samples import pdf_bytes
from emn.library.tasks import run_extraction
from emn.library.tests.library_support import publication, upload

pytestmark = pytest.mark.django_db
Extraction = PublicationFile.Extraction


def extracted(personas, name, content):
    pub = publication(personas.commission, published_on=datetime.date(2025, 1, 1))
    row = services.add_file(personas.commission, pub, upload(name, content), "en")
    run_extraction(row.pk)
    row.refresh_from_db()
    return row


def test_a_corrupt_pdf_fails_with_its_reason_and_is_kept(personas):
    content = b"%PDF-1.7\n" + b"this is not really a PDF body " * 50
    row = extracted(personas, "broken.pdf", content)
    assert row.extraction == Extraction.FAILED
    assert row.extraction_error.startswith("text could not be extracted: ")
    assert "PDF" in row.extraction_error
    with row.file.open("rb") as stream:
        assert stream.read() == content


def test_a_truncated_pdf_fails(personas):
    full = pdf_bytes("Study", ["Some words about return and asylum."] * 5)
    row = extracted(personas, "half.pdf", full[: len(full) // 3])
    assert row.extraction == Extraction.FAILED
    assert row.extraction_error.startswith("text could not be extracted: ")


def test_an_encrypted_pdf_says_so(personas):
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes("Secret", ["Asylum statistics."]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    row = extracted(personas, "locked.pdf", buffer.getvalue())
    assert row.extraction == Extraction.FAILED
    assert row.extraction_error == "text could not be extracted: the PDF is encrypted"


def test_a_pdf_without_a_text_layer_says_it_needs_ocr(personas):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100, style="F")  # a "scan": drawing, no text
    row = extracted(personas, "scan.pdf", bytes(pdf.output()))
    assert row.extraction == Extraction.FAILED
    assert "no text layer" in row.extraction_error


def test_an_empty_text_file_fails(personas):
    row = extracted(personas, "blank.txt", b"   \n\n  \n")
    assert row.extraction == Extraction.FAILED
    assert row.extraction_error == "text could not be extracted: the document contains no text"


def test_a_missing_stored_file_fails_without_error(personas):
    pub = publication(personas.commission)
    row = services.add_file(personas.commission, pub, upload("a.txt", b"Return of migrants."), "en")
    row.file.storage.delete(row.file.name)
    assert run_extraction(row.pk) == Extraction.FAILED
    row.refresh_from_db()
    assert row.extraction_error == "text could not be extracted: the stored file is missing"
