"""Facet counts over the matched, visible documents, and their labels in the reader's language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from babel import Locale, UnknownLocaleError

from emn.core.dissemination import DisseminationLevel
from emn.core.themes import ThemeCode
from emn.search import registry
from emn.search.results import FACETS, FacetValue

MULTI_VALUED = ("theme", "country", "language")


def count_grouped(facet: str, grouped: Sequence[tuple[Any, int]]) -> Counter[str]:
    """Counts per facet value from (stored value, count) pairs grouped by the database."""
    counter: Counter[str] = Counter()
    for value, n in grouped:
        if value is None or value == "":
            continue
        for part in str(value).split() if facet in MULTI_VALUED else (str(value),):
            counter[part] += int(n)
    return counter


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _country_labels(codes: set[str], language: str) -> dict[str, str]:
    from emn.network.models.country import Country, territory_name

    iso = dict(Country.objects.filter(code__in=codes).values_list("code", "iso_code"))
    return {code: territory_name(iso.get(code, code), language) for code in codes}


def labels(facet: str, values: set[str], language: str) -> dict[str, str]:
    """Display labels of facet values, in `language` where the value has a translation."""
    if facet == "kind":
        kinds = registry.kind_labels()
        return {v: str(kinds.get(v, v)) for v in values}
    if facet == "theme":
        themes = dict(ThemeCode.choices)
        return {v: str(themes.get(v, v)) for v in values}
    if facet == "dissemination":
        levels = dict(DisseminationLevel.choices)
        return {v: str(levels.get(v, v)) for v in values}
    if facet == "country":
        return _country_labels(values, language)
    if facet == "language":
        names = _locale(language).languages
        out = {}
        for v in values:
            name = names.get(v) or _locale("en").languages.get(v) or v
            out[v] = name[:1].upper() + name[1:]
        return out
    return {v: v for v in values}


def facet_values(
    counters: dict[str, Counter[str]],
    selected: dict[str, tuple[str, ...]],
    language: str,
    shown: Sequence[str] = FACETS,
) -> dict[str, list[FacetValue]]:
    """The facets to show: every counted value, plus the selected ones (possibly 0)."""
    out: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        if facet not in shown:
            out[facet] = []
            continue
        counter: Counter[str] = Counter(counters.get(facet, Counter()))
        chosen = set(selected.get(facet, ()))
        for value in chosen:
            counter.setdefault(value, 0)
        names = labels(facet, set(counter), language)
        values = [FacetValue(v, names.get(v, v), n, v in chosen) for v, n in counter.items() if v]
        if facet == "year":
            values.sort(key=lambda f: f.value, reverse=True)
        else:
            values.sort(key=lambda f: (-f.count, f.label.casefold()))
        out[facet] = values
    return out
