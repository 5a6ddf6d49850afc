"""The API of a query's compilation: compile, publish, read it (JSON or CSV) and export it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import FileResponse, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    extend_schema,
)
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from emn.accounts.roles import is_emn_member
from emn.api.language import LANG_PARAMETERS
from emn.api.viewsets import WritableViewSet
from emn.queries import services
from emn.queries.api import inputs, serializers
from emn.queries.api.csv_export import matrix_csv
from emn.queries.api.views_common import (
    ACTION_ERRORS,
    EXPORT_ERRORS,
    EXPORT_ID,
    PUBLIC,
    READ_ERRORS,
    truthy,
)
from emn.queries.compilation import Matrix, build_matrix
from emn.queries.models import Compilation, Export


class CompilationMixin(WritableViewSet):
    """The compilation and export actions of `AdHocQueryViewSet`."""

    _detail: Callable[..., Response]  # the query as `AdHocQueryViewSet` shows it

    @extend_schema(
        summary="Compile a closed query",
        description="The asker writes the next version: introduction and main findings.",
        request=inputs.CompileInput,
        responses={201: serializers.CompilationSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="compile", url_name="compile")
    def compile_query(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        given = inputs.CompileInput(data=request.data)
        given.is_valid(raise_exception=True)
        compilation: Compilation = services.compile_query(
            request.user, query, **given.validated_data
        )
        return Response(
            serializers.CompilationSerializer(compilation).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary="Publish a compiled query",
        description="The asker; it is public only if its dissemination level is `public`.",
        request=inputs.PublishInput,
        responses={200: serializers.QueryDetailSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"])
    def publish(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        given = inputs.PublishInput(data=request.data)
        given.is_valid(raise_exception=True)
        services.publish_query(request.user, query, **given.validated_data)
        return self._detail(query)

    def _matrix(self) -> Matrix:
        query = self.get_object()
        user = self.request.user
        public = truthy(self.request.query_params.get("public")) or not is_emn_member(user)
        return build_matrix(query, user, public=public)

    def _csv(self, matrix: Matrix) -> HttpResponse:
        response = HttpResponse(matrix_csv(matrix), content_type="text/csv; charset=utf-8")
        name = (matrix.query.reference or f"query-{matrix.query.pk}").replace(".", "-")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response

    @extend_schema(
        summary="The compilation",
        description="The country-by-question comparison of the submitted answers, with "
        "summaries of closed questions. EMN members read the network version; `public=1` "
        "(and anyone outside the EMN) gets the public one, once published.",
        parameters=[PUBLIC, *LANG_PARAMETERS],
        responses={200: serializers.MatrixSerializer, **READ_ERRORS},
    )
    @action(detail=True, methods=["get"])
    def compilation(self, request: Request, pk: str, **kwargs: Any) -> Response | HttpResponse:
        matrix = self._matrix()
        if kwargs.get("format") == "csv":
            return self._csv(matrix)
        return Response(serializers.MatrixSerializer(matrix).data)

    @extend_schema(
        summary="The compilation as CSV",
        description="One row per country, one column per question, as the compilation; "
        "also at `compilation.csv` without the slash.",
        parameters=[PUBLIC],
        responses={(200, "text/csv"): OpenApiTypes.STR, **READ_ERRORS},
    )
    @action(detail=True, methods=["get"], url_path=r"compilation\.csv", url_name="compilation-csv")
    def compilation_csv(self, request: Request, pk: str, **kwargs: Any) -> HttpResponse:
        return self._csv(self._matrix())

    def _export(self, export: Export, code: int = status.HTTP_200_OK) -> Response:
        export.refresh_from_db()
        return Response(
            serializers.ExportSerializer(export, context=self.get_serializer_context()).data,
            status=code,
        )

    @extend_schema(
        summary="Export the compilation as DOCX, PDF or XLSX",
        description="Queues the export and answers 202 at once; follow it at `status_url`. "
        "EMN members get the network version unless they ask for the public one; anyone "
        "else gets the public version, once the query is published publicly.",
        request=inputs.ExportInput,
        responses={202: serializers.ExportSerializer, **EXPORT_ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="exports", url_name="exports")
    def exports(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        given = inputs.ExportInput(data=request.data)
        given.is_valid(raise_exception=True)
        export = services.request_export(
            request.user,
            query,
            given.validated_data["format"],
            public=given.validated_data["public"],
        )
        return self._export(export, status.HTTP_202_ACCEPTED)

    @extend_schema(
        summary="An export's status",
        description="Status, progress and error of an export; `download_url` once done. "
        "For whoever may read the version it holds.",
        parameters=[EXPORT_ID],
        responses={200: serializers.ExportSerializer, **READ_ERRORS},
    )
    @action(
        detail=True,
        methods=["get"],
        url_path=r"exports/(?P<export_pk>[0-9]+)",
        url_name="export-detail",
    )
    def export_detail(self, request: Request, pk: str, export_pk: str) -> Response:
        return self._export(services.readable_export(request.user, self.get_object(), export_pk))

    @extend_schema(
        summary="Download a finished export",
        description="The file, for whoever may read the version it holds; 404 until it is done.",
        parameters=[EXPORT_ID],
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, **READ_ERRORS},
    )
    @action(
        detail=True,
        methods=["get"],
        url_path=r"exports/(?P<export_pk>[0-9]+)/download",
        url_name="export-download",
    )
    def export_download(self, request: Request, pk: str, export_pk: str) -> FileResponse:
        export = services.readable_export(request.user, self.get_object(), export_pk)
        opened, name = services.downloadable_file(export)
        return FileResponse(opened, as_attachment=True, filename=name)
