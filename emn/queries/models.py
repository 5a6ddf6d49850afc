"""Ad-hoc queries: the questions one NCP or the Commission asks every other country."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import Disseminated
from emn.queries.querysets import AdHocQueryQuerySet


class AdHocQuery(Disseminated):
    """An ad-hoc query: background, typed questions, one response per targeted country.

    Rules: questions change only while drafting; after launch they are clarified through
    dated `Clarification` rows every respondent sees. Lifecycle: draft -> open -> closed ->
    compiled -> published, or withdrawn; each step is a `QueryEvent`. Its `Request` in the
    contributions engine holds the deadline and the countries asked.
    """

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        COMPILED = "compiled", _("Compiled")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    request = models.OneToOneField(
        "contributions.Request", on_delete=models.PROTECT, related_name="ad_hoc_query"
    )
    reference = models.CharField(_("reference"), max_length=20, unique=True, blank=True, null=True)
    title = models.CharField(_("title"), max_length=300)
    background = models.TextField(
        _("background"), help_text=_("Why it is asked, and by whom nationally.")
    )
    theme = models.ForeignKey(
        "core.Theme", verbose_name=_("theme"), on_delete=models.PROTECT, related_name="+"
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
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = AdHocQueryQuerySet.as_manager()  # type: ignore[misc]  # narrows the base manager

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ad-hoc query")
        verbose_name_plural = _("ad-hoc queries")

    def __str__(self) -> str:
        return f"{self.reference} {self.title}" if self.reference else self.title

    @property
    def audit_country_id(self) -> int | None:
        return self.request.requester_country_id


class Question(models.Model):
    """One typed question of a query, in its place in the list.

    Rule: the answer's shape follows `kind` (see `emn.queries.question_types`).
    """

    class Kind(models.TextChoices):
        TEXT = "text", _("Free text")
        YES_NO = "yes_no", _("Yes / no")
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")
        TABLE = "table", _("Table")

    query = models.ForeignKey(AdHocQuery, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveIntegerField(_("position"))
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("question"))
    help_text = models.TextField(_("guidance"), blank=True)
    required = models.BooleanField(_("required"), default=False)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    table_rows = models.JSONField(_("table rows"), default=list, blank=True)
    table_columns = models.JSONField(_("table columns"), default=list, blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["query", "position"]
        verbose_name = _("question")

    def __str__(self) -> str:
        return f"{self.position}. {self.text[:80]}"


class Clarification(models.Model):
    """A dated clarification of a launched query, shown to every respondent."""

    query = models.ForeignKey(AdHocQuery, on_delete=models.CASCADE, related_name="clarifications")
    question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.CASCADE, related_name="clarifications"
    )
    text = models.TextField(_("clarification"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["at"]

    def __str__(self) -> str:
        return self.text[:80]


class Answer(models.Model):
    """A country's answer to one question, inside its contribution.

    Rule: one per contribution and question; `value` has the shape the question's type
    demands, checked by `emn.queries.question_types.clean_value`.
    """

    contribution = models.ForeignKey(
        "contributions.Contribution", on_delete=models.CASCADE, related_name="answers"
    )
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    value = models.JSONField(_("answer"), null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)

    objects = models.Manager()

    class Meta:
        verbose_name = _("answer")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "question"], name="one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution} — {self.question}"


def attachment_path(instance: Attachment, filename: str) -> str:
    return (
        f"queries/{instance.contribution.request_id}/{instance.contribution.country_id}/{filename}"
    )


class Attachment(models.Model):
    """A document attached to a country's response (PDF, DOCX, XLSX, ODT; type checked by content)."""

    contribution = models.ForeignKey(
        "contributions.Contribution", on_delete=models.CASCADE, related_name="query_attachments"
    )
    file = models.FileField(upload_to=attachment_path)
    name = models.CharField(_("file name"), max_length=255)
    media_type = models.CharField(_("type"), max_length=120)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.name


class QueryEvent(models.Model):
    """One step of a query's lifecycle (launched, closed, compiled, published, withdrawn)."""

    query = models.ForeignKey(AdHocQuery, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=AdHocQuery.State.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.query} {self.kind}"


class Compilation(models.Model):
    """A version of the compiled comparison: the asker's introduction and main findings.

    Rule: versions are numbered per query and never rewritten; the newest is shown.
    """

    query = models.ForeignKey(AdHocQuery, on_delete=models.CASCADE, related_name="compilations")
    version = models.PositiveIntegerField()
    introduction = models.TextField(_("introduction"), blank=True)
    findings = models.TextField(_("main findings"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = models.Manager()

    class Meta:
        ordering = ["query", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["query", "version"], name="compilation_version_once")
        ]

    def __str__(self) -> str:
        return f"{self.query} v{self.version}"


from emn.queries.models_export import Export  # noqa: E402, F401 - registered with the app
