"""API views of the library.

Every publication comes from `Publication.objects.visible_to(request.user)`, so a hidden one
answers 404 exactly like a missing one. Writes parse their input, then call the service,
which checks permission (403), validates (400) and audits.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, status
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from emn.api.language import LANG_PARAMETERS
from emn.api.schema import NOT_FOUND, WRITE_ERRORS
from emn.api.viewsets import WritableViewSet
from emn.library import services
from emn.library.api import inputs, serializers
from emn.library.filters import PublicationFilter
from emn.library.models import Publication, PublicationFile
from emn.library.querysets import PublicationQuerySet

ACTION_ERRORS = {**WRITE_ERRORS, 404: NOT_FOUND}
FILE_ID = OpenApiParameter("file_pk", OpenApiTypes.INT, OpenApiParameter.PATH)


@extend_schema_view(
    list=extend_schema(summary="List publications", parameters=LANG_PARAMETERS),
    retrieve=extend_schema(
        summary="One publication",
        description="Its titles and summaries per language, its files with the state of their "
        "text extraction, and the editions before and after it.",
        responses={200: serializers.PublicationSerializer, 404: NOT_FOUND},
    ),
    create=extend_schema(
        summary="Add a publication",
        description="The Commission, the Service Provider, or an NCP for a national "
        "publication of its own country (`country`).",
        request=inputs.PublicationInput,
        responses={201: serializers.PublicationSerializer, **WRITE_ERRORS},
    ),
    partial_update=extend_schema(
        summary="Change a publication",
        description="Fields given are changed; `texts` replaces all texts at once.",
        request=inputs.PublicationInput,
        responses={200: serializers.PublicationSerializer, **ACTION_ERRORS},
    ),
    destroy=extend_schema(
        summary="Delete a publication",
        description="The Commission only (the archive otherwise keeps everything).",
        responses={204: None, **ACTION_ERRORS},
    ),
)
class PublicationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    WritableViewSet,
):
    """Publications of the network, current and archive, with their files."""

    serializer_class = serializers.PublicationSerializer
    filterset_class = PublicationFilter
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self) -> QuerySet[Publication]:
        return (
            Publication.objects.visible_to(self.request.user)
            .select_related("country", "producer", "supersedes", "superseded_by")
            .prefetch_related(
                "texts",
                "countries",
                "themes",
                "concepts",
                Prefetch("files", queryset=PublicationFile.objects.order_by("language", "pk")),
            )
            .order_by("-published_on", "-pk")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        context = dict(super().get_serializer_context())
        # One query for "is it current?" of the whole page, not one per publication.
        context["current_ids"] = set(
            PublicationQuerySet(Publication).current().values_list("pk", flat=True)
        )
        return context

    def _detail(self, publication: Publication, code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=publication.pk)
        data = serializers.PublicationSerializer(fresh, context=self.get_serializer_context()).data
        return Response(data, status=code)

    def _narrowed(self, request: Request, narrowed: QuerySet[Publication]) -> Response:
        queryset = self.filter_queryset(narrowed)
        page = self.paginate_queryset(queryset)
        items = page if page is not None else list(queryset)
        data = self.get_serializer(items, many=True).data
        return self.get_paginated_response(data) if page is not None else Response(data)

    @extend_schema(summary="Current publications", parameters=LANG_PARAMETERS)
    @action(detail=False, methods=["get"])
    def current(self, request: Request) -> Response:
        """Not superseded and not older than the archive rule of their type."""
        return self._narrowed(request, self.get_queryset().current())  # type: ignore[attr-defined]

    @extend_schema(summary="Archived publications", parameters=LANG_PARAMETERS)
    @action(detail=False, methods=["get"])
    def archive(self, request: Request) -> Response:
        """Superseded editions and publications older than their type's archive rule."""
        return self._narrowed(request, self.get_queryset().archived())  # type: ignore[attr-defined]

    def create(self, request: Request) -> Response:
        given = inputs.PublicationInput(data=request.data, context=self.get_serializer_context())
        given.is_valid(raise_exception=True)
        publication = services.create_publication(request.user, **given.to_service())
        return self._detail(publication, status.HTTP_201_CREATED)

    def partial_update(self, request: Request, pk: str) -> Response:
        publication = self.get_object()
        given = inputs.PublicationInput(
            data=request.data, partial=True, context=self.get_serializer_context()
        )
        given.is_valid(raise_exception=True)
        services.update_publication(request.user, publication, **given.to_service())
        return self._detail(publication)

    def destroy(self, request: Request, pk: str) -> Response:
        services.delete_publication(request.user, self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Upload a file",
        description="Multipart form with `file` and `language`. The type is read from the "
        "content (PDF, DOCX, ODT, HTML, TXT); the text is extracted afterwards: follow "
        "`extraction` on the file.",
        request={"multipart/form-data": inputs.FileInput},
        responses={201: serializers.FileSerializer, **ACTION_ERRORS},
    )
    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser, FormParser])
    def files(self, request: Request, pk: str) -> Response:
        publication = self.get_object()
        given = inputs.FileInput(data=request.data)
        given.is_valid(raise_exception=True)
        row = services.add_file(
            request.user,
            publication,
            given.validated_data["file"],
            given.validated_data["language"],
        )
        data = serializers.FileSerializer(row, context=self.get_serializer_context()).data
        return Response(data, status=status.HTTP_201_CREATED)

    def _file(self, pk: str, file_pk: str) -> PublicationFile:
        publication = self.get_object()
        row = publication.files.filter(pk=file_pk).first()
        if row is None:
            raise Http404
        return row

    @extend_schema(
        methods=["GET"],
        summary="Download a file",
        parameters=[FILE_ID],
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, 404: NOT_FOUND},
    )
    @extend_schema(
        methods=["DELETE"],
        summary="Remove a file",
        parameters=[FILE_ID],
        responses={204: None, **ACTION_ERRORS},
    )
    @action(
        detail=True,
        methods=["get", "delete"],
        url_path=r"files/(?P<file_pk>[0-9]+)",
        url_name="file",
    )
    def file(self, request: Request, pk: str, file_pk: str) -> Any:
        row = self._file(pk, file_pk)
        if request.method == "DELETE":
            services.remove_file(request.user, row)
            return Response(status=status.HTTP_204_NO_CONTENT)
        try:
            opened = row.file.open("rb")
        except OSError:
            raise Http404 from None
        return FileResponse(
            opened, as_attachment=True, filename=row.name, content_type=row.media_type
        )
