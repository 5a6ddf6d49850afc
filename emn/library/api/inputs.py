"""The shape of what clients send to the library.

These serializers only parse: types, required fields, references to existing objects. The
service they feed checks permission, validates the rules, writes and audits.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.usage import ConceptUriField
from emn.library.models import Publication, PublicationType
from emn.network.api.fields import CountryCodeField
from emn.network.models import Organisation


class TextInput(serializers.Serializer):
    language = serializers.CharField(max_length=12, help_text="Language code, e.g. `sl`.")
    title = serializers.CharField(max_length=500)
    summary = serializers.CharField(required=False, allow_blank=True, default="")


class PublicationInput(serializers.Serializer):
    type = serializers.ChoiceField(choices=PublicationType.choices)
    texts = TextInput(many=True, help_text="Title and summary, one per language (at least one).")
    authors = serializers.CharField(required=False, allow_blank=True, max_length=500)
    country = CountryCodeField(
        required=False,
        allow_null=True,
        help_text="For a national publication: Eurostat code of the producing NCP's country.",
    )
    producer = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(), required=False, allow_null=True
    )
    countries = serializers.ListField(
        child=CountryCodeField(), required=False, help_text="Eurostat codes of countries covered."
    )
    themes = serializers.ListField(
        child=serializers.SlugRelatedField(slug_field="code", queryset=Theme.objects.all()),
        required=False,
        help_text="Theme codes, e.g. `return`.",
    )
    keywords = serializers.ListField(child=serializers.CharField(), required=False)
    concepts = serializers.ListField(
        child=ConceptUriField(),
        required=False,
        help_text="URIs of the glossary concepts it is about (of a published edition).",
    )
    published_on = serializers.DateField()
    dissemination = serializers.ChoiceField(choices=DisseminationLevel.choices, required=False)
    supersedes = serializers.PrimaryKeyRelatedField(
        queryset=Publication.objects.all(),
        required=False,
        allow_null=True,
        help_text="Id of the previous edition this one replaces.",
    )
    link = serializers.URLField(required=False, allow_blank=True, max_length=500)

    def to_service(self) -> dict[str, Any]:
        """The validated data as the service takes it (texts as tuples)."""
        data = dict(self.validated_data)
        if "texts" in data:
            data["texts"] = [
                (t["language"], t["title"], t.get("summary", "")) for t in data["texts"]
            ]
        return data


class FileInput(serializers.Serializer):
    file = serializers.FileField(help_text="PDF, DOCX, ODT, HTML or plain text.")
    language = serializers.CharField(max_length=12, help_text="Language code of the file.")
