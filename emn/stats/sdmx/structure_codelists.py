"""The content of a code list: its name and its codes with their names, per language.

Rules:
- a code list (agency, `GEO`) holds the union of the codes of dimension `geo` over the flows
  it is made from (the visible flows of that agency, or the queried ones for a partial list),
  sorted; a code is named as the first of those flows names it (`code_name`, which keeps the
  one fallback chain: the language, then English, then the code);
- `OBS_FLAG` holds the flags the flows' values carry, combined flags such as `ep` included,
  named by their meanings (`flags.describe`);
- the list itself is named like its dimension in the first flow; `OBS_FLAG` "Observation flag".
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from emn.stats.codelists.flags import describe
from emn.stats.sdmx.flows import Flow, FlowDimension, languages
from emn.stats.sdmx.structure_select import FLAG_LIST

FLAG_LIST_NAME = _("Observation flag")


def names(list_id: str, flows: list[Flow], langs: list[str] | None = None) -> dict[str, str]:
    """The name of code list `list_id` in each language (default: the site's)."""
    langs = langs or languages()
    if list_id != FLAG_LIST:
        for dim in _dimensions(list_id, flows):
            return {lang: dim.name(lang) for lang in langs}
    return translated(FLAG_LIST_NAME if list_id == FLAG_LIST else list_id, langs)


def codes(
    list_id: str, flows: list[Flow], langs: list[str] | None = None
) -> dict[str, dict[str, str]]:
    """code -> language -> name, codes sorted, of code list `list_id` made from `flows`."""
    langs = langs or languages()
    if list_id == FLAG_LIST:
        flags = sorted({flag for flow in flows for flag in flow.flags()})
        return {flag: {lang: describe(flag, lang) or flag for lang in langs} for flag in flags}
    first: dict[str, FlowDimension] = {}
    for dim in _dimensions(list_id, flows):
        for code in dim.codes:
            first.setdefault(code, dim)
    return {
        code: {lang: first[code].code_name(code, lang) for lang in langs} for code in sorted(first)
    }


def _dimensions(list_id: str, flows: list[Flow]) -> list[FlowDimension]:
    return [d for f in flows for d in f.dimensions() if d.codelist_id == list_id]


def translated(text: object, langs: list[str]) -> dict[str, str]:
    """A translatable text (or a plain id) in each language."""
    found = {}
    for lang in langs:
        with translation.override(lang):
            found[lang] = str(text)
    return found
