"""API views of ad-hoc queries.

Every query comes from `AdHocQuery.objects.visible_to(request.user)` and every response from
`Contribution.objects.visible_to(request.user)`, so a hidden query or another country's draft
answers 404 exactly like a missing one. Writes parse their input, then call the service,
which checks permission (403), validates (400) and audits.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, Http404, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from emn.accounts.roles import is_emn_member
from emn.api.language import LANG_PARAMETERS
from emn.api.schema import BAD_INPUT, NOT_FOUND, NOT_LOGGED_IN, WRITE_ERRORS
from emn.api.viewsets import WritableViewSet
from emn.contributions.models import Contribution
from emn.queries import permissions, services
from emn.queries.api import inputs, serializers
from emn.queries.api.csv_export import matrix_csv
from emn.queries.api.filters import AdHocQueryFilter
from emn.queries.compilation import Matrix, build_matrix
from emn.queries.models import AdHocQuery, Answer, Compilation, Export

CODE = r"(?P<code>[A-Za-z]{2})"
COUNTRY = OpenApiParameter(
    "code", OpenApiTypes.STR, OpenApiParameter.PATH, description="Eurostat code, e.g. `SI`."
)
PUBLIC = OpenApiParameter(
    "public",
    OpenApiTypes.BOOL,
    OpenApiParameter.QUERY,
    description="The public version: only answers their country allowed to publish. "
    "Always the public version for readers outside the EMN.",
)
STALE = OpenApiResponse(
    serializers.StaleSaveSerializer,
    description="Someone saved after the version you sent; nothing was written. The body "
    "holds what is stored now.",
)
READ_ERRORS = {403: OpenApiResponse(description="Not for you."), 404: NOT_FOUND}
EXPORT_ID = OpenApiParameter("export_pk", OpenApiTypes.INT, OpenApiParameter.PATH)
EXPORT_ERRORS = {
    400: BAD_INPUT,
    401: NOT_LOGGED_IN,
    403: OpenApiResponse(description="The version asked for is not for you."),
    404: NOT_FOUND,
}
ACTION_ERRORS = {**WRITE_ERRORS, 404: NOT_FOUND}


class CsvRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None
    ) -> bytes:
        return str(data if isinstance(data, str) else data.get("detail", data)).encode()


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


@extend_schema_view(
    list=extend_schema(summary="List ad-hoc queries", parameters=LANG_PARAMETERS),
    retrieve=extend_schema(
        summary="One ad-hoc query",
        description="With its questions, clarifications, the countries asked (each with the "
        "state of its response, when you may know it) and the newest compilation.",
        parameters=LANG_PARAMETERS,
        responses={200: serializers.QueryDetailSerializer, 404: NOT_FOUND},
    ),
    create=extend_schema(
        summary="Draft an ad-hoc query",
        description="An NCP coordinator (for their country) or the Commission.",
        request=inputs.QueryInput,
        responses={201: serializers.QueryDetailSerializer, **WRITE_ERRORS},
    ),
)
class AdHocQueryViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, WritableViewSet):
    """Ad-hoc queries: one NCP or the Commission asks the others a short set of questions."""

    serializer_class = serializers.QuerySerializer
    filterset_class = AdHocQueryFilter

    def get_queryset(self) -> QuerySet[AdHocQuery]:
        queries = AdHocQuery.objects.visible_to(self.request.user).select_related(
            "theme", "request__requester_country"
        )
        if self.action != "list":
            queries = queries.prefetch_related(
                "questions",
                "clarifications",
                "compilations",
                Prefetch(
                    "request__contributions",
                    queryset=Contribution.objects.select_related("country"),
                ),
            )
        return queries.order_by("-created_at", "-pk")

    def get_serializer_class(self) -> Any:
        return (
            serializers.QuerySerializer
            if self.action == "list"
            else serializers.QueryDetailSerializer
        )

    def get_renderers(self) -> list[BaseRenderer]:
        # `compilation.csv` without the slash reaches `compilation` with the `csv` suffix.
        if self.action == "compilation_csv" or self.kwargs.get("format") == "csv":
            return [CsvRenderer()]
        return super().get_renderers()

    def _detail(self, query: AdHocQuery, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=query.pk)
        user = self.request.user
        contributions = list(fresh.request.contributions.all())
        if permissions.is_query_asker(user, fresh):
            known = contributions
        else:
            visible = set(
                Contribution.objects.visible_to(user)
                .filter(request_id=fresh.request_id)
                .values_list("pk", flat=True)
            )
            known = [c for c in contributions if c.pk in visible]
        context = {
            **self.get_serializer_context(),
            "country_states": {c.pk: c.state for c in known},
        }
        return Response(serializers.QueryDetailSerializer(fresh, context=context).data, status=code)

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._detail(self.get_object())

    def create(self, request: Request) -> Response:
        given = inputs.QueryInput(data=request.data, context=self.get_serializer_context())
        given.is_valid(raise_exception=True)
        query = services.create_query(request.user, **given.validated_data)
        return self._detail(query, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Add a question to a draft",
        description="The asker, while the query is a draft.",
        request=inputs.QuestionInput,
        responses={201: serializers.QuestionSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"])
    def questions(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        given = inputs.QuestionInput(data=request.data)
        given.is_valid(raise_exception=True)
        question = services.add_question(request.user, query, **given.validated_data)
        return Response(
            serializers.QuestionSerializer(question).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        summary="Launch a draft",
        description="The asker; the query needs at least one question and a deadline not past.",
        request=None,
        responses={200: serializers.QueryDetailSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"])
    def launch(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        services.launch_query(request.user, query)
        return self._detail(query)

    @extend_schema(
        summary="Close an open query",
        description="The asker; no more answers are taken, and the query can be compiled.",
        request=None,
        responses={200: serializers.QueryDetailSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"])
    def close(self, request: Request, pk: str) -> Response:
        query = self.get_object()
        services.close_query(request.user, query)
        return self._detail(query)

    def _response_of(self, query: AdHocQuery, code: str) -> Contribution:
        found = (
            Contribution.objects.visible_to(self.request.user)
            .filter(request_id=query.request_id, country__code=code.upper())
            .select_related("country", "request")
            .first()
        )
        if found is None:
            raise Http404
        return found

    def _response(self, contribution: Contribution) -> Response:
        fresh = (
            Contribution.objects.select_related("country")
            .prefetch_related(Prefetch("answers", queryset=Answer.objects.order_by("question_id")))
            .get(pk=contribution.pk)
        )
        return Response(
            serializers.ResponseSerializer(fresh, context=self.get_serializer_context()).data
        )

    @extend_schema(
        methods=["GET"],
        summary="A country's response",
        description="The country's NCP reads its own; the asker once it is submitted; the "
        "Commission and the Service Provider always. Other countries' drafts answer 404.",
        parameters=[COUNTRY],
        responses={200: serializers.ResponseSerializer, 404: NOT_FOUND},
    )
    @extend_schema(
        methods=["PUT"],
        summary="Save answers of a country's response",
        description="The country's coordinator and contributors while the query is open. "
        "Send the `version` you read: a stale one answers 409 with what is stored, and "
        "nothing is written. Answers only change the questions they name.",
        parameters=[COUNTRY],
        request=inputs.AnswersInput,
        responses={200: serializers.ResponseSerializer, **ACTION_ERRORS, 409: STALE},
    )
    @action(detail=True, methods=["get", "put"], url_path=f"responses/{CODE}")
    def responses(self, request: Request, pk: str, code: str) -> Response:
        contribution = self._response_of(self.get_object(), code)
        if request.method == "GET":
            return self._response(contribution)
        given = inputs.AnswersInput(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        try:
            services.save_answers(
                request.user,
                contribution,
                data.get("answers", {}),
                data.get("comments", {}),
                expected_version=data["version"],
                publishable=data.get("publishable"),
            )
        except services.StaleContribution as exc:
            stored = exc.stored or {"version": exc.stored_version, "answers": {}}
            body = {
                "detail": exc.messages[0],
                "version": stored["version"],
                "answers": {str(pk): answer for pk, answer in stored["answers"].items()},
            }
            return Response(body, status=status.HTTP_409_CONFLICT)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                raise
            raise ValidationError({"answers": exc.messages}) from exc
        return self._response(contribution)

    @extend_schema(
        summary="Submit a country's response",
        description="The country's coordinator only, once every required question is answered.",
        parameters=[COUNTRY],
        request=None,
        responses={200: serializers.ResponseSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"], url_path=f"responses/{CODE}/submit")
    def submit(self, request: Request, pk: str, code: str) -> Response:
        contribution = self._response_of(self.get_object(), code)
        services.submit_response(request.user, contribution)
        return self._response(contribution)

    @extend_schema(
        summary="Return a response for changes",
        description="The asker returns a submitted response, with a reason.",
        parameters=[COUNTRY],
        request=inputs.ReturnInput,
        responses={200: serializers.ResponseSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"], url_path=f"responses/{CODE}/return", url_name="return")
    def return_response(self, request: Request, pk: str, code: str) -> Response:
        contribution = self._response_of(self.get_object(), code)
        given = inputs.ReturnInput(data=request.data)
        given.is_valid(raise_exception=True)
        services.return_response(request.user, contribution, given.validated_data["reason"])
        return self._response(contribution)

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
        public = _truthy(self.request.query_params.get("public")) or not is_emn_member(user)
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
