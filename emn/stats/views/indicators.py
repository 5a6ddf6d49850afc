"""The indicator pages: the list, and an indicator with its definition, charts and table.

Both read only indicators the reader may see (`Indicator.objects.visible_to`): an `emn`
indicator is a 404 for the public here and on its downloads. Values are computed for the
reader, so an input dataset they may not see leaves the page saying which input is
missing instead of showing figures drawn from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from emn.glossary.usage import concept_links
from emn.stats.indicators import display, words
from emn.stats.indicators.compute import Result, try_compute
from emn.stats.indicators.forms import KEY_SEPARATOR, IndicatorViewForm
from emn.stats.indicators.models import Indicator


def language() -> str:
    return get_language() or "en"


def indicator_or_404(request: HttpRequest, key: str) -> Indicator:
    return get_object_or_404(Indicator.objects.visible_to(request.user), key=key)


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    name: str
    definition: str
    themes: list[str]


def indicator_list(request: HttpRequest) -> HttpResponse:
    """Every indicator the reader may see, with its definition and themes."""
    lang = language()
    rows = [
        IndicatorRow(
            item, item.name(lang), item.definition(lang), [t.label for t in item.themes.all()]
        )
        for item in Indicator.objects.listed(request.user)
    ]
    return render(request, "stats/indicator_list.html", {"rows": rows})


def _charts(item: Indicator, result: Result, request: HttpRequest, lang: str) -> dict[str, Any]:
    found = display.by_key(result)
    choices = [
        (KEY_SEPARATOR.join(key), display.key_label(result, key, lang))
        for key in sorted(found, key=lambda k: display.key_label(result, k, lang))
    ]
    form = IndicatorViewForm(request.GET, choices, result.periods())
    period = form.chosen_period() or display.best_period(result)
    keys = form.chosen_keys() or display.default_keys(result, period)
    context: dict[str, Any] = {
        "form": form,
        "period": period,
        "line": display.line(item, result, keys, lang) if keys else None,
        "table": display.table(item, result, lang),
        "legend": display.legend(result, lang),
    }
    if period and display.compares_countries(result):
        context["bar"] = display.bar(item, result, period, lang)
        context["map"] = display.area_map(item, result, period, lang)
    return context


def indicator_detail(request: HttpRequest, key: str) -> HttpResponse:
    """An indicator: definition, formula and inputs, charts, map and table, downloads."""
    item = indicator_or_404(request, key)
    lang = language()
    result, problem = try_compute(item, request.user)
    context: dict[str, Any] = {
        "indicator": item,
        "name": item.name(lang),
        "definition": item.definition(lang),
        "in_language": item.in_language(lang),
        "themes": [t.label for t in item.themes.all()],
        "concepts": concept_links(item.concepts.select_related("scheme"), lang),
        "problem": problem,
        "result": result,
        "query": request.GET.urlencode(),
    }
    if result is not None:
        aligned = words.aligned_labels(result.spec, result.inputs, lang)
        context["formula"] = words.formula_in_words(result.spec, lang, aligned)
        context["inputs"] = words.inputs_in_words(result.spec, result.inputs, lang)
        if result.values:
            context |= _charts(item, result, request, lang)
    return render(request, "stats/indicator_detail.html", context)
