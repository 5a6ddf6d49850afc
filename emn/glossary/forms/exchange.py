"""Forms of the exchange pages: publishing an edition, importing SKOS, translation rounds."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.glossary import integrity
from emn.network.forms import ServiceForm

# Larger vocabularies than this are loaded with `manage.py import_skos`.
MAX_UPLOAD_MB = 200


class PublishForm(ServiceForm):
    published_on = forms.DateField(
        label=_("Publication date"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What is new in this edition, for its readers."),
    )


class ImportForm(ServiceForm):
    file = forms.FileField(
        label=_("SKOS file"),
        help_text=_("Turtle, RDF/XML, JSON-LD or N-Triples, up to %(mb)s MB.")
        % {"mb": MAX_UPLOAD_MB},
    )
    scheme_uri = forms.CharField(
        label=_("Concept scheme URI"),
        max_length=500,
        required=False,
        help_text=_("Only when the file holds several schemes: the one to import."),
    )
    mode = forms.ChoiceField(
        label=_("On problems"),
        choices=[
            (integrity.REFUSE, _("Refuse the file and report every problem")),
            (
                integrity.REPAIR,
                _("Keep the first label, drop what breaks the rules, and report it"),
            ),
        ],
        initial=integrity.REFUSE,
        widget=forms.RadioSelect,
    )
    dry_run = forms.BooleanField(
        label=_("Check only: report the problems, store nothing"), required=False
    )
    approve = forms.BooleanField(
        label=_("Approve the imported concepts (the next edition publishes them)"),
        required=False,
    )

    def clean_file(self) -> object:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB.") % {"mb": MAX_UPLOAD_MB}
            )
        return upload


class SheetUploadForm(ServiceForm):
    file = forms.FileField(
        label=_("Spreadsheet"), help_text=_("The CSV or XLSX file the translators filled in.")
    )
    dry_run = forms.BooleanField(
        label=_("Check only: report the problems, store nothing"), required=False
    )
