"""The shape of what clients send to ad-hoc queries.

These serializers only parse: types, required fields, references to existing objects. The
service they feed checks permission, validates the rules, writes and audits.
"""

from __future__ import annotations

from rest_framework import serializers

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.usage import ConceptUriField
from emn.network.api.fields import CountryCodeField
from emn.queries.models import Export, Question


class QueryInput(serializers.Serializer):
    title = serializers.CharField(max_length=300)
    background = serializers.CharField(help_text="Why it is asked, and by whom nationally.")
    theme = serializers.SlugRelatedField(
        slug_field="code", queryset=Theme.objects.all(), help_text="Theme code, e.g. `return`."
    )
    keywords = serializers.ListField(child=serializers.CharField(), required=False)
    concepts = serializers.ListField(
        child=ConceptUriField(),
        required=False,
        help_text="URIs of the glossary concepts it is about (of a published edition).",
    )
    deadline = serializers.DateField(
        required=False, help_text="Default two weeks from today; at most four weeks."
    )
    countries = serializers.ListField(
        child=CountryCodeField(),
        required=False,
        help_text="Eurostat codes of the countries asked; default every participating country.",
    )
    dissemination = serializers.ChoiceField(
        choices=DisseminationLevel.choices, required=False, default=DisseminationLevel.EMN
    )


class QuestionInput(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Question.Kind.choices)
    text = serializers.CharField()
    help_text = serializers.CharField(required=False, allow_blank=True)  # type: ignore[assignment]
    required = serializers.BooleanField(required=False, default=False)  # type: ignore[assignment]
    choices = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="For choice questions."
    )
    unit = serializers.CharField(
        required=False, allow_blank=True, max_length=40, help_text="For number questions."
    )
    table_rows = serializers.ListField(child=serializers.CharField(), required=False)
    table_columns = serializers.ListField(child=serializers.CharField(), required=False)


class AnswersInput(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=0,
        help_text="The `version` of the response you started from; a stale one answers 409.",
    )
    answers = serializers.DictField(
        child=serializers.JSONField(allow_null=True),
        required=False,
        help_text="Values keyed by question id, in the shape of each question's type.",
    )
    comments = serializers.DictField(
        child=serializers.CharField(allow_blank=True),
        required=False,
        help_text="Comments keyed by question id.",
    )
    publishable = serializers.BooleanField(
        required=False, help_text="May this answer appear in a public compilation?"
    )


class ReturnInput(serializers.Serializer):
    reason = serializers.CharField(help_text="What the country should change.")


class CompileInput(serializers.Serializer):
    introduction = serializers.CharField(required=False, allow_blank=True, default="")
    findings = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="The main findings."
    )


class PublishInput(serializers.Serializer):
    dissemination = serializers.ChoiceField(
        choices=DisseminationLevel.choices,
        required=False,
        help_text="`public` to publish for everyone; default the query's own level.",
    )


class ExportInput(serializers.Serializer):
    format = serializers.ChoiceField(choices=Export.Format.choices)
    public = serializers.BooleanField(
        required=False,
        default=False,
        help_text="The public version: only answers their country allowed to publish. "
        "Always the public version for readers outside the EMN.",
    )
