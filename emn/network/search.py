"""What the network puts in the search index: organisations and the directory's researchers.

Readers follow the read rules (`emn.network.querysets`): a public organisation or
researcher -> everyone, an `emn` one -> EMN members; an erased researcher has no document
(only the Commission, as data controller, may still open the placeholder). A researcher's
affiliation is searchable with them only when it is readable by everyone who finds them,
so a restricted organisation never leaks through a public entry.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import DisseminationLevel
from emn.network.models import Organisation, Researcher
from emn.search.registry import MEMBERS, PUBLIC, Entry, Readers, Source, Text, register


def readers_of(dissemination: str) -> Readers:
    """The `Disseminated` rule: public rows for everyone, `emn` rows for EMN members."""
    return MEMBERS if dissemination == DisseminationLevel.EMN else PUBLIC


class OrganisationSource(Source):
    """Organisations: name and acronym, description, type; facets country and expertise."""

    name = "network.organisation"
    model = Organisation
    kinds = {"organisation": _("Organisation")}

    def queryset(self) -> QuerySet[Organisation]:
        return Organisation.objects.select_related("country").prefetch_related("expertise")

    def entry(self, obj: Organisation) -> Entry | None:
        texts = [
            Text(obj.name, "A"),
            Text(obj.acronym, "A"),
            Text(obj.description, "C"),
            Text(str(obj.get_kind_display()), "C", "en"),
        ]
        return Entry(
            titles={"en": str(obj)},
            url=reverse("network:organisation_detail", args=[obj.pk]),
            kind="organisation",
            texts=[text for text in texts if text.value.strip()],
            readers=readers_of(obj.dissemination),
            dissemination=obj.dissemination,
            themes=[theme.code for theme in obj.expertise.all()],
            countries=[obj.country.code] if obj.country else [],
        )

    def dependents(self, obj: Organisation) -> QuerySet[Researcher]:
        """Its researchers carry its name only while it is public: reindex them with it."""
        return Researcher.objects.filter(affiliation_id=obj.pk)


class ResearcherSource(Source):
    """The directory's researchers: name, position, research interests, affiliation."""

    name = "network.researcher"
    model = Researcher
    kinds = {"researcher": _("Researcher")}

    def queryset(self) -> QuerySet[Researcher]:
        return Researcher.objects.select_related("affiliation").prefetch_related(
            "expertise", "countries"
        )

    def entry(self, obj: Researcher) -> Entry | None:
        if obj.is_erased:
            return None
        texts = [Text(obj.name, "A"), Text(obj.title, "B"), Text(obj.biography, "C")]
        affiliation = obj.affiliation
        if affiliation is not None and (
            affiliation.dissemination == DisseminationLevel.PUBLIC
            or obj.dissemination == DisseminationLevel.EMN
        ):
            texts.append(Text(str(affiliation), "B"))
        return Entry(
            titles={"en": obj.name},
            url=reverse("network:researcher_detail", args=[obj.pk]),
            kind="researcher",
            texts=[text for text in texts if text.value.strip()],
            readers=readers_of(obj.dissemination),
            dissemination=obj.dissemination,
            themes=[theme.code for theme in obj.expertise.all()],
            countries=[country.code for country in obj.countries.all()],
        )


register(OrganisationSource())
register(ResearcherSource())
