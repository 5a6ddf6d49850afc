"""The concept form of the working group: terms, definitions and notes as formsets, broader
and related concepts, themes.

The forms only parse: language tags are normalised ("DE-at" -> "de" + "AT") and checked, a
blank row is left out. `services.save_concept` applies the SKOS rules to the whole concept
against the working copy; its `ValidationError` comes back at the top of the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from emn.core.themes import ThemeCode
from emn.glossary import integrity
from emn.glossary.models import DefinitionContext, LabelKind, NoteKind
from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData
from emn.network.forms import ServiceForm

LANGUAGE_LIST = "language-tags"
COUNTRY_LIST = "country-codes"


def _tag_input(size: int = 9) -> forms.TextInput:
    return forms.TextInput(attrs={"list": LANGUAGE_LIST, "size": size, "autocomplete": "off"})


def clean_language(value: str) -> tuple[str, str]:
    """(language, country) of a BCP 47 tag typed in a form, or a ValidationError naming it."""
    value = value.strip().replace("_", "-")
    if not integrity.valid_tag(value):
        raise forms.ValidationError(
            gettext("“%(tag)s” is not a language tag (such as en, de, de-AT or sr-Latn).")
            % {"tag": value}
        )
    return integrity.split_tag(value)


def clean_country(value: str) -> str:
    value = value.strip().upper()
    alpha = len(value) == 2 and value.isalpha()
    numeric = len(value) == 3 and value.isdigit()  # UN M49 regions, e.g. 419
    if value and not (alpha or numeric):
        raise forms.ValidationError(
            gettext("“%(code)s” is not a country code (two letters, such as AT).") % {"code": value}
        )
    return value


class TaggedForm(forms.Form):
    """A row with a language tag; a region in the tag ("de-AT") becomes the country."""

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        tag = data.get("language")
        if not tag:
            return data
        try:
            language, region = clean_language(tag)
        except forms.ValidationError as error:
            self.add_error("language", error)
            return data
        country = data.get("country", "")
        if region and country and region != country:
            self.add_error(
                "country",
                gettext("The tag says %(region)s, the country %(country)s: keep one.")
                % {"region": region, "country": country},
            )
        data["language"], data["country"] = language, country or region
        return data

    def clean_country(self) -> str:
        return clean_country(self.cleaned_data.get("country", ""))


class LabelForm(TaggedForm):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=LabelKind.choices, initial=LabelKind.PREFERRED
    )
    language = forms.CharField(label=_("Language tag"), max_length=35, widget=_tag_input())
    country = forms.CharField(
        label=_("Country of a variant"),
        max_length=3,
        required=False,
        widget=forms.TextInput(attrs={"list": COUNTRY_LIST, "size": 4, "autocomplete": "off"}),
    )
    value = forms.CharField(label=_("Term"), max_length=1000)


class DefinitionForm(TaggedForm):
    language = forms.CharField(label=_("Language tag"), max_length=35, widget=_tag_input())
    country = forms.CharField(required=False, max_length=3, widget=forms.HiddenInput)
    context = forms.ChoiceField(
        label=_("Context"), choices=DefinitionContext.choices, required=False
    )
    text = forms.CharField(label=_("Definition"), widget=forms.Textarea(attrs={"rows": 3}))
    source = forms.CharField(label=_("Source"), max_length=1000, required=False)
    source_url = forms.URLField(
        label=_("Source link"), max_length=1000, required=False, assume_scheme="https"
    )


class NoteForm(TaggedForm):
    kind = forms.ChoiceField(label=_("Kind"), choices=NoteKind.choices, initial=NoteKind.SCOPE)
    language = forms.CharField(
        label=_("Language tag"), max_length=35, required=False, widget=_tag_input()
    )
    country = forms.CharField(required=False, max_length=3, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 2}))


class RowsFormSet(forms.BaseFormSet):
    """Rows of one kind; a blank new row, or one marked for removal, is left out."""

    def rows(self) -> list[tuple[int, forms.Form, bool]]:
        """(number, form, stored) of each row, for the template."""
        stored = self.initial_form_count()
        return [(n + 1, form, n < stored) for n, form in enumerate(self.forms)]

    def kept(self) -> list[dict[str, Any]]:
        stored = self.initial_form_count()
        return [
            form.cleaned_data
            for number, form in enumerate(self.forms)
            if (number < stored or form.has_changed())
            and form.cleaned_data
            and not self._should_delete_form(form)  # type: ignore[attr-defined]
        ]


def rows_formset(
    form: type[forms.Form], prefix: str, data: Any, initial: list[dict[str, Any]], extra: int
) -> RowsFormSet:
    factory = forms.formset_factory(form, formset=RowsFormSet, extra=extra, can_delete=True)
    formset = factory(data, initial=initial, prefix=prefix)
    for row in formset.forms[: len(initial)]:
        row.fields["DELETE"].label = _("Remove")
    return formset  # type: ignore[return-value]


class ConceptForm(ServiceForm):
    """The concept's links and themes (its terms and texts are the formsets beside it)."""

    broader = forms.MultipleChoiceField(
        label=_("Broader concepts"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    related = forms.MultipleChoiceField(
        label=_("Related concepts"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=ThemeCode.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, concepts: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["broader"].choices = list(concepts)  # type: ignore[attr-defined]
        self.fields["related"].choices = list(concepts)  # type: ignore[attr-defined]


class ConceptForms:
    """The concept form and its three formsets, bound and validated together."""

    def __init__(
        self, data: Any, record: ConceptData | None, concepts: Sequence[tuple[str, str]]
    ) -> None:
        record = record or ConceptData(uri="")
        self.main = ConceptForm(
            data,
            concepts=concepts,
            initial={
                "broader": record.broader,
                "related": record.related,
                "themes": record.themes,
            },
        )
        labels = [
            {"kind": lb.kind, "language": lb.language, "country": lb.country, "value": lb.value}
            for lb in record.labels
        ]
        definitions = [
            {
                "language": d.language,
                "country": d.country,
                "context": d.context,
                "text": d.text,
                "source": d.source,
                "source_url": d.source_url,
            }
            for d in record.definitions
        ]
        notes = [
            {"kind": n.kind, "language": n.language, "country": n.country, "text": n.text}
            for n in record.notes
        ]
        self.labels = rows_formset(LabelForm, "labels", data, labels, 3 if labels else 5)
        self.definitions = rows_formset(DefinitionForm, "definitions", data, definitions, 1)
        self.notes = rows_formset(NoteForm, "notes", data, notes, 1)

    @property
    def formsets(self) -> list[tuple[str, RowsFormSet]]:
        return [
            (str(_("Terms")), self.labels),
            (str(_("Definitions")), self.definitions),
            (str(_("Notes")), self.notes),
        ]

    @property
    def parts(self) -> list[tuple[str, str, str, RowsFormSet]]:
        """(prefix, heading, name of one row, formset) for the template."""
        return [
            ("labels", str(_("Terms")), str(_("Term")), self.labels),
            ("definitions", str(_("Definitions")), str(_("Definition")), self.definitions),
            ("notes", str(_("Notes")), str(_("Note")), self.notes),
        ]

    def is_valid(self) -> bool:
        results = [self.main.is_valid(), *(formset.is_valid() for _n, formset in self.formsets)]
        return all(results)

    def record(self, base: ConceptData) -> ConceptData:
        """`base` (the concept as stored, mappings included) with what the forms changed."""
        data = self.main.cleaned_data
        base.labels = [
            LabelData(row["kind"], row["language"], row["value"], row.get("country", ""))
            for row in self.labels.kept()
        ]
        base.definitions = [
            DefinitionData(
                row["language"],
                row["text"],
                row.get("context", ""),
                row.get("source", ""),
                row.get("source_url", ""),
                row.get("country", ""),
            )
            for row in self.definitions.kept()
        ]
        base.notes = [
            NoteData(row["kind"], row.get("language", ""), row["text"], row.get("country", ""))
            for row in self.notes.kept()
        ]
        base.broader = list(data["broader"])
        base.related = list(data["related"])
        base.themes = list(data["themes"])
        return base

    def error_summary(self) -> list[tuple[str, str]]:
        """Every error, with where it is ("Terms, row 2, Language tag"), for the summary."""
        summary = self.main.error_summary()
        for name, formset in self.formsets:
            summary += [(name, str(message)) for message in formset.non_form_errors()]
            for number, row in enumerate(formset.forms, start=1):
                for field, errors in row.errors.items():
                    where = gettext("%(part)s, row %(number)s") % {"part": name, "number": number}
                    label = row.fields[field].label if field in row.fields else ""
                    summary += [(f"{where}, {label}" if label else where, str(e)) for e in errors]
        return summary
