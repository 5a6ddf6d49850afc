"""Telling what an uploaded file really is, from its content, whatever it is called.

Shared by every upload that accepts documents (ad-hoc query attachments, library files): each
caller decides which of the recognised types it accepts and words its own refusal; this module
only reads the bytes. Renamed executables, archives and images are named for what they are.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop as N_

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
HTML = "text/html"
TXT = "text/plain"

# The extension a stored file gets for each recognised type, whatever it was called.
EXTENSIONS = {PDF: "pdf", DOCX: "docx", XLSX: "xlsx", ODT: "odt", HTML: "html", TXT: "txt"}

# How each recognised type is named when a caller does not accept it.
DESCRIPTIONS = {
    PDF: N_("a PDF document"),
    DOCX: N_("a Word document (DOCX)"),
    XLSX: N_("an Excel spreadsheet (XLSX)"),
    ODT: N_("an OpenDocument text (ODT)"),
    HTML: N_("a web page (HTML)"),
    TXT: N_("a plain text file"),
}

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

# Enough of a text file to judge it is text, without reading a large file twice.
_TEXT_SAMPLE = 256 * 1024
_MARKUP = re.compile(rb"<(!doctype\s+html|html|head|body|p|div|h[1-6]|article)[\s>/]", re.I)
_UTF_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Identified:
    """What a file is: a recognised `media_type` (None otherwise) and how to name it."""

    media_type: str | None
    what: str  # translated, e.g. "a Windows executable program"


class Damaged(Exception):
    """The content starts like a known container (ZIP) but cannot be read."""


def upload_name(uploaded_file: Any) -> str:
    """The file's own name, without any directory the client sent."""
    return (
        str(getattr(uploaded_file, "name", "") or _("the file"))
        .replace("\\", "/")
        .rsplit("/", 1)[-1]
    )


def upload_size(uploaded_file: Any) -> int:
    size = getattr(uploaded_file, "size", None)
    if size is None:
        uploaded_file.seek(0, 2)
        size = uploaded_file.tell()
    return int(size)


def refusal(name: str, problem: str, code: str = "upload") -> ValidationError:
    """“name” problem — the one shape of every upload refusal."""
    return ValidationError(
        _("“%(name)s” %(problem)s") % {"name": name, "problem": problem}, code=code
    )


def check_size(name: str, size: int, limit_mb: int, noun: str, code: str = "upload") -> None:
    """Refuse an empty file, or one over `limit_mb`, giving both sizes."""
    if size == 0:
        raise refusal(name, _("is empty."), code)
    if size > limit_mb * 1024 * 1024:
        raise refusal(
            name,
            _("is %(size).1f MB; %(noun)s may be at most %(limit)s MB.")
            % {"size": size / 1024 / 1024, "noun": noun, "limit": limit_mb},
            code,
        )


def _zip_type(stream: IO[bytes]) -> Identified:
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for part, media_type in _OFFICE_PARTS.items():
                    if part in names:
                        return Identified(media_type, _(DESCRIPTIONS[media_type]))
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].strip().decode("ascii", "replace")
                if declared == ODT:
                    return Identified(ODT, _(DESCRIPTIONS[ODT]))
                return Identified(None, _("a document of type %s") % declared)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise Damaged from None
    return Identified(None, _("a ZIP archive"))


def _looks_like_text(sample: bytes) -> bool:
    """Decodable text without the control bytes binaries are full of."""
    if not sample:
        return False
    if not sample.startswith(_UTF_BOMS[1:]) and b"\x00" in sample:
        return False
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return False
    decoded = str(best)
    controls = sum(1 for c in decoded if ord(c) < 32 and c not in "\t\n\r\f\v")
    return controls <= max(2, len(decoded) // 1000)


def _describe(head: bytes) -> str:
    for magic, what in _OTHER_MAGIC:
        if head.startswith(magic):
            return _(what)
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return _(DESCRIPTIONS[HTML])
    return _("a file of unknown type")


def identify(stream: IO[bytes], *, text: bool = False) -> Identified:
    """What `stream` contains, by its first bytes (and, for ZIPs, its parts).

    With `text`, a file that is decodable text is recognised as HTML (if it has markup) or
    plain text; otherwise text is named but not recognised. Raises `Damaged` for a broken
    ZIP. Leaves the stream at its start.
    """
    stream.seek(0)
    head = stream.read(64)
    stream.seek(0)
    try:
        if head.startswith(b"%PDF-"):
            return Identified(PDF, _(DESCRIPTIONS[PDF]))
        if head.startswith(_ZIP_MAGIC):
            return _zip_type(stream)
        for magic, what in _OTHER_MAGIC:
            # A script is text, but never a document we accept.
            if head.startswith(magic):
                return Identified(None, _(what))
        if text:
            sample = stream.read(_TEXT_SAMPLE)
            if _looks_like_text(sample):
                body = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
                if _MARKUP.search(body[:4096]):
                    return Identified(HTML, _(DESCRIPTIONS[HTML]))
                return Identified(TXT, _(DESCRIPTIONS[TXT]))
        return Identified(None, _describe(head))
    finally:
        stream.seek(0)
