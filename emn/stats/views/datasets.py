"""The statistics pages: the list of datasets, and a dataset with its table, charts and map.

Both read only datasets the reader may see (`Dataset.objects.visible_to`); a restricted
dataset is a 404 for the public. The dataset page reads one slice of the current release
(the slice form's query), so a URL copied from the page shows the same view, and its
download links carry the same query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from emn.network.views.common import paginate
from emn.stats.forms import DatasetSearchForm, SliceForm
from emn.stats.models import Dataset, Release
from emn.stats.permissions import can_ingest
from emn.stats.views import dataset_facts as facts
from emn.stats.views.dataset_charts import Context, build_charts
from emn.stats.views.dataset_labels import across_dimension, dimension_choices, labels_of
from emn.stats.views.dataset_slice import release_periods, slice_periods
from emn.stats.views.dataset_table import build_table

DATASETS_PER_PAGE = 50


@dataclass(frozen=True)
class DatasetRow:
    dataset: Dataset
    title: str
    release: Release | None
    themes: list[str]

    @property
    def released_at(self) -> datetime | None:
        return self.release.created_at if self.release else None


def language() -> str:
    return get_language() or "en"


def _rows(request: HttpRequest) -> list[DatasetRow]:
    datasets = (
        Dataset.objects.visible_to(request.user)
        .select_related("current_release")
        .prefetch_related("themes")
    )
    return [
        DatasetRow(d, d.title(language()), d.current_release, [t.code for t in d.themes.all()])
        for d in datasets
    ]


def _matches(row: DatasetRow, words: list[str], theme: str) -> bool:
    if theme and theme not in row.themes:
        return False
    text = " ".join([row.dataset.code, *map(str, row.dataset.titles.values())]).casefold()
    return all(word in text for word in words)


def dataset_list(request: HttpRequest) -> HttpResponse:
    """Every dataset the reader may see, by words of its title or code and by theme."""
    form = DatasetSearchForm(request.GET or None)
    cleaned = form.cleaned_data if form.is_valid() else {}
    words = (cleaned.get("q") or "").casefold().split()
    theme = cleaned.get("theme") or ""
    rows = [row for row in _rows(request) if _matches(row, words, theme)]
    rows.sort(key=lambda row: row.title.casefold())
    context = {
        "form": form,
        "page": paginate(request, rows, DATASETS_PER_PAGE),
        "filtered": bool(words or theme),
        "can_ingest": can_ingest(request.user),
    }
    return render(request, "stats/dataset_list.html", context)


def dataset_detail(request: HttpRequest, code: str) -> HttpResponse:
    """A dataset: its release and dimensions, and the chosen slice as table, charts and map."""
    dataset, release = facts.dataset_or_404(request, code)
    lang = language()
    labels = labels_of(release, lang)
    dimensions = list(labels.dimensions)
    across = across_dimension(dimensions)
    form = SliceForm(request.GET, dimension_choices(labels, across), release_periods(release))
    selection = form.selection()
    periods = slice_periods(release, selection)
    title = dataset.title(lang)
    chart_context = Context(release, selection, dimensions, labels, periods, lang, title)
    context: dict[str, Any] = {
        "dataset": dataset,
        "title": title,
        "release": release,
        "source_name": facts.source_name(release),
        "flag_counts": facts.flag_counts(release, lang),
        "releases": facts.releases_of(dataset),
        "dimensions": facts.dimension_facts(release, labels),
        "form": form,
        "table": build_table(request, release, selection, dimensions, labels, periods, lang),
        "charts": build_charts(chart_context, across),
        "across_label": _across_label(labels.dimensions, across),
        "query": _query_without_page(request),
    }
    return render(request, "stats/dataset_detail.html", context)


def _across_label(dimensions: dict[str, str], across: str | None) -> str:
    """The compared dimension's label; "Countries" when it has none of its own."""
    label = dimensions.get(across or "", "")
    return label if label and label != across else str(_("Countries"))


def _query_without_page(request: HttpRequest) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
