"""The library: every EMN publication, current and archive, with its files in their languages."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import Disseminated
from emn.library.querysets import PublicationQuerySet


class PublicationType(models.TextChoices):
    STUDY = "study", _("Study")
    SYNTHESIS = "synthesis", _("Synthesis report")
    NATIONAL_REPORT = "national_report", _("National report")
    INFORM = "inform", _("EMN Inform")
    AHQ_COMPILATION = "ahq_compilation", _("Ad-hoc query compilation")
    ANNUAL_REPORT = "annual_report", _("Annual report on migration and asylum")
    FACTSHEET = "factsheet", _("Country factsheet")
    BULLETIN = "bulletin", _("Bulletin")
    EXPERT_GROUP_PAPER = "expert_group_paper", _("Expert group paper")
    LEGISLATION = "legislation", _("Legislation")
    CASE_LAW = "case_law", _("Case law")
    POLICY = "policy", _("Policy document")
    OTHER = "other", _("Other")


class Publication(Disseminated):
    """A publication of the network or a document it gives access to (law, case law, policy).

    Rules: title and summary are `PublicationText` rows, one per language (at least one);
    files are `PublicationFile` rows, each in a language. A publication is current until a
    newer edition supersedes it (`supersedes` on the newer one) or it is older than the
    Commission's `ArchivePolicy` for its type; the archive keeps everything. `country` is the
    producing NCP's country for national publications: that NCP may edit it. An ad-hoc query
    compilation, once published, gets one automatically (`source_query`).
    """

    type = models.CharField(_("type"), max_length=30, choices=PublicationType.choices)
    authors = models.CharField(_("authors"), max_length=500, blank=True)
    country = models.ForeignKey(
        "network.Country",
        verbose_name=_("producing NCP"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="publications",
        help_text=_("For national publications: the country whose NCP produced it."),
    )
    producer = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("producing body"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
    )
    countries = models.ManyToManyField(
        "network.Country", verbose_name=_("countries covered"), blank=True, related_name="+"
    )
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    keywords = models.JSONField(_("keywords"), default=list, blank=True)
    concepts = models.ManyToManyField(
        "glossary.Concept",
        verbose_name=_("glossary concepts"),
        blank=True,
        related_name="+",
        help_text=_(
            "Terms of the glossary this is about; they make it findable in every language."
        ),
    )
    published_on = models.DateField(_("publication date"))
    supersedes = models.OneToOneField(
        "self",
        verbose_name=_("supersedes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="superseded_by",
        help_text=_("The previous edition, which this one replaces."),
    )
    link = models.URLField(_("external link"), blank=True, max_length=500)
    source_query = models.OneToOneField(
        "queries.AdHocQuery",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publication",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    objects = PublicationQuerySet.as_manager()  # type: ignore[misc]  # narrows the base manager

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [models.Index(fields=["type", "published_on"], name="library_pub_type_date")]

    def __str__(self) -> str:
        first = next(iter(self.texts.all()), None)
        return first.title if first else f"{self.get_type_display()} {self.published_on}"

    @property
    def audit_country_id(self) -> int | None:
        return self.country_id


class PublicationText(models.Model):
    """A publication's title and summary in one language (language is data, not a column)."""

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=12)
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["publication", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "language"], name="one_text_per_publication_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


def publication_file_path(instance: PublicationFile, filename: str) -> str:
    return f"library/{instance.publication_id}/{filename}"


class PublicationFile(models.Model):
    """A file of a publication, in one language, with the text extracted from it.

    Rules: the type is checked from the content on upload (PDF, DOCX, ODT, HTML, TXT) and the
    size is limited; extraction runs as a task and its outcome is kept on the row. A file whose
    text cannot be extracted is kept, with `extraction` = failed and the reason, never lost.
    """

    class Extraction(models.TextChoices):
        PENDING = "pending", _("Waiting for text extraction")
        RUNNING = "running", _("Extracting text")
        DONE = "done", _("Text extracted")
        FAILED = "failed", _("Text could not be extracted")

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=publication_file_path, max_length=300)
    name = models.CharField(_("file name"), max_length=255)
    language = models.CharField(_("language"), max_length=12)
    media_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64)
    extraction = models.CharField(
        _("text extraction"), max_length=10, choices=Extraction.choices, default=Extraction.PENDING
    )
    extraction_error = models.TextField(_("why the text could not be extracted"), blank=True)
    text = models.TextField(_("extracted text"), blank=True)
    detected_language = models.CharField(_("detected language"), max_length=12, blank=True)
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["publication", "language", "uploaded_at"]
        verbose_name = _("publication file")

    def __str__(self) -> str:
        return self.name


class ArchivePolicy(models.Model):
    """How long a publication of one type stays current, as the Commission sets it.

    Rule: a publication older than `months` moves to the archive even if nothing supersedes it;
    a type without a policy stays current until superseded. Audit: `library.policy_set`.
    """

    type = models.CharField(_("type"), max_length=30, choices=PublicationType.choices, unique=True)
    months = models.PositiveIntegerField(_("current for (months)"))

    objects = models.Manager()

    class Meta:
        ordering = ["type"]
        verbose_name = _("archive rule")

    def __str__(self) -> str:
        return f"{self.get_type_display()}: {self.months}"
