"""The Commission's ingestion form: a file to upload, or a Eurostat dataset code to fetch."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from emn.network.forms import ServiceForm
from emn.stats.ingest.sources import CODE

# Larger files than this are loaded with `manage.py ingest_eurostat`.
MAX_UPLOAD_MB = 500


class IngestionForm(ServiceForm):
    """Rule: a file, or a code, or both (the code then names the file's dataset)."""

    file = forms.FileField(
        label=_("Eurostat file"),
        required=False,
        help_text=_(
            "Bulk TSV (also .tsv.gz), SDMX-CSV, JSON-stat, SDMX-ML or the Data Explorer's "
            "CSV, up to %(mb)s MB."
        )
        % {"mb": MAX_UPLOAD_MB},
    )
    dataset_code = forms.CharField(
        label=_("Dataset code"),
        max_length=80,
        required=False,
        help_text=_(
            "Without a file: the Eurostat dataset to download, e.g. migr_asyappctza. "
            "With a file: the dataset it belongs to, when neither its content nor its name "
            "says so."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Check only: read and report, store nothing"), required=False
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data.get("file")
        if upload and upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB: load it with the ingest_eurostat command.")
                % {"mb": MAX_UPLOAD_MB}
            )
        return upload

    def clean_dataset_code(self) -> str:
        code = self.cleaned_data.get("dataset_code", "").strip().lower()
        if code and not CODE.match(code):
            raise forms.ValidationError(
                _("A dataset code has letters, digits and underscores, e.g. migr_eirtn.")
            )
        return code

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("file") and not data.get("dataset_code") and not self.errors:
            raise forms.ValidationError(
                _("Choose a file to upload, or type the code of a Eurostat dataset.")
            )
        return data
