"""Exports of a compilation (DOCX, PDF, XLSX): requested, then read, by the pages and the API.

Who may have which version is `check_can_view`'s rule: the network version for EMN members,
the public one for anyone once the query is published publicly. No audit entry (a read).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import Http404
from django.utils.translation import get_language

from emn.accounts.roles import is_emn_member
from emn.queries.compilation import check_can_view
from emn.queries.models import AdHocQuery, Export
from emn.queries.tasks import build_export


def request_export(actor: Any, query: AdHocQuery, extension: str, *, public: bool) -> Export:
    """Queue an export of the version `actor` may read; readers outside the EMN get the public one.

    `query` must come from `AdHocQuery.objects.visible_to(actor)`. Raises `PermissionDenied`
    for a version the actor may not read, `ValidationError` for an unknown format.
    """
    public = public or not is_emn_member(actor)
    check_can_view(actor, query, public)
    if extension not in Export.Format.values:
        raise ValidationError(
            {
                "format": ValidationError(
                    models.Field.default_error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": extension},
                )
            }
        )
    with transaction.atomic():
        export = Export.objects.create(
            query=query,
            format=extension,
            public=public,
            language=get_language() or "en",
            requested_by=actor if actor.is_authenticated else None,
        )
        export_id = export.pk
        transaction.on_commit(lambda: build_export.enqueue(export_id))
    return export


def readable_export(actor: Any, query: AdHocQuery, export_pk: int | str) -> Export:
    """The export of `query` (from `visible_to`), if `actor` may read its version.

    Raises `Http404` when there is no such export, `PermissionDenied` when its version is not
    for the actor.
    """
    export = Export.objects.select_related("query").filter(pk=export_pk, query=query).first()
    if export is None:
        raise Http404
    check_can_view(actor, query, export.public)
    return export


def downloadable_file(export: Export) -> tuple[Any, str]:
    """The open file of a finished export and its name; `Http404` while it is not ready."""
    if export.status != Export.Status.DONE or not export.file:
        raise Http404
    name = (export.file.name or "").rsplit("/", 1)[-1]
    return export.file.open("rb"), name
