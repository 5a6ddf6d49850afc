"""Forms of the library pages: they parse input; the services decide and write.

Plain forms, as elsewhere: the service sees the publication as it was, checks permission,
validates and audits; its `ValidationError` comes back next to the field it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.glossary.usage import ConceptsField
from emn.library.models import Publication, PublicationType
from emn.library.views.common import language_name, reader_language, shown_text
from emn.network.forms import OrganisationChoiceField, ServiceForm
from emn.network.models import Country, Organisation

# The languages a publication's text or file may be in: the EU's official languages and
# those of the EMN's observer countries.
CONTENT_LANGUAGES = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
    "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    "hy", "ka", "mk", "no", "ru", "sq", "sr", "uk",
)  # fmt: skip


def language_choices() -> list[tuple[str, str]]:
    """Content languages, named and sorted in the reader's language."""
    named = [(code, f"{language_name(code)} ({code})") for code in CONTENT_LANGUAGES]
    return sorted(named, key=lambda choice: choice[1])


def language_choices_or_none() -> list[tuple[str, str]]:
    """The same, after an empty choice, so that an untouched blank text is left out."""
    return [("", gettext("Choose a language")), *language_choices()]


class CountryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Country) -> str:
        return obj.name


class CountriesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Country) -> str:
        return obj.name


class ThemesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Theme) -> str:
        return str(obj)


class EditionChoiceField(forms.ModelChoiceField):
    """An earlier edition, by its title in the reader's language, type and date."""

    def label_from_instance(self, obj: Publication) -> str:
        shown = shown_text(list(obj.texts.all()), reader_language())
        title = shown.title if shown else gettext("Untitled")
        return f"{title} — {obj.get_type_display()}, {obj.published_on:%Y-%m-%d}"


def _sorted_by_name(items: Iterable[Any]) -> list[tuple[Any, str]]:
    return sorted(((item.pk, item.name) for item in items), key=lambda choice: choice[1])


class PublicationForm(ServiceForm):
    """The publication's facts; its texts are a formset beside it."""

    type = forms.ChoiceField(label=_("Type"), choices=PublicationType.choices)
    published_on = forms.DateField(
        label=_("Publication date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    authors = forms.CharField(label=_("Authors"), max_length=500, required=False)
    country = CountryChoiceField(
        label=_("Producing NCP"),
        queryset=Country.objects.none(),
        required=False,
        empty_label=_("None: not a national publication"),
        help_text=_("For national publications: the country whose NCP produced it."),
    )
    producer = OrganisationChoiceField(
        label=_("Producing body"), queryset=Organisation.objects.none(), required=False
    )
    countries = CountriesField(
        label=_("Countries covered"),
        queryset=Country.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    themes = ThemesField(
        label=_("Themes"),
        queryset=Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    keywords = forms.CharField(
        label=_("Keywords"), required=False, help_text=_("Separate keywords with commas.")
    )
    concepts = ConceptsField()
    dissemination = forms.ChoiceField(
        label=_("Dissemination"),
        choices=DisseminationLevel.choices,
        initial=DisseminationLevel.PUBLIC,
    )
    supersedes = EditionChoiceField(
        label=_("Supersedes"),
        queryset=Publication.objects.none(),
        required=False,
        empty_label=_("Nothing: this is a first edition"),
        help_text=_("The previous edition, which this one replaces; it moves to the archive."),
    )
    link = forms.URLField(
        label=_("External link"), max_length=500, required=False, assume_scheme="https"
    )

    CHANGES = (
        "type",
        "published_on",
        "authors",
        "country",
        "producer",
        "countries",
        "themes",
        "keywords",
        "concepts",
        "dissemination",
        "supersedes",
        "link",
    )

    def __init__(
        self,
        *args: Any,
        countries: QuerySet[Country],
        producers: QuerySet[Organisation],
        editions: QuerySet[Publication],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        every_country = Country.objects.all()
        self.fields["country"].queryset = countries  # type: ignore[attr-defined]
        self.fields["country"].choices = [  # type: ignore[attr-defined]
            ("", self.fields["country"].empty_label),  # type: ignore[attr-defined]
            *_sorted_by_name(countries),
        ]
        self.fields["countries"].queryset = every_country  # type: ignore[attr-defined]
        self.fields["countries"].choices = _sorted_by_name(every_country)  # type: ignore[attr-defined]
        self.fields["producer"].queryset = producers  # type: ignore[attr-defined]
        self.fields["supersedes"].queryset = editions.prefetch_related("texts")  # type: ignore[attr-defined]
        self.fields["concepts"].offer(self, "concepts", reader_language())  # type: ignore[attr-defined]

    @staticmethod
    def initial_for(publication: Publication) -> dict[str, Any]:
        return {
            "type": publication.type,
            "published_on": publication.published_on,
            "authors": publication.authors,
            "country": publication.country_id,
            "producer": publication.producer_id,
            "countries": list(publication.countries.values_list("pk", flat=True)),
            "themes": list(publication.themes.values_list("pk", flat=True)),
            "keywords": ", ".join(publication.keywords),
            "concepts": list(publication.concepts.values_list("pk", flat=True)),
            "dissemination": publication.dissemination,
            "supersedes": publication.supersedes_id,
            "link": publication.link,
        }

    def clean_keywords(self) -> list[str]:
        return [word.strip() for word in self.cleaned_data["keywords"].split(",") if word.strip()]

    def arguments(self) -> dict[str, Any]:
        """What to hand to `create_publication` / `update_publication` (without the texts)."""
        data = self.cleaned_data
        values = {name: data[name] for name in self.CHANGES}
        values["countries"] = list(data["countries"])
        values["themes"] = list(data["themes"])
        values["concepts"] = list(data["concepts"])
        return values


class TextForm(forms.Form):
    """A title and summary in one language (only the first is marked required: a blank
    further language is left out)."""

    language = forms.ChoiceField(label=_("Language"), choices=language_choices_or_none)
    title = forms.CharField(label=_("Title"), max_length=500)
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class BaseTextFormSet(forms.BaseFormSet):
    """At least one text, and one text per language."""

    def _removed(self, form: forms.Form) -> bool:
        return bool(self._should_delete_form(form))  # type: ignore[attr-defined]

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        seen: set[str] = set()
        kept = 0
        for form in self.forms:
            if not form.has_changed() or self._removed(form):
                continue
            language = form.cleaned_data.get("language")
            if not language:
                continue
            kept += 1
            if language in seen:
                message = gettext(
                    "There is already a title in %(language)s: give each language one text."
                ) % {"language": language_name(language)}
                form.add_error("language", message)
            seen.add(language)
        if not kept:
            raise forms.ValidationError(
                gettext("Give the publication a title in at least one language.")
            )

    def texts(self) -> list[tuple[str, str, str]]:
        """(language, title, summary) of each filled-in text not marked for removal."""
        return [
            (
                form.cleaned_data["language"],
                form.cleaned_data["title"].strip(),
                form.cleaned_data.get("summary", "").strip(),
            )
            for form in self.forms
            if form.has_changed() and not self._removed(form)
        ]


def text_formset(data: Any, *, initial: list[dict[str, str]] | None = None) -> BaseTextFormSet:
    """The texts formset: the existing texts (each may be removed) and a blank one to add a
    language; a new publication starts with a text in the reader's language."""
    editing = bool(initial)
    formset_class = forms.formset_factory(
        TextForm, formset=BaseTextFormSet, extra=1, can_delete=editing
    )
    formset = formset_class(
        data, initial=initial if editing else [{"language": reader_language()}], prefix="texts"
    )
    if editing:
        for form in formset.forms[: len(initial or [])]:
            form.fields["DELETE"].label = _("Remove this language")
    return formset  # type: ignore[return-value]


class FileForm(ServiceForm):
    """A file of the publication and the language it is in."""

    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, DOCX, ODT, HTML or TXT."),
        allow_empty_file=True,  # The service names the empty file in its message.
    )
    language = forms.ChoiceField(label=_("Language of the file"), choices=language_choices_or_none)


class ArchivePolicyForm(ServiceForm):
    """Per type, how many months a publication stays current; empty: until superseded."""

    def __init__(self, *args: Any, months: dict[str, int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in PublicationType.choices:
            self.fields[value] = forms.IntegerField(
                label=label,
                required=False,
                min_value=1,
                max_value=1200,
                initial=months.get(value),
                widget=forms.NumberInput(attrs={"min": 1, "max": 1200, "inputmode": "numeric"}),
            )

    def changed_policies(self) -> list[tuple[str, int | None]]:
        """(type, months or None) for each type whose value changed."""
        return [(name, self.cleaned_data[name]) for name in self.changed_data]
