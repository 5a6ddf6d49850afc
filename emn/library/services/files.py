"""Adding and removing a publication's files; their text is extracted by a task."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from emn.core import audit
from emn.library import permissions
from emn.library.files import check_upload, stored_name
from emn.library.models import Publication, PublicationFile
from emn.library.services._common import delete_stored, deny, index_later
from emn.library.services.publications import clean_language

_AUDITED = ("publication", "name", "language", "media_type", "size", "sha256")


def add_file(
    actor: Any, publication: Publication, uploaded_file: Any, language: str
) -> PublicationFile:
    """Store a file of the publication in `language` and queue the extraction of its text.

    Rule: PDF, DOCX, ODT, HTML or TXT by content, within `EMN_LIBRARY_MAX_MB`
    (`emn.library.files.check_upload`); stored under its name with the extension of its real
    type. Permission: `can_manage_files`. Audit: `library.add_file`. Task: `extract_text`.
    """
    deny(
        permissions.can_manage_files(actor, publication), _("You may not change this publication.")
    )
    language = clean_language(language, "language")
    checked = check_upload(uploaded_file)
    with transaction.atomic():
        row = PublicationFile(
            publication=publication,
            name=checked.name,
            language=language,
            media_type=checked.media_type,
            size=checked.size,
            sha256=checked.sha256,
            uploaded_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        row.file.save(stored_name(checked.name, checked.media_type), uploaded_file, save=False)
        # The stored copy is removed again if the transaction does not commit.
        stored = row.file.name
        storage = row.file.storage
        try:
            row.save()
            audit.record(
                actor,
                "library.add_file",
                row,
                after=audit.snapshot(row, _AUDITED),
                country_id=publication.country_id,
            )
        except Exception:
            delete_stored(storage, [stored])
            raise
        file_id = row.pk
        transaction.on_commit(lambda: _queue_extraction(file_id))
    return row


def _queue_extraction(file_id: int) -> None:
    from emn.library.tasks import extract_text

    extract_text.enqueue(file_id)


def remove_file(actor: Any, file: PublicationFile) -> None:
    """Remove a file of a publication; the stored file goes once the removal is committed.

    Permission: `can_remove_file`. Audit: `library.remove_file`. The publication is reindexed.
    """
    deny(permissions.can_remove_file(actor, file), _("You may not change this publication."))
    publication = file.publication
    name = file.file.name
    storage = file.file.storage
    with transaction.atomic():
        audit.record(
            actor,
            "library.remove_file",
            file,
            before=audit.snapshot(file, _AUDITED),
            country_id=publication.country_id,
        )
        file.delete()
        index_later(publication)
        transaction.on_commit(lambda: delete_stored(storage, [name]))
