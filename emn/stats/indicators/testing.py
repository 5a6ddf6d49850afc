"""Test helpers for indicators: an indicator row from a formula and a spec, and its values."""

from __future__ import annotations

from typing import Any

from emn.stats.indicators.compute import compute
from emn.stats.indicators.models import Indicator


def indicator(key: str, formula: str, spec: dict[str, Any], **fields: Any) -> Indicator:
    """An indicator saved directly (tests of the arithmetic need no permission or audit)."""
    fields.setdefault("names", {"en": key})
    return Indicator.objects.create(key=key, formula=formula, spec=spec, **fields)


def values_of(item: Indicator, user: Any = None, **kwargs: Any) -> dict[tuple[str, ...], Any]:
    """{(aligned codes..., period): (value rounded to 6 places or None, flag)}."""
    result = compute(item, user, **kwargs)
    return {
        (*v.key.values(), v.period): (None if v.value is None else round(v.value, 6), v.flag)
        for v in result.values
    }
