"""An indicator's formula in words, and each input described, in the reader's language.

Rule: inputs are named by their dataset's title and code, their fixed codes by the labels
of the release they are read from (`codelists.display`), else by the codes themselves
(a dataset not loaded yet has no labels to give).
"""

from __future__ import annotations

from dataclasses import dataclass

from babel.numbers import format_decimal
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from emn.stats.codelists.display import code_label
from emn.stats.indicators.compute import Resolved
from emn.stats.indicators.spec import Input, Spec
from emn.stats.models import Code, Dimension, Release

ROLE_NAMES = {
    "numerator": gettext_lazy("Numerator"),
    "denominator": gettext_lazy("Denominator"),
    "part": gettext_lazy("Part"),
    "total": gettext_lazy("Total"),
    "count": gettext_lazy("Count"),
    "population": gettext_lazy("Population"),
    "series": gettext_lazy("Series"),
}


@dataclass(frozen=True)
class InputWords:
    """One role of the formula: what it reads, and which input the reader's data use."""

    role: str
    name: str
    used: Resolved | None
    choices: list[str]  # each alternative described, preferred first


def _labels(release: Release, language: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    dims = {d.code: d.label(language) for d in Dimension.objects.filter(release=release)}
    codes = {
        (c.dimension.code, c.code): code_label(c.dimension.code, c.code, language, c.labels)
        for c in Code.objects.filter(dimension__release=release).select_related("dimension")
    }
    return dims, codes


def describe_input(item: Input, release: Release | None, language: str) -> str:
    """'migr_eirtn: Country of citizenship = Total; Sex = Total' (labels when loaded)."""
    dims: dict[str, str] = {}
    codes: dict[tuple[str, str], str] = {}
    if release is not None:
        dims, codes = _labels(release, language)
    fixed = [
        f"{dims.get(d, d)} = {codes.get((d, code), code)}"
        for d, code in item.filters.items()
        if release is None or d in dims
    ]
    if item.period_sum:
        fixed.append(_("summed over each year"))
    text = item.dataset
    return f"{text}: {'; '.join(fixed)}" if fixed else text


def inputs_in_words(spec: Spec, used: list[Resolved], language: str) -> list[InputWords]:
    by_role = {r.role: r for r in used}
    words = []
    for role in spec.roles:
        resolved = by_role.get(role)
        choices = [
            describe_input(
                item, resolved.release if resolved and resolved.input == item else None, language
            )
            for item in spec.inputs[role]
        ]
        words.append(InputWords(role, str(ROLE_NAMES[role]), resolved, choices))
    return words


def _number(value: float, language: str) -> str:
    try:
        return format_decimal(value, locale=language.replace("-", "_"))
    except ValueError:
        return format_decimal(value, locale="en")


def aligned_labels(spec: Spec, used: list[Resolved], language: str) -> list[str]:
    """The aligned dimensions as the first input's release names them, else their codes."""
    labels: dict[str, str] = {}
    if used:
        dims = Dimension.objects.filter(release=used[0].release, code__in=spec.align)
        labels = {d.code: d.label(language) for d in dims}
    return [labels.get(d, d) for d in spec.align]


def formula_in_words(spec: Spec, language: str, aligned: list[str] | None = None) -> str:
    """The formula as a sentence: 'Numerator divided by denominator, times 100; matched on
    geo and period.' (`aligned`: the labels of the aligned dimensions, else their codes)."""
    scale = _number(spec.scale, language)
    if spec.formula == "ratio":
        text = _("Numerator divided by denominator")
        if spec.scale != 1:
            text = _("Numerator divided by denominator, times %(scale)s") % {"scale": scale}
    elif spec.formula == "share":
        text = _("Part divided by total, times %(scale)s") % {"scale": scale}
    elif spec.formula == "per_100k":
        text = _("Count divided by population, times %(scale)s") % {"scale": scale}
    else:
        text = _(
            "Series divided by its value %(lag)s period(s) earlier, minus 1, times %(scale)s"
        ) % {"lag": spec.lag, "scale": scale}
    dims = ", ".join(aligned if aligned is not None else spec.align)
    if dims:
        return _("%(formula)s; matched on %(dims)s and period.") % {"formula": text, "dims": dims}
    return _("%(formula)s; matched on period.") % {"formula": text}
