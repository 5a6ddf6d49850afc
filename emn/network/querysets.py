"""Reads of the network that need more than the dissemination rule.

Every function here starts from `Model.objects.visible_to(user)` and narrows it; none widens
it. Related objects (an NCP's coordinator, a researcher's affiliation) are shown only when the
reader could open them, so a restricted organisation never leaks through a public row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from django.db.models import Q

from emn.core.dissemination import DisseminatedQuerySet

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from emn.network.models import NcpFunding, NetworkPartner, Organisation, Researcher


class ResearcherQuerySet(DisseminatedQuerySet["Researcher"]):
    """Researchers, where an erased entry is seen by the Commission only.

    Why: after erasure on request the row stays as an anonymous placeholder so the audit
    trail still points somewhere; for everyone else the person is simply gone.
    """

    def visible_to(self, user: Any) -> ResearcherQuerySet:
        """Return the entries `user` may read: dissemination rule, then no erased entries
        unless the reader is the Commission (the data controller)."""
        from emn.accounts.roles import is_commission

        if is_commission(user):
            return self.all()
        visible = super().visible_to(user).filter(erased_at__isnull=True)
        return cast(ResearcherQuerySet, visible)  # `filter` keeps the class of `self`.


def researchers(user: Any) -> ResearcherQuerySet:
    """The directory's researchers `user` may read, with what lists show loaded."""
    from emn.network.models import Researcher

    return (
        Researcher.objects.visible_to(user)
        .select_related("affiliation__country")
        .prefetch_related("expertise", "countries")
    )


def organisations(user: Any) -> QuerySet[Organisation]:
    from emn.network.models import Organisation

    return Organisation.objects.visible_to(user).select_related("country")


def institutes(user: Any) -> QuerySet[Organisation]:
    """Research institutes and universities listed in the directory (Decision Art. 8(e))."""
    return organisations(user).filter(in_directory=True).prefetch_related("expertise")


def visible_organisation(user: Any, organisation: Organisation | None) -> Organisation | None:
    """`organisation` if the reader may open it, else None: for links from other objects."""
    if organisation is None:
        return None
    return organisation if organisations(user).filter(pk=organisation.pk).exists() else None


def partners_of(user: Any, ncp_id: int) -> QuerySet[NetworkPartner]:
    """An NCP's national network: partner rows and partner organisations both visible."""
    from emn.network.models import NetworkPartner

    return (
        NetworkPartner.objects.visible_to(user)
        .filter(ncp_id=ncp_id, organisation__in=organisations(user))
        .select_related("organisation__country")
    )


def funding_of(user: Any, ncp_id: int) -> QuerySet[NcpFunding]:
    from emn.network.models import NcpFunding

    return NcpFunding.objects.visible_to(user).filter(ncp_id=ncp_id).order_by("-year")


def researchers_affiliated(user: Any, organisation_id: int) -> ResearcherQuerySet:
    return researchers(user).filter(affiliation_id=organisation_id)


def text_matches(user: Any, text: str) -> Q:
    """Researchers whose name, position, research interests or affiliation contain `text`.

    The affiliation only counts when the reader may see it, so a search for the name of a
    restricted organisation finds nothing for the public.
    """
    return (
        Q(name__icontains=text)
        | Q(title__icontains=text)
        | Q(biography__icontains=text)
        | Q(affiliation__in=organisations(user).filter(name__icontains=text))
        | Q(affiliation__in=organisations(user).filter(acronym__icontains=text))
    )


def with_visible_affiliations(user: Any, people: Iterable[Researcher]) -> list[Researcher]:
    """Set `visible_affiliation` on each researcher: their affiliation, or None where the
    reader may not see it. One query for a whole page of researchers."""
    people = list(people)
    ids = {person.affiliation_id for person in people if person.affiliation_id}
    visible = set(organisations(user).filter(pk__in=ids).values_list("pk", flat=True))
    for person in people:
        shown = person.affiliation_id in visible
        person.visible_affiliation = person.affiliation if shown else None  # type: ignore[attr-defined]
    return people
