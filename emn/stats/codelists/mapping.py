"""Which code a label names, for files that write 'Greece' where Eurostat's code is EL.

Rule, first answer wins: the code list given for the dimension (its labels in every
language); Eurostat's common codes of that dimension (sex 'Total' is T, freq 'Annual' is A,
age 'From 14 to 17 years' is Y14-17); for a geographic dimension, CLDR's English country
names, Eurostat's variant names and its aggregates; then codes any dimension shares
('Total' is TOTAL, 'Unknown' is UNK). Labels compare without case, spacing, dash, quote
and '&'/'and' differences.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from django.utils import translation

from emn.stats.codelists.aggregates import GEO_AGGREGATES
from emn.stats.codelists.countries import english_names, is_geographic
from emn.stats.codelists.variants import BY_DIMENSION, GENERAL, GEO_VARIANTS

Codelists = dict[str, dict[str, dict[str, str]]]

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2019": "'", "`": "'"})
_SAINT = re.compile(r"\bst\.\s*")


def normalise_label(label: str) -> str:
    """A label in the form labels are compared in: 'St. Kitts & Nevis' -> 'saint kitts and nevis'."""
    text = unicodedata.normalize("NFC", label).translate(_DASHES).lower()
    text = _SAINT.sub("saint ", text.replace("&", " and "))
    return " ".join(text.replace("*", " ").split())


def codelist_index(labels: dict[str, dict[str, str]] | None) -> dict[str, str]:
    """Normalised label in any language -> code, for one code list (first code wins)."""
    index: dict[str, str] = {}
    for code, by_language in (labels or {}).items():
        for label in by_language.values():
            index.setdefault(normalise_label(label), code)
    return index


@lru_cache(maxsize=1)
def _geo_index() -> dict[str, str]:
    index = {normalise_label(name): code for name, code in english_names().items()}
    with translation.override("en"):
        index.update({normalise_label(str(label)): code for code, label in GEO_AGGREGATES.items()})
    index.update({normalise_label(name): code for name, code in GEO_VARIANTS.items()})
    return index


@lru_cache(maxsize=16)
def _table(dimension: str | None) -> dict[str, str]:
    table = GENERAL if dimension is None else BY_DIMENSION.get(dimension, {})
    return {normalise_label(label): code for label, code in table.items()}


_AGES = [
    (re.compile(r"^less than (\d+) years?$"), "Y_LT{0}"),
    (re.compile(r"^from (\d+) to (\d+) years$"), "Y{0}-{1}"),
    (re.compile(r"^(\d+) years (?:or|and) (?:over|more|older)$"), "Y_GE{0}"),
    (re.compile(r"^(\d+) years?$"), "Y{0}"),
]


def _age_code(label: str) -> str | None:
    for pattern, form in _AGES:
        match = pattern.match(label)
        if match:
            return form.format(*match.groups())
    return None


def lookup(dimension: str, label: str, index: dict[str, str]) -> str | None:
    """The code for a normalised `label` of `dimension`, given its code list's index."""
    found = index.get(label) or _table(dimension).get(label)
    if found:
        return found
    if dimension == "age" or dimension.startswith("age_"):
        found = _age_code(label)
    if not found and is_geographic(dimension):
        found = _geo_index().get(label)
    return found or _table(None).get(label)


def code_for_label(dimension_id: str, label: str, codelists: Codelists | None = None) -> str | None:
    """The code `label` names in dimension `dimension_id`, or None when nothing says."""
    dimension = dimension_id.strip().lower()
    index = codelist_index((codelists or {}).get(dimension))
    return lookup(dimension, normalise_label(label), index)


_CODE_SHAPE = re.compile(r"^[A-Z0-9][A-Z0-9_.+-]*$")


class LabelMapper:
    """Turns a file's dimension cells into codes, once per distinct cell (files repeat them).

    Rule: a cell that is a code of the dimension's code list stays; a label is mapped with
    `lookup`; a cell shaped like a code (upper case, digits, '_') stays; anything else is
    kept as its own code and named in `warnings()`. `labels` keeps each code's label as the
    file wrote it.
    """

    def __init__(self, codelists: Codelists | None = None):
        self.codelists = codelists or {}
        self.labels: dict[str, dict[str, str]] = {}
        self.kept: dict[str, list[str]] = {}
        self._indexes: dict[str, dict[str, str]] = {}
        self._seen: dict[str, dict[str, str]] = {}

    def code(self, dimension: str, cell: str) -> str:
        seen = self._seen.setdefault(dimension, {})
        found = seen.get(cell)
        if found is None:
            found = seen[cell] = self._resolve(dimension, cell.strip())
        return found

    def _resolve(self, dimension: str, cell: str) -> str:
        known = self.codelists.get(dimension) or {}
        if cell in known:
            return cell
        index = self._indexes.get(dimension)
        if index is None:
            index = self._indexes[dimension] = codelist_index(known)
        code = lookup(dimension, normalise_label(cell), index)
        if code is None and _CODE_SHAPE.match(cell):
            return cell
        if code is None:
            self.kept.setdefault(dimension, []).append(cell)
            code = cell
        self.labels.setdefault(dimension, {}).setdefault(code, cell)
        return code

    def warnings(self) -> list[str]:
        """One line per dimension whose labels nothing mapped."""
        lines = []
        for dimension, cells in self.kept.items():
            shown = ", ".join(cells[:10]) + (", ..." if len(cells) > 10 else "")
            lines.append(
                f"{dimension}: {len(cells)} labels kept as codes, no code list names them: {shown}"
            )
        return lines
