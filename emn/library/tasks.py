"""Background work of the library: extracting the text of an uploaded file."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from emn.library.extraction import Unreadable, detect_language, extract
from emn.library.models import PublicationFile

Extraction = PublicationFile.Extraction


def run_extraction(file_id: int) -> str:
    """Extract a file's text now, keep the outcome on its row, and reindex its publication.

    Safe to run again: it starts over from the stored file. A file that cannot be read is
    kept with status `failed` and "text could not be extracted: <why>". Returns the status.
    """
    row = PublicationFile.objects.filter(pk=file_id).select_related("publication").first()
    if row is None:
        return "missing"  # removed since the upload: nothing to do
    PublicationFile.objects.filter(pk=file_id).update(extraction=Extraction.RUNNING)
    changes: dict[str, object]
    try:
        with row.file.open("rb") as stream:
            content = stream.read()
        found = extract(content, row.media_type)
    except Unreadable as error:
        changes = _failed(str(error))
    except OSError:
        changes = _failed(_("the stored file is missing"))
    except Exception as error:  # a reader's own bug must not leave the file "running"
        changes = _failed(_("the reader failed (%s)") % (type(error).__name__,))
    else:
        changes = {
            "extraction": Extraction.DONE,
            "extraction_error": "",
            "text": found.text,
            "pages": found.pages,
            "detected_language": detect_language(found.text)[:12],
        }
    with transaction.atomic():
        PublicationFile.objects.filter(pk=file_id).update(**changes)
        _index(row.publication)
    return str(changes["extraction"])


def _failed(reason: str) -> dict[str, object]:
    return {
        "extraction": Extraction.FAILED,
        "extraction_error": _("text could not be extracted: %s") % reason,
        "text": "",
        "pages": None,
        "detected_language": "",
    }


def _index(publication: object) -> None:
    try:
        from emn.search.indexing import index_later
    except ImportError:  # the search app's indexing is not installed in this build
        return
    index_later(publication)


@task()
def extract_text(file_id: int) -> str:
    """The task queued on upload: see `run_extraction`."""
    return run_extraction(file_id)
