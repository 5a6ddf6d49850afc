"""Exports of a compilation: requested as background tasks, followed, downloaded; CSV at once."""

from __future__ import annotations

from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_POST

from emn.accounts.roles import is_emn_member
from emn.queries import exports
from emn.queries.compilation import build_matrix, check_can_view
from emn.queries.models import Export
from emn.queries.tasks import build_export
from emn.queries.views.compilation import visible_query, wants_public


def _export(request: HttpRequest, pk: int, export_pk: int) -> Export:
    """The export, if the user may read the version it holds (403 otherwise)."""
    query = visible_query(request, pk)
    export = get_object_or_404(Export.objects.select_related("query"), pk=export_pk, query=query)
    check_can_view(request.user, query, export.public)
    return export


@require_POST
def export_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue an export of the version the user may read, then follow it on its status page."""
    query = visible_query(request, pk)
    public = not is_emn_member(request.user) or request.POST.get("public") == "1"
    check_can_view(request.user, query, public)
    extension = request.POST.get("format", "")
    if extension not in Export.Format.values:
        return HttpResponse(status=400)
    export = Export.objects.create(
        query=query,
        format=extension,
        public=public,
        language=get_language() or "en",
        requested_by=request.user if request.user.is_authenticated else None,
    )
    export_id = export.pk
    transaction.on_commit(lambda: build_export.enqueue(export_id))
    return redirect("queries:export_detail", pk=query.pk, export_pk=export.pk)


@require_GET
def export_detail(request: HttpRequest, pk: int, export_pk: int) -> HttpResponse:
    """The export's status; htmx asks again every 2 s for the status fragment until done."""
    export = _export(request, pk, export_pk)
    export.refresh_from_db()
    context = {"export": export, "query": export.query}
    if request.headers.get("HX-Request"):
        return render(request, "queries/export_status.html", context)
    return render(request, "queries/export_detail.html", context)


@require_GET
def export_download(request: HttpRequest, pk: int, export_pk: int) -> FileResponse:
    export = _export(request, pk, export_pk)
    if export.status != Export.Status.DONE or not export.file:
        raise Http404
    name = (export.file.name or "").rsplit("/", 1)[-1]
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=name)


@require_GET
def export_csv(request: HttpRequest, pk: int) -> HttpResponse:
    """The matrix as CSV, served at once: it is quick to write."""
    query = visible_query(request, pk)
    matrix = build_matrix(query, request.user, public=wants_public(request))
    response = HttpResponse(
        exports.render(matrix, "csv"), content_type=exports.WRITERS["csv"].content_type
    )
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(matrix, "csv")}"'
    return response
