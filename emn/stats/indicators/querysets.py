"""Reads of indicators: the dissemination rule, and the order of the list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from emn.core.dissemination import DisseminatedQuerySet

if TYPE_CHECKING:
    from emn.stats.indicators.models import Indicator  # noqa: F401


class IndicatorQuerySet(DisseminatedQuerySet["Indicator"]):
    def listed(self, user: Any) -> IndicatorQuerySet:
        """The indicators `user` may read, in the order of the list, with their themes."""
        visible = self.visible_to(user)
        assert isinstance(visible, IndicatorQuerySet)
        return visible.order_by("position", "key").prefetch_related("themes")
