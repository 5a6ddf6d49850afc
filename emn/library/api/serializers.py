"""What the library's API returns: publications with their texts per language and files."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from emn.accounts.roles import is_emn_member
from emn.library.models import Publication, PublicationFile, PublicationText
from emn.library.querysets import PublicationQuerySet


class TextSerializer(serializers.ModelSerializer):
    class Meta:
        model = PublicationText
        fields = ["language", "title", "summary"]


class FileSerializer(serializers.ModelSerializer):
    extraction_label = serializers.CharField(source="get_extraction_display", read_only=True)
    download = serializers.SerializerMethodField()
    # Declared, so the schema does not take the database's integer range (it differs).
    pages = serializers.IntegerField(read_only=True, allow_null=True, min_value=0)
    size = serializers.IntegerField(read_only=True, min_value=0)

    class Meta:
        model = PublicationFile
        fields = [
            "id",
            "name",
            "language",
            "media_type",
            "size",
            "sha256",
            "extraction",
            "extraction_label",
            "extraction_error",
            "detected_language",
            "pages",
            "uploaded_at",
            "download",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_download(self, obj: PublicationFile) -> str:
        path = reverse("api:publication-file", kwargs={"pk": obj.publication_id, "file_pk": obj.pk})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class EditionSerializer(serializers.Serializer):
    """Another edition of the publication, as a link."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    published_on = serializers.DateField()


class PublicationSerializer(serializers.ModelSerializer):
    type_label = serializers.CharField(source="get_type_display", read_only=True)
    texts = TextSerializer(many=True, read_only=True)
    country: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="code", read_only=True
    )
    countries: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    themes: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    concepts: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="uri",
        many=True,
        read_only=True,
        help_text="URIs of the glossary concepts it is keyworded with.",
    )
    producer = serializers.SerializerMethodField()
    supersedes = serializers.SerializerMethodField()
    superseded_by = serializers.SerializerMethodField()
    is_current = serializers.SerializerMethodField()
    files = FileSerializer(many=True, read_only=True)

    class Meta:
        model = Publication
        fields = [
            "id",
            "type",
            "type_label",
            "texts",
            "authors",
            "country",
            "producer",
            "countries",
            "themes",
            "keywords",
            "concepts",
            "published_on",
            "dissemination",
            "link",
            "source_query",
            "supersedes",
            "superseded_by",
            "is_current",
            "files",
        ]

    def _edition(self, other: Publication | None) -> dict[str, Any] | None:
        if other is None:
            return None
        user = getattr(self.context.get("request"), "user", None)
        if other.dissemination != "public" and not is_emn_member(user):
            return None  # an edition the reader may not see is not even named
        return {"id": other.pk, "title": str(other), "published_on": other.published_on}

    @extend_schema_field(EditionSerializer(allow_null=True))
    def get_supersedes(self, obj: Publication) -> dict[str, Any] | None:
        return self._edition(obj.supersedes)

    @extend_schema_field(EditionSerializer(allow_null=True))
    def get_superseded_by(self, obj: Publication) -> dict[str, Any] | None:
        return self._edition(getattr(obj, "superseded_by", None))

    @extend_schema_field(OpenApiTypes.BOOL)
    def get_is_current(self, obj: Publication) -> bool:
        current = self.context.get("current_ids")
        if current is None:
            current = set(
                PublicationQuerySet(Publication)
                .current()
                .filter(pk=obj.pk)
                .values_list("pk", flat=True)
            )
        return obj.pk in current

    @extend_schema_field(
        {
            "type": "object",
            "nullable": True,
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
        }
    )
    def get_producer(self, obj: Publication) -> dict[str, Any] | None:
        if obj.producer is None:
            return None
        return {"id": obj.producer_id, "name": str(obj.producer)}
