"""Reads of statistics: a release is visible exactly when its dataset is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

if TYPE_CHECKING:
    from emn.stats.models import Release  # noqa: F401


class ReleaseQuerySet(models.QuerySet["Release"]):
    def visible_to(self, user: Any) -> ReleaseQuerySet:
        """Releases of the datasets `user` may read (dissemination rule of the dataset)."""
        from emn.stats.models import Dataset

        return self.filter(dataset__in=Dataset.objects.visible_to(user))
