"""A file whose content is not an accepted document is refused with what it really is."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.queries.attachments import check_upload


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def refusal(name: str, content: bytes) -> str:
    with pytest.raises(ValidationError) as error:
        check_upload(SimpleUploadedFile(name, content))
    [message] = error.value.messages
    return message


def test_an_executable_renamed_pdf_is_refused():
    message = refusal("answer.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64)
    assert message == (
        "“answer.pdf” is a Windows executable program, not a PDF, DOCX, XLSX or ODT document."
    )


def test_a_zip_renamed_docx_is_refused():
    message = refusal("answer.docx", zipped({"notes.txt": "hello"}))
    assert message == "“answer.docx” is a ZIP archive, not a PDF, DOCX, XLSX or ODT document."


def test_another_opendocument_type_is_refused_with_its_type():
    content = zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
    message = refusal("figures.odt", content)
    assert "application/vnd.oasis.opendocument.spreadsheet" in message
    assert message.startswith("“figures.odt” is a document of type")


def test_a_corrupt_zip_cannot_be_read():
    message = refusal("answer.docx", b"PK\x03\x04" + b"garbage" * 20)
    assert message == "“answer.docx” cannot be read: it is a damaged ZIP archive."


def test_a_truncated_docx_cannot_be_read():
    content = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})
    message = refusal("answer.docx", content[: len(content) // 2])
    assert "cannot be read" in message


def test_an_empty_file_is_refused():
    assert refusal("answer.pdf", b"") == "“answer.pdf” is empty."


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x7fELF\x02\x01\x01", "a Linux executable program"),
        (b"#!/bin/sh\nrm -rf /", "a script"),
        (b"<!DOCTYPE html><html>", "a web page (HTML)"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"plain words", "a file of unknown type"),
    ],
)
def test_other_content_is_named(content, what):
    assert refusal("answer.pdf", content) == (
        f"“answer.pdf” is {what}, not a PDF, DOCX, XLSX or ODT document."
    )
