"""Reads of the glossary: every page and export picks one set of versions a reader may see."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

if TYPE_CHECKING:
    from emn.glossary.models import ConceptVersion, Edition, Scheme  # noqa: F401


class ConceptVersionQuerySet(models.QuerySet["ConceptVersion"]):
    def visible_to(self, user: Any) -> ConceptVersionQuerySet:
        """Published editions for everyone; working and approved copies for the working group."""
        from emn.glossary.permissions import can_read_working_copy

        if can_read_working_copy(user):
            return self
        return self.filter(stage="edition")

    def of_set(self, scheme: Scheme, edition: Edition | None) -> ConceptVersionQuerySet:
        """The versions of one edition of `scheme`, or its working copy when `edition` is None."""
        if edition is None:
            return self.filter(concept__scheme=scheme, stage="working")
        return self.filter(edition=edition)
