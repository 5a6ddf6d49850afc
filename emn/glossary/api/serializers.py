"""The glossary in the API: a concept as one version of it (an edition or the working copy)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from emn.glossary.records import ConceptData


@extend_schema_serializer(component_name="GlossaryLabel")
class LabelSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["pref", "alt", "hidden"])
    language = serializers.CharField(help_text="BCP 47 tag without region, e.g. `de`.")
    country = serializers.CharField(
        help_text="Region of a national variant, e.g. `AT`; empty otherwise."
    )
    value = serializers.CharField()


@extend_schema_serializer(component_name="GlossaryDefinition")
class DefinitionSerializer(serializers.Serializer):
    language = serializers.CharField()
    country = serializers.CharField()
    # "context" and "source" shadow attributes of DRF's Field in the stubs; fields here only
    # describe the schema, `ConceptSerializer.to_representation` writes the values.
    context = serializers.CharField(help_text="`eu`, `global` or empty.")  # type: ignore[assignment]
    text = serializers.CharField()
    source = serializers.CharField()  # type: ignore[assignment]
    source_url = serializers.CharField()


@extend_schema_serializer(component_name="GlossaryNote")
class NoteSerializer(serializers.Serializer):
    kind = serializers.CharField()
    language = serializers.CharField()
    country = serializers.CharField()
    text = serializers.CharField()


@extend_schema_serializer(component_name="GlossaryMapping")
class MappingSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="exact, close, broad, narrow or related (SKOS match).")
    uri = serializers.CharField()


@extend_schema_serializer(component_name="GlossaryConcept")
class ConceptSerializer(serializers.Serializer):
    """A `ConceptData`; relations are concept URIs, `narrower` is the inverse of `broader`."""

    uri = serializers.CharField()
    key = serializers.CharField()
    status = serializers.ChoiceField(choices=["draft", "proposed", "approved", "deprecated"])
    labels = LabelSerializer(many=True)
    definitions = DefinitionSerializer(many=True)
    notes = NoteSerializer(many=True)
    broader = serializers.ListField(child=serializers.CharField())
    narrower = serializers.ListField(child=serializers.CharField())
    related = serializers.ListField(child=serializers.CharField())
    mappings = MappingSerializer(many=True)
    themes = serializers.ListField(child=serializers.CharField())
    replaced_by = serializers.CharField(allow_null=True)

    def to_representation(self, instance: Any) -> dict[str, Any]:
        record: ConceptData = instance
        narrower = self.context.get("narrower", {}).get(record.uri, [])
        return {
            "uri": record.uri,
            "key": record.key,
            "status": record.status,
            "labels": [
                {"kind": lb.kind, "language": lb.language, "country": lb.country, "value": lb.value}
                for lb in record.labels
            ],
            "definitions": [
                {
                    "language": d.language,
                    "country": d.country,
                    "context": d.context,
                    "text": d.text,
                    "source": d.source,
                    "source_url": d.source_url,
                }
                for d in record.definitions
            ],
            "notes": [
                {"kind": n.kind, "language": n.language, "country": n.country, "text": n.text}
                for n in record.notes
            ],
            "broader": record.broader,
            "narrower": sorted(narrower),
            "related": record.related,
            "mappings": [{"kind": kind, "uri": uri} for kind, uri in record.mappings],
            "themes": record.themes,
            "replaced_by": record.replaced_by,
        }


@extend_schema_serializer(component_name="GlossaryEdition")
class EditionSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    published_on = serializers.DateField()
    notes = serializers.CharField()
    concepts = serializers.IntegerField(help_text="How many concepts the edition holds.")
