"""The shape of `/api/v1/search/` answers (read-only: built from `emn.search.results`)."""

from __future__ import annotations

from rest_framework import serializers


class HitSerializer(serializers.Serializer):
    # The stubs read `source` and `label` as Field's own attributes; here they are fields.
    source = serializers.CharField(help_text="The indexing source, e.g. `queries.query`.")  # type: ignore[assignment]
    object_id = serializers.IntegerField()
    kind = serializers.CharField(help_text="Value of the `kind` facet, e.g. `query.response`.")
    kind_label = serializers.CharField()
    title = serializers.CharField(help_text="In your language if it exists, else in English.")
    title_language = serializers.CharField()
    url = serializers.CharField(help_text="Path of the object's page on this site.")
    snippet = serializers.CharField(
        help_text="HTML: the text escaped, the matched words in `<mark>`; nothing else."
    )
    languages = serializers.ListField(child=serializers.CharField())
    date = serializers.DateField(allow_null=True)
    dissemination = serializers.CharField(help_text="`public` or `emn` (EMN members only).")
    score = serializers.FloatField()


class FacetValueSerializer(serializers.Serializer):
    value = serializers.CharField(help_text="Pass it back as the facet's parameter to filter.")
    label = serializers.CharField()  # type: ignore[assignment]
    count = serializers.IntegerField(help_text="Matching items you may see with this value.")
    selected = serializers.BooleanField()


class TranslationSerializer(serializers.Serializer):
    term = serializers.CharField()
    language = serializers.CharField()


class SearchResultsSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Every matching item you may see.")
    page = serializers.IntegerField()
    pages = serializers.IntegerField()
    results = HitSerializer(many=True)
    facets = serializers.DictField(
        child=FacetValueSerializer(many=True),
        help_text="Per facet (kind, theme, country, language, year, dissemination), its values "
        "among the matching items, with counts.",
    )
    translations = TranslationSerializer(
        many=True, help_text="Terms the query was widened with through the translation table."
    )
    notices = serializers.ListField(
        child=serializers.CharField(), help_text="How the query was read, for the reader."
    )
