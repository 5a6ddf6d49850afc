"""API views of ad-hoc queries.

Every query comes from `AdHocQuery.objects.visible_to(request.user)` and every response from
`Contribution.objects.visible_to(request.user)`, so a hidden query or another country's draft
answers 404 exactly like a missing one. Writes parse their input, then call the service,
which checks permission (403), validates (400) and audits.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import (
    extend_schema,
    extend_schema_view,
)
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.language import LANG_PARAMETERS
from emn.api.schema import NOT_FOUND, WRITE_ERRORS
from emn.api.viewsets import WritableViewSet
from emn.contributions.models import Contribution
from emn.queries import permissions, services
from emn.queries.api import inputs, serializers
from emn.queries.api.views_common import (
    ACTION_ERRORS,
    CsvRenderer,
)
from emn.queries.api.views_compilation import CompilationMixin
from emn.queries.api.views_responses import ResponsesMixin
from emn.queries.filters import AdHocQueryFilter
from emn.queries.models import AdHocQuery


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
class AdHocQueryViewSet(
    ResponsesMixin,
    CompilationMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    WritableViewSet,
):
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
