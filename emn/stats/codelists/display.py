"""How a code reads in the reader's language: one fallback chain for every page and export.

Rule, first answer wins: a country in a geographic dimension is named by CLDR (babel) in the
language; an aggregate (EU27_2020, TOTAL ...) by our translated table, when the catalogue
has it in that language; then the stored label in the language; then the aggregate's
English label; then the stored English label; then the code itself.
"""

from __future__ import annotations

from django.utils import translation

from emn.stats.codelists.aggregates import aggregate_label
from emn.stats.codelists.common import common_code
from emn.stats.codelists.countries import country_name, is_geographic


def code_label(
    dimension_code: str, code: str, language: str, stored_labels: dict[str, str] | None = None
) -> str:
    """The label of `code` of dimension `dimension_code` in `language`."""
    geographic = is_geographic(dimension_code)
    if geographic:
        name = country_name(code, language)
        if name:
            return name
    stored = stored_labels or {}
    aggregate = aggregate_label(geographic, code)
    english = _english(aggregate)
    if aggregate is not None:
        with translation.override(language):
            translated = str(aggregate)
        if translated != english or language.split("-")[0].lower() == "en":
            return translated
    if stored.get(language):
        return stored[language]
    common = common_code(dimension_code, code)
    common_english = _english(common)
    if common is not None:
        with translation.override(language):
            translated = str(common)
        if translated != common_english:
            return translated
    return english or stored.get("en") or common_english or code


def _english(label: object) -> str | None:
    if label is None:
        return None
    with translation.override("en"):
        return str(label)
