"""How the rest of the site uses the glossary: content keyworded with concepts.

Publications and ad-hoc queries name the concepts they are about (their `concepts`). Only
concepts of a published edition may be chosen: a draft may still change or never be
approved, and a reader following the link would find nothing. Terms shown for a concept
come from the latest edition that has it, in the reader's language, else English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers

from emn.glossary.links import concept_path
from emn.glossary.models import Concept, ConceptVersion, Label, LabelKind, Stage, Status
from emn.glossary.records import sort_key
from emn.glossary.services.schemes import DEFAULT_KEY

if TYPE_CHECKING:
    from emn.library.models import Publication
    from emn.queries.models import AdHocQuery

FALLBACK = "en"


@dataclass(frozen=True)
class Usage:
    """What a reader may see keyworded with one concept, newest first."""

    publications: QuerySet[Publication]
    queries: QuerySet[AdHocQuery]


def keyworded(user: Any, concept: Concept) -> Usage:
    """Publications and queries keyworded with `concept` that `user` may read."""
    from emn.library.models import Publication
    from emn.queries.models import AdHocQuery

    publications = (
        Publication.objects.visible_to(user)
        .filter(concepts=concept)
        .order_by("-published_on", "-pk")
    )
    queries = AdHocQuery.objects.visible_to(user).filter(concepts=concept).order_by("-created_at")
    return Usage(publications=publications, queries=queries)


def keywordable() -> QuerySet[Concept]:
    """Concepts that may be chosen as keywords: those in a published edition."""
    published = ConceptVersion.objects.filter(stage=Stage.EDITION).values("concept_id")
    return Concept.objects.filter(pk__in=published)


def check_keywords(concepts: Iterable[Any], field: str = "concepts") -> list[Concept]:
    """The concepts, each checked to be a published concept; ValidationError names the first
    that is not (a draft is refused like an unknown concept: drafts are not announced)."""
    chosen = list(concepts)
    for item in chosen:
        if not isinstance(item, Concept):
            raise ValidationError(
                {field: _("“%(value)s” is not a glossary concept.") % {"value": item}}
            )
    published = set(
        keywordable().filter(pk__in=[c.pk for c in chosen]).values_list("pk", flat=True)
    )
    for concept in chosen:
        if concept.pk not in published:
            raise ValidationError(
                {
                    field: _("“%(uri)s” is not a concept of a published glossary edition.")
                    % {"uri": concept.uri}
                }
            )
    return list(dict.fromkeys(chosen))


def _latest(rows: Iterable[tuple[int, int, str, str]]) -> dict[int, dict[str, str]]:
    """{concept id: {language: term}} from (concept, edition number, language, term) rows,
    the latest edition's term winning."""
    out: dict[int, dict[str, str]] = {}
    for concept_id, _number, language, value in sorted(rows, key=lambda row: row[1]):
        out.setdefault(concept_id, {})[language] = value
    return out


def published_terms(concept_ids: Iterable[int], language: str) -> dict[int, tuple[str, str]]:
    """(term, its language) per concept: the preferred term of the latest edition that has
    the concept, in `language`, else English, else any language."""
    ids = list(concept_ids)
    preferred = Label.objects.filter(
        version__stage=Stage.EDITION, kind=LabelKind.PREFERRED, country=""
    )
    columns = ("version__concept_id", "version__edition__number", "language", "value")
    near = _latest(
        preferred.filter(
            version__concept_id__in=ids, language__in=[language, FALLBACK]
        ).values_list(*columns)
    )
    out: dict[int, tuple[str, str]] = {}
    for concept_id, terms in near.items():
        chosen = language if language in terms else FALLBACK
        out[concept_id] = (terms[chosen], chosen)
    missing = [pk for pk in ids if pk not in out]
    if missing:
        for concept_id, terms in _latest(
            preferred.filter(version__concept_id__in=missing).values_list(*columns)
        ).items():
            chosen = sorted(terms)[0]
            out[concept_id] = (terms[chosen], chosen)
    return out


def _deprecated(concept_ids: Iterable[int]) -> set[int]:
    """Concepts whose latest published version is deprecated."""
    rows = ConceptVersion.objects.filter(
        stage=Stage.EDITION, concept_id__in=list(concept_ids)
    ).values_list("concept_id", "edition__number", "status")
    latest: dict[int, str] = {}
    for concept_id, _number, status in sorted(rows, key=lambda row: row[1]):
        latest[concept_id] = status
    return {pk for pk, status in latest.items() if status == Status.DEPRECATED}


def concept_choices(language: str, keep: Iterable[int] = ()) -> list[tuple[int, str]]:
    """Choices of a keywording field: the default glossary's published concepts, deprecated
    ones left out unless already chosen (`keep`), alphabetically by the reader's term."""
    kept = set(keep)
    scheme_ids = set(keywordable().filter(scheme__key=DEFAULT_KEY).values_list("pk", flat=True))
    offered = (scheme_ids - _deprecated(scheme_ids)) | kept
    terms = published_terms(offered, language)
    choices = [(pk, terms[pk][0]) for pk in offered if pk in terms]
    return sorted(choices, key=lambda choice: (sort_key(choice[1]), choice[0]))


@dataclass(frozen=True)
class ConceptLink:
    """A concept as a detail page links to it: its glossary page, its term and that term's
    language (for the `lang` attribute when it is not the page's)."""

    url: str
    label: str
    language: str
    uri: str


def concept_links(concepts: Iterable[Concept], language: str) -> list[ConceptLink]:
    """Links to the glossary pages of `concepts` (published ones only), sorted by term."""
    items = list(concepts)
    terms = published_terms([c.pk for c in items], language)
    links = [
        ConceptLink(concept_path(c), terms[c.pk][0], terms[c.pk][1], c.uri)
        for c in items
        if c.pk in terms
    ]
    return sorted(links, key=lambda link: sort_key(link.label))


class ConceptUriField(serializers.SlugRelatedField):
    """A concept named by its URI in the API; unknown and unpublished URIs alike are refused
    with the URI in the message."""

    default_error_messages = {
        "does_not_exist": gettext_lazy("No published glossary concept has the URI “{value}”."),
        "invalid": gettext_lazy("Give a concept URI as a string."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", "URI of a glossary concept of a published edition.")
        super().__init__(slug_field="uri", queryset=keywordable(), **kwargs)


class ConceptsField(forms.ModelMultipleChoiceField):
    """The "Glossary concepts" field of a form: a list of some 8 rows, alphabetical, that
    takes keyboard and screen reader alike; `offer` fills it in the reader's language."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", gettext_lazy("Glossary concepts"))
        kwargs.setdefault(
            "help_text",
            gettext_lazy(
                "Terms of the glossary this is about: they make it findable in every "
                "language. Hold Ctrl (⌘ on a Mac) to choose several."
            ),
        )
        kwargs.setdefault("widget", forms.SelectMultiple(attrs={"size": 8}))
        super().__init__(queryset=keywordable(), required=False, **kwargs)

    def offer(self, form: forms.Form, name: str, language: str) -> None:
        """Offer the published concepts, and keep those the form already has (initially, or
        as posted: a deprecated concept chosen earlier stays chosen)."""
        keep = list(form.initial.get(name) or [])
        getlist = getattr(form.data, "getlist", None)
        if form.is_bound:
            keep += getlist(form.add_prefix(name)) if getlist else form.data.get(name) or []
        values = (str(getattr(value, "pk", value)) for value in keep)
        ids = {int(value) for value in values if value.isdigit()}
        self.choices = concept_choices(language.split("-")[0], ids)
        if not self.choices:
            self.help_text = gettext_lazy(
                "No edition of the glossary is published yet: there is no concept to choose."
            )
