"""The glossary and thesaurus: concepts, their labels per language, definitions, relations, editions.

A concept is an identity (`Concept`: its stable URI); what it says lives in versions
(`ConceptVersion` with its `Label`, `Definition`, `Note`, `Relation` and `Mapping` rows). Each
concept has one *working* version the working group edits, at most one *approved* version (a
copy made when the Commission approves) and one *edition* version per published edition (a
copy of the approved one). Every read therefore picks one set of versions: the working copy
for the working group, a published edition for everyone else; the same queries serve both.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.glossary.querysets import ConceptVersionQuerySet


class Scheme(models.Model):
    """A concept scheme: the EMN glossary, or a vocabulary imported from another tool.

    `titles` maps a language tag to the scheme's title in it.
    """

    key = models.SlugField(_("key"), max_length=60, unique=True)
    uri = models.CharField(_("URI"), max_length=500, unique=True)
    titles = models.JSONField(_("titles"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("concept scheme")

    def __str__(self) -> str:
        return self.title()

    def title(self, language: str = "en") -> str:
        titles = self.titles or {}
        return titles.get(language) or titles.get("en") or next(iter(titles.values()), self.key)


class Concept(models.Model):
    """A concept's identity: its URI (never changes) and the key in our page addresses."""

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="concepts")
    uri = models.CharField(_("URI"), max_length=500, unique=True)
    key = models.SlugField(_("key"), max_length=120)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["scheme", "key"]
        verbose_name = _("concept")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "key"], name="glossary_concept_key_unique")
        ]

    def __str__(self) -> str:
        return self.key


class Edition(models.Model):
    """A published edition of a scheme: number, date, and a frozen copy of each concept.

    Rule: editions are numbered 1, 2, 3 ... per scheme and never change once published.
    """

    scheme = models.ForeignKey(Scheme, on_delete=models.CASCADE, related_name="editions")
    number = models.PositiveIntegerField(_("number"))
    published_on = models.DateField(_("publication date"), default=timezone.localdate)
    notes = models.TextField(_("notes"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["scheme", "-number"]
        verbose_name = _("edition")
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "number"], name="glossary_edition_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.scheme.key} {self.number}"


class Stage(models.TextChoices):
    WORKING = "working", _("Working copy")
    APPROVED = "approved", _("Approved")
    EDITION = "edition", _("Edition")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PROPOSED = "proposed", _("Proposed")
    APPROVED = "approved", _("Approved")
    DEPRECATED = "deprecated", _("Deprecated")


class ConceptVersion(models.Model):
    """One version of what a concept says (see the module docstring for the three stages)."""

    concept = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="versions")
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    edition = models.ForeignKey(
        Edition, null=True, blank=True, on_delete=models.CASCADE, related_name="versions"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    replaced_by = models.ForeignKey(
        Concept,
        verbose_name=_("use instead"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    comment = models.TextField(_("comment"), blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)

    objects = ConceptVersionQuerySet.as_manager()  # type: ignore[misc]

    class Meta:
        ordering = ["concept", "stage"]
        verbose_name = _("concept version")
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "stage"],
                condition=Q(edition__isnull=True),
                name="glossary_version_one_per_stage",
            ),
            models.UniqueConstraint(
                fields=["concept", "edition"],
                condition=Q(edition__isnull=False),
                name="glossary_version_one_per_edition",
            ),
            models.CheckConstraint(
                name="glossary_version_edition_stage",
                condition=Q(stage="edition", edition__isnull=False)
                | (Q(edition__isnull=True) & ~Q(stage="edition")),
            ),
        ]
        indexes = [models.Index(fields=["stage", "edition"], name="glossary_version_set")]

    def __str__(self) -> str:
        return f"{self.concept_id}:{self.stage}:{self.edition_id or ''}"


class LabelKind(models.TextChoices):
    PREFERRED = "pref", _("Preferred term")
    ALTERNATIVE = "alt", _("Synonym or abbreviation")
    HIDDEN = "hidden", _("Hidden label (search only)")


class Label(models.Model):
    """A term for a concept in one language, optionally the national variant of one country.

    `language` is a BCP 47 tag without its region ("de", "sr-Latn"); `country` is the region
    ("AT"), so "de" + "AT" is the term used in Austria. Rule: at most one preferred term per
    version, language and country (the empty country being the language's common term).
    `sort_key` is the term folded for alphabetical order (case and diacritics dropped).
    """

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="labels")
    kind = models.CharField(_("kind"), max_length=6, choices=LabelKind.choices)
    language = models.CharField(_("language"), max_length=35)
    country = models.CharField(_("country"), max_length=3, blank=True)
    value = models.CharField(_("term"), max_length=1000)
    sort_key = models.CharField(max_length=200, blank=True)
    position = models.PositiveIntegerField(default=0)

    objects = models.Manager()

    class Meta:
        ordering = ["version", "language", "country", "kind", "position"]
        verbose_name = _("term")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "language", "country"],
                condition=Q(kind="pref"),
                name="glossary_one_pref_label",
            )
        ]
        indexes = [models.Index(fields=["language", "sort_key"], name="glossary_label_sort")]

    def __str__(self) -> str:
        return self.value

    @property
    def tag(self) -> str:
        """The BCP 47 tag, region included: "de-AT"."""
        return f"{self.language}-{self.country}" if self.country else self.language


class DefinitionContext(models.TextChoices):
    NONE = "", _("Not stated")
    EU = "eu", _("EU context")
    GLOBAL = "global", _("Global context")


class Definition(models.Model):
    """A definition in one language, with its context (EU or global) and its source."""

    version = models.ForeignKey(
        ConceptVersion, on_delete=models.CASCADE, related_name="definitions"
    )
    language = models.CharField(_("language"), max_length=35)
    country = models.CharField(_("country"), max_length=3, blank=True)
    context = models.CharField(
        _("context"), max_length=6, choices=DefinitionContext.choices, blank=True
    )
    text = models.TextField(_("definition"))
    source = models.CharField(_("source"), max_length=1000, blank=True)
    source_url = models.CharField(_("source link"), max_length=1000, blank=True)
    position = models.PositiveIntegerField(default=0)

    objects = models.Manager()

    class Meta:
        ordering = ["version", "language", "position"]
        verbose_name = _("definition")

    def __str__(self) -> str:
        return self.text[:80]


class NoteKind(models.TextChoices):
    NOTE = "note", _("Note")
    SCOPE = "scope", _("Scope note")
    EXAMPLE = "example", _("Example")
    HISTORY = "history", _("History note")
    EDITORIAL = "editorial", _("Editorial note")
    CHANGE = "change", _("Change note")


class Note(models.Model):
    """A note in one language (`language` empty for a note without a language tag)."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(_("kind"), max_length=10, choices=NoteKind.choices)
    language = models.CharField(_("language"), max_length=35, blank=True)
    country = models.CharField(_("country"), max_length=3, blank=True)
    text = models.TextField(_("note"))
    position = models.PositiveIntegerField(default=0)

    objects = models.Manager()

    class Meta:
        ordering = ["version", "kind", "language", "position"]
        verbose_name = _("note")

    def __str__(self) -> str:
        return self.text[:80]


class RelationKind(models.TextChoices):
    BROADER = "broader", _("Broader term")
    RELATED = "related", _("Related term")


class Relation(models.Model):
    """A broader or related link to another concept of the same scheme.

    Narrower is never stored: it is the inverse of broader, read from the same rows, so the
    two can never disagree. Related is stored once per direction it was stated and read both ways.
    """

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("kind"), max_length=8, choices=RelationKind.choices)
    target = models.ForeignKey(Concept, on_delete=models.CASCADE, related_name="+")

    objects = models.Manager()

    class Meta:
        ordering = ["version", "kind", "target"]
        verbose_name = _("relation")
        constraints = [
            models.UniqueConstraint(
                fields=["version", "kind", "target"], name="glossary_relation_unique"
            )
        ]
        indexes = [models.Index(fields=["target", "kind"], name="glossary_relation_target")]

    def __str__(self) -> str:
        return f"{self.kind} {self.target_id}"


class MappingKind(models.TextChoices):
    EXACT = "exact", "skos:exactMatch"
    CLOSE = "close", "skos:closeMatch"
    BROAD = "broad", "skos:broadMatch"
    NARROW = "narrow", "skos:narrowMatch"
    RELATED = "related", "skos:relatedMatch"


class Mapping(models.Model):
    """A link to a concept of another vocabulary (kept so imports export again unchanged)."""

    version = models.ForeignKey(ConceptVersion, on_delete=models.CASCADE, related_name="mappings")
    kind = models.CharField(_("kind"), max_length=8, choices=MappingKind.choices)
    uri = models.CharField(_("URI"), max_length=500)

    objects = models.Manager()

    class Meta:
        ordering = ["version", "kind", "uri"]
        verbose_name = _("mapping")

    def __str__(self) -> str:
        return f"{self.kind} {self.uri}"


class VocabularyImport(models.Model):
    """A SKOS file the Commission uploaded, imported by a task; its page shows the progress.

    `report` holds the importer's findings (counts and every problem) once it has run.
    """

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Imported")
        CHECKED = "checked", _("Checked (dry run)")
        REFUSED = "refused", _("Refused")
        FAILED = "failed", _("Failed")

    file = models.FileField(_("file"), upload_to="glossary/imports/%Y/%m/")
    filename = models.CharField(_("file name"), max_length=300)
    scheme_uri = models.CharField(_("scheme URI"), max_length=500, blank=True)
    mode = models.CharField(_("on problems"), max_length=10, default="refuse")
    dry_run = models.BooleanField(_("check only"), default=False)
    approve = models.BooleanField(_("approve imported concepts"), default=False)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vocabulary import")

    def __str__(self) -> str:
        return self.filename
