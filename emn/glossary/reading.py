"""Which set of versions a reader sees: a published edition, or the working copy.

The public and most members read the latest published edition (or an older one they ask
for); the working group, the Commission and the Service Provider may also read the working
copy, and see it by default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import Http404

from emn.glossary.models import ConceptVersion, Edition, Scheme
from emn.glossary.permissions import can_read_working_copy

WORKING = "working"


@dataclass(frozen=True)
class Selection:
    """One readable set: `edition` None is the working copy."""

    scheme: Scheme
    edition: Edition | None

    @property
    def is_working(self) -> bool:
        return self.edition is None

    def versions(self, user: Any) -> Any:
        return ConceptVersion.objects.visible_to(user).of_set(self.scheme, self.edition)


def latest_edition(scheme: Scheme) -> Edition | None:
    return Edition.objects.filter(scheme=scheme).order_by("-number").first()


def select(user: Any, scheme: Scheme, requested: str | None = None) -> Selection:
    """The set `requested` ("working", an edition number, or None for the reader's default).

    Raises Http404 for an edition that does not exist and for the working copy asked by
    someone who may not read it (a 404, not a 403: drafts are not announced).
    """
    working_allowed = can_read_working_copy(user)
    if requested in (None, ""):
        if working_allowed:
            return Selection(scheme, None)
        return Selection(scheme, latest_edition(scheme) or _no_edition(scheme))
    if requested == WORKING:
        if not working_allowed:
            raise Http404("No such edition.")
        return Selection(scheme, None)
    if not str(requested).isdigit():
        raise Http404("No such edition.")
    edition = Edition.objects.filter(scheme=scheme, number=int(requested)).first()
    if edition is None:
        raise Http404("No such edition.")
    return Selection(scheme, edition)


def _no_edition(scheme: Scheme) -> Edition:
    """An unsaved stand-in when nothing is published yet: it selects no versions at all."""
    return Edition(scheme=scheme, number=0, pk=0)
