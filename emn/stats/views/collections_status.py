"""A collection's page (the state of each country's row) and its published data.

The workflow side is for those `Collection.objects.visible_to` lets in; the data is read
through the collection's dataset (`Dataset.objects.visible_to`), so it follows the
dissemination level the asker chose, for the public too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel.numbers import format_decimal
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from emn.contributions.models import Contribution
from emn.network.models import Country
from emn.stats import reading
from emn.stats.codelists.flags import meanings
from emn.stats.collections import permissions
from emn.stats.collections.models import Collection, CollectionVariable
from emn.stats.models import Dataset


def visible_collection(request: HttpRequest, pk: int) -> Collection:
    """Collection `pk`, if the user takes part in it; a 404 otherwise."""
    collections = Collection.objects.visible_to(request.user).select_related(
        "template__expert_group", "request"
    )
    return get_object_or_404(collections, pk=pk)


def _dataset(request: HttpRequest, collection: Collection) -> Dataset | None:
    readable = Dataset.objects.visible_to(request.user).select_related("current_release")
    return readable.filter(code=collection.dataset_code).first()


@login_required
def collection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The collection's facts and the state of each country's row: all countries for those
    who follow it, the user's own countries for an NCP."""
    collection = visible_collection(request, pk)
    follows = permissions.can_follow_collection(request.user, collection)
    rows = collection.request.contributions.select_related("country")
    if not follows:
        rows = rows.filter(pk__in=Contribution.objects.visible_to(request.user).values("pk"))
    context = {
        "collection": collection,
        "rows": rows.order_by("country__code"),
        "follows": follows,
        "variables": collection.template.variables.all(),
        "dataset": _dataset(request, collection),
    }
    return render(request, "stats/collection_detail.html", context)


@dataclass
class Cell:
    text: str
    flag: str


def _text(value: float | None, kind: str, language: str) -> str:
    if value is None:
        return ":"
    if kind == CollectionVariable.Kind.YES_NO:
        return _("yes") if value else _("no")
    return format_decimal(value, locale=language.replace("-", "_"))


def _table(collection: Collection, dataset: Dataset, language: str) -> dict[str, Any]:
    """Countries down, variables (and years) across, with the flags used as footnotes."""
    variables = list(collection.template.variables.all())
    columns = [(v, period) for v in variables for period in collection.periods]
    release = dataset.current_release
    found = reading.observations(release) if release else []
    dim = collection.template.dimension
    cells = {(o.key["geo"], o.key[dim], o.period): o for o in found}
    names = {c.code: c.name for c in Country.objects.filter(code__in={k[0] for k in cells})}
    rows = []
    for geo in sorted(names, key=lambda code: names[code]):
        line = []
        for variable, period in columns:
            o = cells.get((geo, variable.code, period))
            line.append(Cell(_text(o.value, variable.kind, language), o.flag) if o else None)
        rows.append((names[geo], line))
    flags = sorted({o.flag for o in found if o.flag})
    return {
        "columns": columns,
        "rows": rows,
        "footnotes": sorted({pair for flag in flags for pair in meanings(flag, language)}),
        "release": release,
    }


def collection_data(request: HttpRequest, pk: int) -> HttpResponse:
    """The submitted values as a table, for whoever may read the collection's dataset."""
    collection = get_object_or_404(Collection.objects.select_related("template", "request"), pk=pk)
    dataset = _dataset(request, collection)
    if dataset is None:
        raise Http404(_("No such data."))
    language = (get_language() or "en").split("-")[0]
    context = {
        "collection": collection,
        "dataset": dataset,
        "title": dataset.title(language),
        **_table(collection, dataset, language),
    }
    return render(request, "stats/collection_data.html", context)
