"""Checking an uploaded attachment: its real type, read from its content, and its size.

Rule: only PDF, DOCX, XLSX and ODT are accepted, whatever the file is called; an executable
renamed `.pdf` or a plain ZIP renamed `.docx` is refused with what it really is. The reading
of the content is shared with the library (`emn.core.files`).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from emn.core.files import (
    DOCX,
    ODT,
    PDF,
    XLSX,
    Damaged,
    check_size,
    identify,
    refusal,
    upload_name,
    upload_size,
)
from emn.core.files import (
    EXTENSIONS as _ALL_EXTENSIONS,
)

__all__ = ["DOCX", "EXTENSIONS", "ODT", "PDF", "XLSX", "check_upload", "max_bytes"]

ACCEPTED = (PDF, DOCX, XLSX, ODT)
# The extension a stored file gets for each accepted type, whatever it was called.
EXTENSIONS = {media_type: _ALL_EXTENSIONS[media_type] for media_type in ACCEPTED}


def max_bytes() -> int:
    return int(getattr(settings, "EMN_ATTACHMENT_MAX_MB", 20) * 1024 * 1024)


def _not_accepted(name: str, what: str) -> ValidationError:
    return refusal(
        name,
        _("is %(what)s, not a PDF, DOCX, XLSX or ODT document.") % {"what": what},
        "attachment",
    )


def check_upload(uploaded_file: Any) -> str:
    """The media type of an uploaded attachment, decided by its content, not its name.

    Raises ValidationError naming the file when it is empty, larger than
    `EMN_ATTACHMENT_MAX_MB`, unreadable, or not a PDF, DOCX, XLSX or ODT document.
    Leaves the file positioned at its start.
    """
    name = upload_name(uploaded_file)
    limit_mb = int(getattr(settings, "EMN_ATTACHMENT_MAX_MB", 20))
    check_size(name, upload_size(uploaded_file), limit_mb, _("attachments"), "attachment")
    try:
        found = identify(uploaded_file)
    except Damaged:
        raise refusal(
            name, _("cannot be read: it is a damaged ZIP archive."), "attachment"
        ) from None
    if found.media_type not in ACCEPTED:
        raise _not_accepted(name, found.what)
    return found.media_type
