"""The search index: one row per searchable object, and the term-translation table.

The full-text part lives beside `Document` in the engine's own structure: an FTS5 table
`search_fts` on SQLite, a `tsvector` column with a GIN index on PostgreSQL (see
`emn.search.backends`). Both are created by this app's migrations, for the running engine only.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who may find a document; decided by the source's own read rules when it is indexed."""

    PUBLIC = "public", _("Everyone")
    MEMBERS = "members", _("EMN members")
    RESTRICTED = "restricted", _("Named readers only")


class Document(models.Model):
    """One object of another app as the index sees it: its texts, facets and readers.

    Rules: one row per (source, object); written only by `emn.search.indexing`, from what the
    source's `search.py` declares, never edited by hand. Visibility is stored with the row
    (`audience`, `readers`) so that it is applied inside the engine's query, before ranking
    and counting: a restricted document never changes what another reader sees, not even a
    count. The Commission reads every document. No audit entry: the index is derived data.
    """

    source = models.CharField(_("source"), max_length=60)
    object_id = models.BigIntegerField(_("object id"))
    kind = models.CharField(_("type"), max_length=60, db_index=True)
    url = models.CharField(_("address"), max_length=500)
    # Titles per language ({"en": "...", "fr": "..."}), shown through the language fallback chain.
    titles = models.JSONField(_("titles"), default=dict)
    # The original texts, for snippets: [{"language": "sl", "weight": "C", "text": "..."}].
    segments = models.JSONField(_("texts"), default=list)
    # Multi-valued facets are stored space-delimited with a leading and trailing space
    # (" en fr "), so one `LIKE '% fr %'` filters them and one row carries every facet.
    languages = models.CharField(_("languages"), max_length=200, default=" ")
    themes = models.CharField(_("themes"), max_length=400, default=" ")
    countries = models.CharField(_("countries"), max_length=400, default=" ")
    date = models.DateField(_("date"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    dissemination = models.CharField(_("dissemination level"), max_length=10, default="public")
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices)
    # For restricted documents: " c:12 u:34 sp " = the NCP of country 12, user 34, the
    # Service Provider. Tokens are built by `emn.search.registry.readers_of`.
    readers = models.CharField(_("readers"), max_length=400, default=" ")
    boost = models.FloatField(_("boost"), default=1.0)
    indexed_at = models.DateTimeField(_("indexed at"), default=timezone.now)

    objects = models.Manager()

    class Meta:
        verbose_name = _("search document")
        constraints = [
            models.UniqueConstraint(fields=["source", "object_id"], name="one_document_per_object")
        ]
        indexes = [
            models.Index(fields=["audience", "date"], name="search_doc_audience_date"),
            models.Index(fields=["date"], name="search_doc_date"),
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.object_id}"


class TermTranslation(models.Model):
    """A term in one language, grouped with its translations by `concept`.

    Rule: rows sharing a `concept` translate each other; a query term found here is also
    searched in every other language of its concept (cross-lingual search). Filled by the
    glossary (one concept per glossary entry); `lemmas` is the term as the analyser reads it,
    so lookups match inflected query words. Written through `emn.search.translations`.
    """

    concept = models.CharField(_("concept"), max_length=300, db_index=True)
    language = models.CharField(_("language"), max_length=12)
    term = models.CharField(_("term"), max_length=300)
    lemmas = models.CharField(_("analysed term"), max_length=300, db_index=True)
    origin = models.CharField(_("origin"), max_length=40, default="glossary")

    objects = models.Manager()

    class Meta:
        verbose_name = _("term translation")
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "language", "term"], name="one_translation_row_per_term"
            )
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.language})"
