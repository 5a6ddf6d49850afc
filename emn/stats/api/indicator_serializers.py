"""Indicators in the API: their definition per language, their formula and its inputs."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from emn.stats.api.serializers import FLAG_HELP, ObservationSerializer, language
from emn.stats.indicators.compute import spec_of
from emn.stats.indicators.models import Indicator
from emn.stats.indicators.spec import SpecError


@extend_schema_serializer(component_name="StatsIndicator")
class IndicatorSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()
    names = serializers.DictField(child=serializers.CharField(), help_text="Language -> name.")
    definition = serializers.SerializerMethodField()
    definitions = serializers.DictField(
        child=serializers.CharField(), help_text="Language -> definition."
    )
    decimals = serializers.IntegerField(min_value=0, help_text="Decimals it is shown with.")
    spec = serializers.DictField(
        help_text='The formula\'s inputs: `{"inputs": {role: {"dataset", "filters", '
        '"period_sum"} or a list of alternatives}, "align": [dimensions], "scale"}`.'
    )
    datasets = serializers.SerializerMethodField()
    themes: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="code", many=True, read_only=True
    )
    concepts: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="uri",
        many=True,
        read_only=True,
        help_text="URIs of the glossary concepts it measures.",
    )

    class Meta:
        model = Indicator
        fields = [
            "key",
            "name",
            "names",
            "definition",
            "definitions",
            "unit",
            "decimals",
            "formula",
            "spec",
            "datasets",
            "dissemination",
            "themes",
            "concepts",
            "updated_at",
        ]

    def get_name(self, obj: Indicator) -> str:
        """In the language of the answer, else English, else the key."""
        return obj.name(language())

    def get_definition(self, obj: Indicator) -> str:
        """In the language of the answer, else English."""
        return obj.definition(language())

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_datasets(self, obj: Indicator) -> list[str]:
        """Codes of the datasets the formula reads, in order of preference."""
        try:
            return spec_of(obj).datasets()
        except SpecError:
            return []


@extend_schema_serializer(component_name="StatsIndicatorInput")
class InputSerializer(serializers.Serializer):
    role = serializers.CharField(help_text="e.g. `numerator`, `denominator`, `population`.")
    dataset = serializers.CharField()
    release = serializers.IntegerField(help_text="The current release that was read.")


@extend_schema_serializer(component_name="StatsIndicatorValuePage")
class ValuePageSerializer(serializers.Serializer):
    indicator = serializers.CharField()
    unit = serializers.CharField()
    decimals = serializers.IntegerField()
    dimensions = serializers.ListField(
        child=serializers.CharField(), help_text="The dimensions values are keyed on."
    )
    inputs = InputSerializer(many=True)
    missing = serializers.ListField(
        child=serializers.CharField(),
        help_text="Roles with no dataset you may read: then there are no values.",
    )
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    results = ObservationSerializer(many=True, help_text=f"Values; flag: {FLAG_HELP}")
