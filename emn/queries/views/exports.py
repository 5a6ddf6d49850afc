"""Exports of a compilation: requested as background tasks, followed, downloaded; CSV at once."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from emn.queries import exports, services
from emn.queries.compilation import build_matrix
from emn.queries.models import Export
from emn.queries.views.compilation import visible_query, wants_public


def _export(request: HttpRequest, pk: int, export_pk: int) -> Export:
    """The export, if the user may read the version it holds (403 otherwise)."""
    return services.readable_export(request.user, visible_query(request, pk), export_pk)


@require_POST
def export_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Queue an export of the version the user may read, then follow it on its status page."""
    query = visible_query(request, pk)
    try:
        export = services.request_export(
            request.user,
            query,
            request.POST.get("format", ""),
            public=request.POST.get("public") == "1",
        )
    except ValidationError:
        return HttpResponse(status=400)
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
    opened, name = services.downloadable_file(_export(request, pk, export_pk))
    return FileResponse(opened, as_attachment=True, filename=name)


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
