"""The inputs of an indicator's formula, as the `spec` JSON writes them, checked.

Shape (every key but `inputs` optional):

    {"inputs": {ROLE: INPUT or [INPUT, INPUT ...]}, "align": ["geo"], "scale": 100, "lag": 1}
    INPUT = {"dataset": "migr_eirtn", "filters": {"citizen": "TOTAL"}, "period_sum": "A"}

Rules: each formula has its own roles (`ROLES`), the first of which is counted (its rows
are the indicator's rows); a list of inputs is a list of alternatives, the first whose
dataset has a current release the reader may see wins (e.g. the annual table, else the
quarterly one summed over each year); `filters` fixes one code per dimension (a
dimension an extract of the dataset lacks is skipped for it); `align`
names the dimensions every input keeps and the result is keyed on (besides the period);
any other dimension of an input must hold a single code; `period_sum: "A"` turns
quarters, months or half-years into years (a year only when all its parts are there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

ROLES: dict[str, tuple[str, ...]] = {
    "ratio": ("numerator", "denominator"),
    "share": ("part", "total"),
    "per_100k": ("count", "population"),
    "change": ("series",),
}
DEFAULT_SCALE: dict[str, float] = {
    "ratio": 1.0,
    "share": 100.0,
    "per_100k": 100_000.0,
    "change": 100.0,
}
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


class SpecError(ValueError):
    """The spec of an indicator is not one the formula can compute; the message says why."""


@dataclass(frozen=True)
class Input:
    """One series of the formula: a dataset, the codes it fixes, how its periods add up."""

    dataset: str
    filters: dict[str, str] = field(default_factory=dict)
    period_sum: str = ""


@dataclass(frozen=True)
class Spec:
    """The checked spec: alternatives per role, the aligned dimensions, scale and lag."""

    formula: str
    inputs: dict[str, tuple[Input, ...]]
    align: tuple[str, ...]
    scale: float
    lag: int = 1

    @property
    def roles(self) -> tuple[str, ...]:
        return ROLES[self.formula]

    def datasets(self) -> list[str]:
        """Every dataset code the spec may read, in role and preference order."""
        codes = [i.dataset for role in self.roles for i in self.inputs[role]]
        return list(dict.fromkeys(codes))


def _input(role: str, raw: Any) -> Input:
    if not isinstance(raw, dict) or not isinstance(raw.get("dataset"), str):
        raise SpecError(_("Input “%(role)s” needs a dataset code.") % {"role": role})
    dataset = raw["dataset"].strip().lower()
    filters = raw.get("filters") or {}
    if not isinstance(filters, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in filters.items()
    ):
        raise SpecError(
            _("The filters of “%(role)s” map a dimension to one code.") % {"role": role}
        )
    period_sum = str(raw.get("period_sum") or "").upper()
    if period_sum not in ("", "A"):
        raise SpecError(_("period_sum can only be “A” (sum to years)."))
    unknown = set(raw) - {"dataset", "filters", "period_sum"}
    if unknown:
        raise SpecError(_("Unknown input keys: %(keys)s.") % {"keys": ", ".join(sorted(unknown))})
    return Input(dataset, {k.strip().lower(): v.strip() for k, v in filters.items()}, period_sum)


def _alternatives(role: str, raw: Any) -> tuple[Input, ...]:
    items = raw if isinstance(raw, list) else [raw]
    if not items:
        raise SpecError(_("Input “%(role)s” lists no dataset.") % {"role": role})
    return tuple(_input(role, item) for item in items)


def _align(raw: Any) -> tuple[str, ...]:
    align = raw if raw is not None else ["geo"]
    if not isinstance(align, list) or not all(isinstance(d, str) for d in align):
        raise SpecError(_("align is a list of dimension codes."))
    dims = tuple(d.strip().lower() for d in align)
    if not all(_CODE.match(d) for d in dims):
        raise SpecError(_("align names dimensions by their codes (e.g. “geo”)."))
    return dims


def parse(formula: str, raw: Any) -> Spec:
    """The checked form of `raw` for `formula`, or SpecError saying what is wrong."""
    if formula not in ROLES:
        raise SpecError(_("Unknown formula “%(formula)s”.") % {"formula": formula})
    if not isinstance(raw, dict) or not isinstance(raw.get("inputs"), dict):
        raise SpecError(_("The spec needs an “inputs” object."))
    roles = ROLES[formula]
    given = raw["inputs"]
    if set(given) != set(roles):
        raise SpecError(_("This formula takes the inputs %(roles)s.") % {"roles": ", ".join(roles)})
    scale = raw.get("scale", DEFAULT_SCALE[formula])
    lag = raw.get("lag", 1)
    if not isinstance(scale, int | float) or isinstance(scale, bool) or scale <= 0:
        raise SpecError(_("scale is a positive number."))
    if not isinstance(lag, int) or isinstance(lag, bool) or lag < 1:
        raise SpecError(_("lag is a whole number of periods, at least 1."))
    align = _align(raw.get("align"))
    inputs = {role: _alternatives(role, given[role]) for role in roles}
    for alternatives in inputs.values():
        for item in alternatives:
            clash = set(item.filters) & set(align)
            if clash:
                raise SpecError(
                    _("%(dims)s cannot be both fixed and aligned.") % {"dims": ", ".join(clash)}
                )
    return Spec(formula, inputs, align, float(scale), lag)
