"""Statistics: datasets, their releases, and the dimensions and codes each release carries.

Observations are not rows of the main database. Each release writes them once to a Parquet
file under `settings.STATS_ROOT`, sorted by series key and period, which DuckDB reads for
every slice (see docs/architecture.md, "Statistics storage"). The main database keeps what
pages, permissions and search need: the dataset, its releases (source, checksum, counts),
and each release's dimensions and codes with their labels. A release becomes the dataset's
current one in a single transaction after its file is complete, so an interrupted ingestion
leaves the previous release whole and visible.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from emn.core.dissemination import Disseminated
from emn.stats.querysets import ReleaseQuerySet


def label_in(labels: dict[str, str] | None, language: str, default: str) -> str:
    """The one fallback chain: the requested language, then English, then `default`."""
    labels = labels or {}
    return labels.get(language) or labels.get("en") or default


class Dataset(Disseminated):
    """A statistical dataset: a Eurostat table re-published, or a national data collection.

    Rules: `code` is the dataset's identifier at its agency (Eurostat's own code for
    Eurostat tables, lower case); `current_release` is the only release anybody reads
    by default, and it changes only when a newer release is complete.
    """

    class Source(models.TextChoices):
        EUROSTAT = "eurostat", _("Eurostat")
        COLLECTION = "collection", _("National data collection")
        OTHER = "other", _("Other source")

    code = models.SlugField(_("code"), max_length=80, unique=True)
    agency = models.CharField(_("agency"), max_length=20, default="ESTAT")
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.EUROSTAT
    )
    titles = models.JSONField(_("titles"), default=dict, blank=True)
    descriptions = models.JSONField(_("descriptions"), default=dict, blank=True)
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    concepts = models.ManyToManyField(
        "glossary.Concept",
        verbose_name=_("glossary concepts"),
        blank=True,
        related_name="+",
        help_text=_("Terms of the glossary this dataset measures."),
    )
    current_release = models.OneToOneField(
        "stats.Release",
        verbose_name=_("current release"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    class Meta:
        ordering = ["code"]
        verbose_name = _("dataset")

    def __str__(self) -> str:
        return self.code

    def title(self, language: str = "en") -> str:
        return label_in(self.titles, language, self.code)


class Release(models.Model):
    """One ingestion of a dataset: its source, checksum, counts and observations file.

    Rules: numbered 1, 2, 3 ... per dataset; the file is written before the row turns
    `current`, and never changes afterwards; a superseded release keeps its file, so
    revisions can be read back. Readers see a release when they may see its dataset.
    """

    class State(models.TextChoices):
        CURRENT = "current", pgettext_lazy("release", "Current")
        SUPERSEDED = "superseded", _("Superseded")

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="releases")
    number = models.PositiveIntegerField(_("number"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices)
    source = models.CharField(_("source"), max_length=500)
    source_format = models.CharField(_("format"), max_length=40)
    checksum = models.CharField(_("SHA-256 of the source"), max_length=64)
    source_bytes = models.BigIntegerField(_("bytes read"), default=0)
    path = models.CharField(_("observations file"), max_length=300)
    observations = models.BigIntegerField(_("observations"), default=0)
    series = models.BigIntegerField(_("series"), default=0)
    flag_counts = models.JSONField(_("observations per flag"), default=dict, blank=True)
    first_period = models.CharField(_("first period"), max_length=20, blank=True)
    last_period = models.CharField(_("last period"), max_length=20, blank=True)
    frequencies = models.JSONField(_("frequencies"), default=list, blank=True)
    changed = models.BigIntegerField(_("values changed since the previous release"), default=0)
    added = models.BigIntegerField(_("values added"), default=0)
    removed = models.BigIntegerField(_("values removed"), default=0)
    revisions_path = models.CharField(_("revisions file"), max_length=300, blank=True)
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    seconds = models.FloatField(_("seconds to ingest"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["dataset", "-number"]
        verbose_name = _("release")
        constraints = [
            models.UniqueConstraint(fields=["dataset", "number"], name="stats_release_number"),
        ]

    def __str__(self) -> str:
        return f"{self.dataset.code} #{self.number}"


class Dimension(models.Model):
    """A dimension of a release, in the order of its series key (time is not one of them).

    `code` is the dimension's id as the source names it, normalised to lower case; it is
    also the column name in the observations file.
    """

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="dimensions")
    position = models.PositiveSmallIntegerField(pgettext_lazy("order in a list", "position"))
    code = models.CharField(_("code"), max_length=60)
    labels = models.JSONField(_("labels"), default=dict, blank=True)

    class Meta:
        ordering = ["release", "position"]
        constraints = [
            models.UniqueConstraint(fields=["release", "code"], name="stats_dimension_code"),
        ]

    def __str__(self) -> str:
        return self.code

    def label(self, language: str = "en") -> str:
        """Stored label in the language, then the shared translated name, then English."""
        labels = self.labels or {}
        if labels.get(language):
            return labels[language]
        from django.utils import translation

        from emn.stats.codelists.common import common_dimension

        common = common_dimension(self.code)
        if common is not None:
            with translation.override(language):
                return str(common)
        return label_in(labels, language, self.code)


class Code(models.Model):
    """A value a dimension takes in a release, with its labels and how often it occurs."""

    dimension = models.ForeignKey(Dimension, on_delete=models.CASCADE, related_name="codes")
    code = models.CharField(_("code"), max_length=120)
    labels = models.JSONField(_("labels"), default=dict, blank=True)
    observations = models.BigIntegerField(_("observations"), default=0)

    class Meta:
        ordering = ["dimension", "code"]
        constraints = [
            models.UniqueConstraint(fields=["dimension", "code"], name="stats_code_unique"),
        ]

    def __str__(self) -> str:
        return self.code


class Codelist(models.Model):
    """Labels of a code list (Eurostat's CL_GEO, CL_CITIZEN ...), kept from structure files.

    Rule: a dimension takes its labels from the code list of the same id (dimension `geo`,
    code list `GEO`), so labels read once from a structure message or Eurostat's API serve
    every later release. `labels` maps code -> language -> label.
    """

    agency = models.CharField(_("agency"), max_length=20, default="ESTAT")
    code = models.CharField(_("code"), max_length=80)
    version = models.CharField(_("version"), max_length=20, blank=True)
    names = models.JSONField(_("names"), default=dict, blank=True)
    labels = models.JSONField(_("labels"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["agency", "code"]
        verbose_name = _("code list")
        constraints = [
            models.UniqueConstraint(fields=["agency", "code"], name="stats_codelist_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.agency}:{self.code}"


class IngestionJob(models.Model):
    """An ingestion asked for on the Commission's page, run by the task queue.

    Rules: the task writes its phase and progress (`done` of `total` per cent of the phase) on the row while
    it runs, and the report when it ends; running it again is safe, because a finished job
    is left as it is and an interrupted one had published nothing.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        CHECKED = "checked", _("Checked (dry run)")
        FAILED = "failed", _("Failed")

    state = models.CharField(_("state"), max_length=20, choices=State.choices, default="queued")
    upload = models.FileField(_("file"), upload_to="stats/uploads/", blank=True)
    upload_name = models.CharField(_("file name"), max_length=255, blank=True)
    requested_code = models.CharField(_("dataset code"), max_length=80, blank=True)
    dry_run = models.BooleanField(_("dry run"), default=False)
    phase = models.CharField(_("phase"), max_length=80, blank=True)
    done = models.BigIntegerField(_("done"), default=0)
    total = models.BigIntegerField(_("total"), default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    release = models.ForeignKey(
        Release, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ingestion")

    def __str__(self) -> str:
        return self.upload_name or self.requested_code or str(self.pk)


from emn.stats.collections.models import (  # noqa: E402, F401
    Collection,
    CollectionTemplate,
    CollectionVariable,
    DataRow,
)
from emn.stats.indicators.models import Indicator  # noqa: E402, F401
