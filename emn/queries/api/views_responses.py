"""The API of one country's response to a query: read, save, submit and return it."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import Http404
from drf_spectacular.utils import (
    extend_schema,
)
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.schema import NOT_FOUND
from emn.api.viewsets import WritableViewSet
from emn.contributions.models import Contribution
from emn.queries import services
from emn.queries.api import inputs, serializers
from emn.queries.api.views_common import (
    ACTION_ERRORS,
    CODE,
    COUNTRY,
    STALE,
)
from emn.queries.models import AdHocQuery, Answer


class ResponsesMixin(WritableViewSet):
    """The `responses/{code}` actions of `AdHocQueryViewSet`."""

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
