"""What the statistics put in the search index: each dataset that has a release.

Readers follow `Dataset.objects.visible_to` exactly: public datasets for everyone, `emn` ones
for EMN members. The titles weigh most (A, in their language) with the dataset's code, so
`migr_eirtn` finds its table; then descriptions and the glossary terms it is linked with (B,
so it is found across languages); then the names of its dimensions (C). A dataset with no
release yet has nothing to show and no document. It is (re)indexed when a release is
published (`emn.stats.tasks.release_published`).
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.glossary.search import concept_texts
from emn.search.registry import MEMBERS, PUBLIC, Entry, Readers, Source, Text, register
from emn.stats.models import Dataset, Dimension, Release

KIND = "stats.dataset"


def dataset_readers(dataset: Dataset) -> Readers:
    """Who finds the dataset: the rule of `Dataset.objects.visible_to`."""
    return PUBLIC if dataset.dissemination == DisseminationLevel.PUBLIC else MEMBERS


def _code_words(code: str) -> str:
    """`migr_eirtn` and also `migr eirtn`, so either spelling finds it."""
    spaced = code.replace("_", " ")
    return code if spaced == code else f"{code} {spaced}"


def _texts(dataset: Dataset, release: Release) -> list[Text]:
    texts = [Text(title, "A", language) for language, title in dataset.titles.items() if title]
    texts.append(Text(_code_words(dataset.code), "A", "en"))
    texts += [Text(d, "B", lang) for lang, d in (dataset.descriptions or {}).items() if d]
    texts += concept_texts(concept.pk for concept in dataset.concepts.all())
    names = Dimension.objects.filter(release=release).values_list("labels", flat=True)
    for labels in names:
        texts += [Text(label, "C", lang) for lang, label in (labels or {}).items() if label]
    return texts


class DatasetSource(Source):
    """Statistical datasets: titles and code (A), descriptions and terms (B), dimensions (C)."""

    name = "stats.dataset"
    model = Dataset
    kinds = {KIND: _("Statistical dataset")}

    def queryset(self) -> QuerySet[Dataset]:
        return Dataset.objects.select_related("current_release").prefetch_related(
            "themes", "concepts"
        )

    def entry(self, obj: Dataset) -> Entry | None:
        release = obj.current_release
        if release is None:
            return None
        return Entry(
            titles={lang: title for lang, title in obj.titles.items() if title} or {"en": obj.code},
            url=reverse("stats:dataset_detail", args=[obj.code]),
            kind=KIND,
            texts=_texts(obj, release),
            readers=dataset_readers(obj),
            date=release.created_at.date(),
            dissemination=obj.dissemination,
            themes=[theme.code for theme in obj.themes.all()],
        )


register(DatasetSource())
