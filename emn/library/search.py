"""What the library puts in the search index: each publication, with its files' text.

Readers follow `Publication.objects.visible_to` exactly: public publications for everyone,
`emn` ones for EMN members. Titles weigh most (A, in their language), then summaries and
keywords (B), then the text extracted from files (D, in the file's language, or the
detected one when the file's language is not given). The glossary concepts it is keyworded
with add their published terms in every language (B), so it is found across languages.
"""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from emn.core.dissemination import DisseminationLevel
from emn.glossary.search import concept_texts
from emn.library.models import Publication, PublicationFile, PublicationType
from emn.search.registry import MEMBERS, PUBLIC, Entry, Readers, Source, Text, register


def publication_readers(publication: Publication) -> Readers:
    """Who finds the publication: the rule of `PublicationQuerySet.visible_to`."""
    return PUBLIC if publication.dissemination == DisseminationLevel.PUBLIC else MEMBERS


def kind_of(type_: str) -> str:
    return f"publication.{type_}"


class PublicationSource(Source):
    """Publications: titles and summaries per language, keywords, the files' text."""

    name = "library.publication"
    model = Publication
    kinds = {kind_of(value): label for value, label in PublicationType.choices}

    def queryset(self) -> QuerySet[Publication]:
        return Publication.objects.prefetch_related(
            "texts",
            "themes",
            "countries",
            "concepts",
            Prefetch(
                "files",
                queryset=PublicationFile.objects.filter(
                    extraction=PublicationFile.Extraction.DONE
                ).only("id", "publication_id", "language", "detected_language", "text"),
                to_attr="readable_files",
            ),
        )

    def entry(self, obj: Publication) -> Entry | None:
        texts_rows = list(obj.texts.all())
        if not texts_rows:
            return None  # not yet complete (created in the same transaction)
        keywords = " ; ".join(str(k) for k in obj.keywords or [])
        # The keywords' language is not recorded: that of the first title is the best guess.
        first_language = texts_rows[0].language
        texts: list[Text] = []
        for row in texts_rows:
            texts.append(Text(row.title, "A", row.language))
            if row.summary.strip():
                texts.append(Text(row.summary, "B", row.language))
        if keywords.strip():
            texts.append(Text(keywords, "B", first_language))
        texts += concept_texts(concept.pk for concept in obj.concepts.all())
        files = getattr(obj, "readable_files", None)
        if files is None:
            files = list(obj.files.filter(extraction=PublicationFile.Extraction.DONE))
        for file in files:
            if file.text.strip():
                texts.append(Text(file.text, "D", file.language or file.detected_language or None))
        return Entry(
            titles={row.language: row.title for row in texts_rows},
            url=reverse("library:publication_detail", args=[obj.pk]),
            kind=kind_of(obj.type),
            texts=texts,
            readers=publication_readers(obj),
            date=obj.published_on,
            dissemination=obj.dissemination,
            themes=[theme.code for theme in obj.themes.all()],
            countries=[country.code for country in obj.countries.all()],
        )


register(PublicationSource())
