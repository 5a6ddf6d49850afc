"""Library uploads are checked by their content, their size and get a SHA-256."""

import hashlib
import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.core.files import DOCX, HTML, ODT, PDF, TXT
from emn.library.files import check_upload
from emn.library.samples import docx_bytes, html_bytes, odt_bytes, pdf_bytes

MB = 1024 * 1024


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as error:
        check_upload(SimpleUploadedFile(name, content))
    [message] = error.value.messages
    return message


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("study.bin", pdf_bytes("Study", ["Text"]), PDF),
        ("study.pdf", docx_bytes("Study", ["Text"]), DOCX),
        ("study", odt_bytes("Study", ["Text"]), ODT),
        ("page.txt", html_bytes("Study", ["Text"]), HTML),
        ("notes.html", "Vračanje prosilcev, čakanje.\n".encode("cp1250"), TXT),
        ("notes.txt", "Grąžinimas ir prieglobstis.\n".encode(), TXT),
    ],
)
def test_each_accepted_type_is_recognised_whatever_its_name(name, content, media_type):
    checked = check_upload(SimpleUploadedFile(name, content))
    assert checked.media_type == media_type
    assert checked.size == len(content)
    assert checked.sha256 == hashlib.sha256(content).hexdigest()


def test_a_renamed_executable_is_refused_with_what_it_is():
    message = refusal("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200)
    assert message == (
        "“report.pdf” is a Windows executable program, "
        "not a PDF, DOCX, ODT, HTML or plain text document."
    )


def test_a_renamed_zip_is_refused_with_what_it_is():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    message = refusal("report.docx", buffer.getvalue())
    assert message.startswith("“report.docx” is a ZIP archive, not a PDF")


def test_a_spreadsheet_is_named_and_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "an Excel spreadsheet (XLSX)" in refusal("data.docx", buffer.getvalue())


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)) * 8, b"\x00\x01\x02binary\x00" * 100, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50],
)
def test_binary_content_is_never_taken_for_text(content):
    assert "not a PDF, DOCX, ODT, HTML or plain text document" in refusal("a.txt", content)


def test_a_shell_script_is_not_text_we_accept():
    assert refusal("a.txt", b"#!/bin/sh\necho hi\n").startswith("“a.txt” is a script")


def test_an_empty_file_is_refused():
    assert refusal("a.pdf", b"") == "“a.pdf” is empty."


def test_a_file_over_the_limit_gives_both_sizes(settings):
    settings.EMN_LIBRARY_MAX_MB = 1
    message = refusal("big.pdf", b"%PDF-1.7\n" + b"0" * (2 * MB))
    assert message == "“big.pdf” is 2.0 MB; library files may be at most 1 MB."


def test_a_file_at_the_limit_is_accepted(settings):
    settings.EMN_LIBRARY_MAX_MB = 1
    content = b"%PDF-1.7\n" + b"0" * (MB - 9)
    assert check_upload(SimpleUploadedFile("big.pdf", content)).media_type == PDF
