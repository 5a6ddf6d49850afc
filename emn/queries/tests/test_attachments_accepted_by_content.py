"""PDF, DOCX, XLSX and ODT are recognised by their content, whatever their name."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.queries.attachments import DOCX, ODT, PDF, XLSX, check_upload


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
DOCX_BYTES = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX_BYTES = zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT_BYTES = zipped({"mimetype": ODT, "content.xml": "<office:document-content/>"})


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("answer.pdf", PDF_BYTES, PDF),
        ("answer.docx", DOCX_BYTES, DOCX),
        ("figures.xlsx", XLSX_BYTES, XLSX),
        ("answer.odt", ODT_BYTES, ODT),
    ],
)
def test_each_accepted_type_is_recognised(name, content, media_type):
    assert check_upload(SimpleUploadedFile(name, content)) == media_type


def test_the_name_does_not_decide_the_type():
    assert check_upload(SimpleUploadedFile("scan.bin", PDF_BYTES)) == PDF
    assert check_upload(SimpleUploadedFile("report.pdf", DOCX_BYTES)) == DOCX


def test_the_file_is_left_at_its_start_for_saving():
    upload = SimpleUploadedFile("answer.docx", DOCX_BYTES)
    check_upload(upload)
    assert upload.read() == DOCX_BYTES
