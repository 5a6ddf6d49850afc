"""Background work of the ad-hoc queries: producing compilation exports."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django_tasks import task

from emn.queries import exports
from emn.queries.compilation import build_matrix
from emn.queries.models import Export

Status = Export.Status


def _progress(export_id: int) -> Any:
    last = {"percent": -1}

    def report(percent: int) -> None:
        # Write only every 5%, so a long export does not write a row per country.
        if percent >= last["percent"] + 5:
            last["percent"] = percent
            Export.objects.filter(pk=export_id).update(progress=percent)

    return report


@task()
def build_export(export_id: int) -> str:
    """Write the export's file from the matrix its requester may see; returns its status.

    The matrix is built again here, for the requester, so a right lost since the request is
    honoured; a failure is kept on the row with its message, for the status page.
    """
    export = Export.objects.select_related("query", "requested_by").get(pk=export_id)
    Export.objects.filter(pk=export_id).update(
        status=Status.RUNNING, started_at=timezone.now(), progress=0
    )
    user = export.requested_by or AnonymousUser()
    try:
        with translation.override(export.language):
            matrix = build_matrix(export.query, user, public=export.public)
            content = exports.render(matrix, export.format, _progress(export_id))
            name = exports.filename(matrix, export.format)
    except Exception as error:
        Export.objects.filter(pk=export_id).update(
            status=Status.FAILED,
            error=str(error) or type(error).__name__,
            finished_at=timezone.now(),
        )
        return Status.FAILED
    export.file.save(name, ContentFile(content), save=False)
    Export.objects.filter(pk=export_id).update(
        file=export.file.name, status=Status.DONE, progress=100, finished_at=timezone.now()
    )
    return Status.DONE
