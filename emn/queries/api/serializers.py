"""How ad-hoc queries read in the API.

Views hand these serializers only what the reader may see: the query comes from
`visible_to`, a country's state is filled in only for readers allowed to know it, and the
compilation is the `Matrix` of `build_matrix`, public or not as the view decided.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from emn.contributions.models import Contribution
from emn.network.api.serializers import CountryBriefSerializer, ThemeSerializer
from emn.queries.compilation import Matrix, Row
from emn.queries.models import AdHocQuery, Clarification, Compilation, Export, Question

STATES = ", ".join(f"`{s}`" for s in AdHocQuery.State.values)
COUNTRY_STATES = ", ".join(f"`{s}`" for s in Contribution.State.values)
KINDS = ", ".join(f"`{k}`" for k in Question.Kind.values)


def _state(help_text: str, **kwargs: Any) -> serializers.CharField:
    # Plain strings: several models have a `state`, and one enum name cannot describe them all.
    return serializers.CharField(read_only=True, help_text=help_text, **kwargs)


class QuestionSerializer(serializers.ModelSerializer):
    kind = _state(f"Type of answer expected: {KINDS}.")

    class Meta:
        model = Question
        fields = [
            "id",
            "position",
            "kind",
            "text",
            "help_text",
            "required",
            "choices",
            "unit",
            "table_rows",
            "table_columns",
        ]
        read_only_fields = fields


class ClarificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Clarification
        fields = ["id", "question", "text", "at"]
        read_only_fields = fields


class CompilationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Compilation
        fields = ["version", "introduction", "findings", "created_at"]
        read_only_fields = fields


class QuerySerializer(serializers.ModelSerializer):
    """A query in a list."""

    theme = ThemeSerializer(read_only=True)
    state = _state(f"One of {STATES}.")
    requester = serializers.SerializerMethodField()
    deadline = serializers.DateField(source="request.deadline", read_only=True)

    class Meta:
        model = AdHocQuery
        fields = [
            "id",
            "reference",
            "title",
            "theme",
            "keywords",
            "state",
            "dissemination",
            "requester",
            "deadline",
            "created_at",
        ]

    @extend_schema_field(OpenApiTypes.STR)
    def get_requester(self, query: AdHocQuery) -> str | None:
        """Eurostat code of the requesting country; `null` when the Commission asks."""
        country = query.request.requester_country
        return country.code if country else None


class CountryAskedSerializer(serializers.Serializer):
    country = CountryBriefSerializer(read_only=True)
    state = _state(
        f"The country's response: {COUNTRY_STATES}; `null` when you may not know it.",
        allow_null=True,
    )


class QueryDetailSerializer(QuerySerializer):
    """A query with its questions, clarifications, countries asked and newest compilation."""

    questions = QuestionSerializer(many=True, read_only=True)
    clarifications = ClarificationSerializer(many=True, read_only=True)
    concepts: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="uri",
        many=True,
        read_only=True,
        help_text="URIs of the glossary concepts it is keyworded with.",
    )
    countries = serializers.SerializerMethodField()
    compilation = serializers.SerializerMethodField()

    class Meta(QuerySerializer.Meta):
        fields = [
            *QuerySerializer.Meta.fields,
            "background",
            "concepts",
            "questions",
            "clarifications",
            "countries",
            "compilation",
        ]

    @extend_schema_field(CountryAskedSerializer(many=True))
    def get_countries(self, query: AdHocQuery) -> list[dict[str, Any]]:
        """Each country asked; the view put the states the reader may know in the context."""
        known: dict[int, str] = self.context.get("country_states", {})
        return [
            CountryAskedSerializer(
                {"country": c.country, "state": known.get(c.pk)}, context=self.context
            ).data
            for c in sorted(query.request.contributions.all(), key=lambda c: c.country.code)
        ]

    @extend_schema_field(CompilationSerializer(allow_null=True))
    def get_compilation(self, query: AdHocQuery) -> dict[str, Any] | None:
        """The newest version of the compilation, if any."""
        newest = max(query.compilations.all(), key=lambda c: c.version, default=None)
        return CompilationSerializer(newest).data if newest else None


class AnswerSerializer(serializers.Serializer):
    value = serializers.JSONField(
        read_only=True, allow_null=True, help_text="In the shape of the question's type."
    )
    comment = serializers.CharField(read_only=True)


class ResponseSerializer(serializers.ModelSerializer):
    """One country's response to a query."""

    country = CountryBriefSerializer(read_only=True)
    state = _state(f"One of {COUNTRY_STATES}.")
    version = serializers.IntegerField(
        read_only=True, help_text="Send it back with your next save to detect conflicts."
    )
    answers = serializers.SerializerMethodField()

    class Meta:
        model = Contribution
        fields = [
            "country",
            "state",
            "version",
            "publishable",
            "reason",
            "updated_at",
            "submitted_at",
            "answers",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.DictField(child=AnswerSerializer()))
    def get_answers(self, contribution: Contribution) -> dict[str, Any]:
        """Answers keyed by question id."""
        return {
            str(a.question_id): {"value": a.value, "comment": a.comment}
            for a in contribution.answers.all()
        }


class StaleSaveSerializer(serializers.Serializer):
    """What a 409 carries: the message, and what is stored now, to compare with yours."""

    detail = serializers.CharField()
    version = serializers.IntegerField()
    answers = serializers.DictField(child=AnswerSerializer())


class RowSerializer(serializers.Serializer):
    country = CountryBriefSerializer(read_only=True)
    state = _state(f"One of {COUNTRY_STATES}.")
    reason = serializers.CharField(read_only=True, help_text="Why the country declined.")
    answers = serializers.SerializerMethodField()

    @extend_schema_field(serializers.DictField(child=AnswerSerializer()))
    def get_answers(self, row: Row) -> dict[str, Any]:
        """Answers keyed by question id."""
        return {
            str(pk): {"value": cell.value, "comment": cell.comment}
            for pk, cell in row.cells.items()
        }


class MatrixSerializer(serializers.Serializer):
    """The country-by-question comparison of the submitted answers."""

    public = serializers.BooleanField(
        read_only=True, help_text="The public version: only answers their country allowed."
    )
    compilation = serializers.SerializerMethodField()
    questions = QuestionSerializer(many=True, read_only=True)
    rows = RowSerializer(many=True, read_only=True)
    withheld = CountryBriefSerializer(
        many=True, read_only=True, help_text="Countries that answered but are not shown."
    )
    outstanding = CountryBriefSerializer(
        many=True, read_only=True, help_text="Countries that have not (yet) answered."
    )
    summaries = serializers.DictField(
        child=serializers.DictField(child=serializers.JSONField()),
        read_only=True,
        help_text="For each closed question by id: counts, or count, min, max, mean, median.",
    )

    @extend_schema_field(CompilationSerializer(allow_null=True))
    def get_compilation(self, matrix: Matrix) -> dict[str, Any] | None:
        """The asker's introduction and findings, newest version."""
        newest = matrix.query.compilations.order_by("-version").first()
        return CompilationSerializer(newest).data if newest else None


class ExportSerializer(serializers.ModelSerializer):
    """An export of the compilation, built in the background; ask again until it is finished."""

    format = _state(f"One of {', '.join(f'`{f}`' for f in Export.Format.values)}.")
    status = _state(f"One of {', '.join(f'`{s}`' for s in Export.Status.values)}.")
    progress = serializers.IntegerField(read_only=True, help_text="Percent done, 0 to 100.")
    error = serializers.CharField(read_only=True, help_text="Why it failed; empty otherwise.")
    status_url = serializers.SerializerMethodField()
    download_url = serializers.SerializerMethodField()

    class Meta:
        model = Export
        fields = [
            "id",
            "format",
            "public",
            "status",
            "progress",
            "error",
            "created_at",
            "finished_at",
            "status_url",
            "download_url",
        ]
        read_only_fields = fields

    def _url(self, export: Export, name: str) -> str:
        return reverse(
            name,
            kwargs={"pk": export.query_id, "export_pk": export.pk},
            request=self.context.get("request"),
        )

    @extend_schema_field(OpenApiTypes.URI)
    def get_status_url(self, export: Export) -> str:
        """Where to follow the export."""
        return self._url(export, "api:query-export-detail")

    @extend_schema_field(OpenApiTypes.URI)
    def get_download_url(self, export: Export) -> str | None:
        """Where to download the file once `status` is `done`; `null` before."""
        if export.status != Export.Status.DONE or not export.file:
            return None
        return self._url(export, "api:query-export-download")
