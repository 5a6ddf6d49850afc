"""Checking an uploaded attachment: its real type, read from its content, and its size.

Rule: only PDF, DOCX, XLSX and ODT are accepted, whatever the file is called; an executable
renamed `.pdf` or a plain ZIP renamed `.docx` is refused with what it really is.
"""

from __future__ import annotations

import zipfile
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"

# The extension a stored file gets for each accepted type, whatever it was called.
EXTENSIONS = {PDF: "pdf", DOCX: "docx", XLSX: "xlsx", ODT: "odt"}

_ZIP_MAGIC = b"PK\x03\x04"
_OFFICE_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX}

# Recognised only to tell the uploader what the file really is.
_OTHER_MAGIC = (
    (b"MZ", N_("a Windows executable program")),
    (b"\x7fELF", N_("a Linux executable program")),
    (b"\xcf\xfa\xed\xfe", N_("a macOS executable program")),
    (b"#!", N_("a script")),
    (b"\xd0\xcf\x11\xe0", N_("an old Microsoft Office file (DOC or XLS)")),
    (b"{\\rtf", N_("an RTF document")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"Rar!", N_("a RAR archive")),
    (b"7z\xbc\xaf", N_("a 7-Zip archive")),
)


def max_bytes() -> int:
    return int(getattr(settings, "EMN_ATTACHMENT_MAX_MB", 20) * 1024 * 1024)


def _refuse(name: str, problem: str) -> ValidationError:
    return ValidationError(
        _("“%(name)s” %(problem)s") % {"name": name, "problem": problem}, code="attachment"
    )


def _not_accepted(name: str, what: str) -> ValidationError:
    return _refuse(
        name,
        _("is %(what)s, not a PDF, DOCX, XLSX or ODT document.") % {"what": _(what)},
    )


def _size(uploaded_file: Any) -> int:
    size = getattr(uploaded_file, "size", None)
    if size is None:
        uploaded_file.seek(0, 2)
        size = uploaded_file.tell()
    return int(size)


def _zip_type(name: str, stream: IO[bytes]) -> str:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for part, media_type in _OFFICE_PARTS.items():
                    if part in names:
                        return media_type
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].strip().decode("ascii", "replace")
                if declared == ODT:
                    return ODT
                raise _not_accepted(name, _("a document of type %s") % declared)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise _refuse(name, _("cannot be read: it is a damaged ZIP archive.")) from None
    raise _not_accepted(name, N_("a ZIP archive"))


def _describe(head: bytes) -> str:
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return what
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return N_("a web page (HTML)")
    return N_("a file of unknown type")


def check_upload(uploaded_file: Any) -> str:
    """The media type of an uploaded attachment, decided by its content, not its name.

    Raises ValidationError naming the file when it is empty, larger than
    `EMN_ATTACHMENT_MAX_MB`, unreadable, or not a PDF, DOCX, XLSX or ODT document.
    Leaves the file positioned at its start.
    """
    name = str(getattr(uploaded_file, "name", "") or _("the file")).rsplit("/", 1)[-1]
    size = _size(uploaded_file)
    if size == 0:
        raise _refuse(name, _("is empty."))
    limit = max_bytes()
    if size > limit:
        raise _refuse(
            name,
            _("is %(size).1f MB; attachments may be at most %(limit)s MB.")
            % {"size": size / 1024 / 1024, "limit": limit // (1024 * 1024)},
        )
    uploaded_file.seek(0)
    head = uploaded_file.read(64)
    uploaded_file.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(_ZIP_MAGIC):
            return _zip_type(name, uploaded_file)
        raise _not_accepted(name, _describe(head))
    finally:
        uploaded_file.seek(0)
