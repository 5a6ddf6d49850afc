"""Checking a library upload: its real type, read from its content, its size, its digest.

Rule: PDF, DOCX, ODT, HTML and TXT are accepted, whatever the file is called; HTML and TXT
have no magic number, so they are recognised as decodable text (with markup for HTML) and
a binary is never taken for text. A renamed executable or ZIP is refused with what it is.
The size limit is `EMN_LIBRARY_MAX_MB`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from emn.core.files import (
    DOCX,
    EXTENSIONS,
    HTML,
    ODT,
    PDF,
    TXT,
    Damaged,
    check_size,
    identify,
    refusal,
    upload_name,
    upload_size,
)

ACCEPTED = (PDF, DOCX, ODT, HTML, TXT)
ACCEPTED_EXTENSIONS = {media_type: EXTENSIONS[media_type] for media_type in ACCEPTED}
CODE = "library_file"


@dataclass(frozen=True)
class CheckedUpload:
    """What an accepted upload is: its clean name, media type, size and SHA-256."""

    name: str
    media_type: str
    size: int
    sha256: str


def max_mb() -> int:
    return int(getattr(settings, "EMN_LIBRARY_MAX_MB", 50))


def sha256_of(uploaded_file: Any) -> str:
    """The hex SHA-256 of the whole file, read in chunks; leaves the file at its start."""
    digest = hashlib.sha256()
    uploaded_file.seek(0)
    while chunk := uploaded_file.read(1024 * 1024):
        digest.update(chunk)
    uploaded_file.seek(0)
    return digest.hexdigest()


def stored_name(name: str, media_type: str) -> str:
    """The name the file is stored under: its own, with the extension of its real type."""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem or 'file'}.{ACCEPTED_EXTENSIONS[media_type]}"


def check_upload(uploaded_file: Any) -> CheckedUpload:
    """Check an upload for the library; raises ValidationError naming the file and the reason.

    Refused: an empty file; one larger than `EMN_LIBRARY_MAX_MB` (the message gives both
    sizes); a damaged ZIP; anything that is not a PDF, DOCX, ODT, HTML or TXT document by its
    content (the message says what it is). Leaves the file at its start.
    """
    name = upload_name(uploaded_file)
    size = upload_size(uploaded_file)
    check_size(name, size, max_mb(), _("library files"), CODE)
    try:
        found = identify(uploaded_file, text=True)
    except Damaged:
        raise refusal(name, _("cannot be read: it is a damaged ZIP archive."), CODE) from None
    if found.media_type is None or found.media_type not in ACCEPTED:
        raise refusal(
            name,
            _("is %(what)s, not a PDF, DOCX, ODT, HTML or plain text document.")
            % {"what": found.what},
            CODE,
        )
    return CheckedUpload(name, found.media_type, size, sha256_of(uploaded_file))
