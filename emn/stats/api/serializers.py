"""What the statistics API returns: datasets, releases, dimensions, observations, revisions.

Labels are given in the negotiated language (`?lang=`, `Accept-Language`) through the one
fallback chain of the pages (`codelists.display.code_label`); titles also in every language
stored. Nobody's identity is shown: a release says when it was made, not by whom.
"""

from __future__ import annotations

from typing import Any

from django.utils import translation
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from emn.stats.codelists.display import code_label
from emn.stats.models import Code, Dataset, Dimension, Release

FLAG_HELP = "Eurostat's flag letters, e.g. `p` (provisional), `ep`; empty when none."


def language() -> str:
    return translation.get_language() or "en"


@extend_schema_serializer(component_name="StatsCode")
class CodeSerializer(serializers.Serializer):
    code = serializers.CharField()
    # `label` shadows an attribute of DRF's Field in the stubs; `to_representation` writes it.
    label = serializers.CharField(help_text="In the language of the answer.")  # type: ignore[assignment]
    observations = serializers.IntegerField(help_text="Observations with this code.")

    def to_representation(self, instance: Any) -> dict[str, Any]:
        code: Code = instance
        dimension = self.context["dimension_code"]
        return {
            "code": code.code,
            "label": code_label(dimension, code.code, language(), code.labels),
            "observations": code.observations,
        }


@extend_schema_serializer(component_name="StatsDimension")
class DimensionSerializer(serializers.Serializer):
    position = serializers.IntegerField(help_text="Place in the series key, from 0.")
    code = serializers.CharField(help_text="Also the name of its query parameter.")
    label = serializers.CharField()  # type: ignore[assignment]
    codes = CodeSerializer(many=True)

    def to_representation(self, instance: Any) -> dict[str, Any]:
        dimension: Dimension = instance
        context = {"dimension_code": dimension.code}
        return {
            "position": dimension.position,
            "code": dimension.code,
            "label": dimension.label(language()),
            "codes": CodeSerializer(dimension.codes.all(), many=True, context=context).data,
        }


@extend_schema_serializer(component_name="StatsRelease")
class ReleaseSerializer(serializers.ModelSerializer):
    # Declared, so the schema does not take the database's integer range (it differs).
    number = serializers.IntegerField(min_value=1)
    observations = serializers.IntegerField(min_value=0)
    series = serializers.IntegerField(min_value=0)
    source_bytes = serializers.IntegerField(min_value=0)
    changed = serializers.IntegerField(
        min_value=0, help_text="Values that differ from the previous release."
    )
    added = serializers.IntegerField(min_value=0, help_text="Values the previous one lacked.")
    removed = serializers.IntegerField(min_value=0, help_text="Values no longer given.")
    checksum = serializers.CharField(help_text="SHA-256 of the source file, hex.")
    source = serializers.CharField(help_text="Name of the file or dataset code ingested.")  # type: ignore[assignment]
    flag_counts = serializers.DictField(
        child=serializers.IntegerField(), help_text="Observations per flag (`` for none)."
    )
    frequencies = serializers.ListField(
        child=serializers.CharField(), help_text="`A`, `Q`, `M` ... as found in the periods."
    )
    warnings = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = Release
        fields = [
            "number",
            "state",
            "created_at",
            "source",
            "source_format",
            "checksum",
            "source_bytes",
            "observations",
            "series",
            "flag_counts",
            "first_period",
            "last_period",
            "frequencies",
            "changed",
            "added",
            "removed",
            "warnings",
        ]


@extend_schema_serializer(component_name="StatsReleaseDetail")
class ReleaseDetailSerializer(ReleaseSerializer):
    dimensions = DimensionSerializer(many=True, read_only=True)

    class Meta(ReleaseSerializer.Meta):
        fields = [*ReleaseSerializer.Meta.fields, "dimensions"]


@extend_schema_serializer(component_name="StatsDataset")
class DatasetSerializer(serializers.ModelSerializer):
    title = serializers.SerializerMethodField()
    themes: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    titles = serializers.DictField(
        child=serializers.CharField(), help_text='Language -> title, e.g. `{"en": "..."}`.'
    )
    descriptions = serializers.DictField(
        child=serializers.CharField(), help_text="Language -> description."
    )
    current_release = ReleaseSerializer(
        read_only=True, allow_null=True, help_text="Null until the first ingestion."
    )

    class Meta:
        model = Dataset
        fields = [
            "code",
            "agency",
            "source",
            "dissemination",
            "title",
            "titles",
            "descriptions",
            "themes",
            "updated_at",
            "current_release",
        ]

    def get_title(self, obj: Dataset) -> str:
        """In the language of the answer, else English, else the code."""
        return obj.title(language())


@extend_schema_serializer(component_name="StatsDatasetDetail")
class DatasetDetailSerializer(DatasetSerializer):
    dimensions = serializers.SerializerMethodField()

    class Meta(DatasetSerializer.Meta):
        fields = [*DatasetSerializer.Meta.fields, "dimensions"]

    @extend_schema_field(DimensionSerializer(many=True))
    def get_dimensions(self, obj: Dataset) -> list[dict[str, Any]]:
        """The current release's dimensions, with every code they take."""
        release = obj.current_release
        if release is None:
            return []
        rows = release.dimensions.prefetch_related("codes").order_by("position")
        return list(DimensionSerializer(rows, many=True).data)


@extend_schema_serializer(component_name="StatsObservation")
class ObservationSerializer(serializers.Serializer):
    key = serializers.DictField(
        child=serializers.CharField(), help_text='Dimension code -> code, e.g. `{"geo": "DE"}`.'
    )
    period = serializers.CharField(help_text="SDMX form: `2020`, `2020-Q1`, `2020-01` ...")
    value = serializers.FloatField(allow_null=True, help_text="Null: not available (`:`).")
    flag = serializers.CharField(help_text=FLAG_HELP)


@extend_schema_serializer(component_name="StatsObservationPage")
class ObservationPageSerializer(serializers.Serializer):
    dataset = serializers.CharField()
    release = serializers.IntegerField(help_text="Number of the release read.")
    dimensions = serializers.ListField(
        child=serializers.CharField(), help_text="Dimension codes in series-key order."
    )
    count = serializers.IntegerField(help_text="Observations matching, on every page.")
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ObservationSerializer(many=True)


@extend_schema_serializer(component_name="StatsRevision")
class RevisionSerializer(serializers.Serializer):
    release = serializers.IntegerField(help_text="The release that made the change.")
    created_at = serializers.DateTimeField()
    change = serializers.CharField(help_text="`changed`, `added` or `removed`.")
    old_value = serializers.FloatField(allow_null=True)
    old_flag = serializers.CharField()
    new_value = serializers.FloatField(allow_null=True)
    new_flag = serializers.CharField()


@extend_schema_serializer(component_name="StatsValueHistory")
class HistorySerializer(serializers.Serializer):
    dataset = serializers.CharField()
    release = serializers.IntegerField(help_text="The release whose value is `value`.")
    key = serializers.DictField(child=serializers.CharField())
    period = serializers.CharField()
    value = serializers.FloatField(allow_null=True, help_text="Null if absent or `:`.")
    flag = serializers.CharField(help_text=FLAG_HELP)
    found = serializers.BooleanField(help_text="Whether the release holds this observation.")
    revisions = RevisionSerializer(many=True, help_text="Oldest first.")
