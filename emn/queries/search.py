"""What the ad-hoc queries put in the search index: each query, and each country's answers.

Readers follow the read rules exactly, so the index never shows more than the pages do:

- a query: `AdHocQuery.objects.visible_to`: published and public -> everyone; launched
  (open, closed, compiled, published for the network, withdrawn) -> EMN members; a draft ->
  the NCP of the asking country and the person who drafted it (and the Commission).
- a country's answers (one document per `Contribution`): submitted answers are in the
  network compilation every EMN member reads (`compilation.check_can_view`), and in the
  public one when the query is published and public and the country allowed it
  (`publishable`); answers not yet submitted (drafting, ready, returned) are read only by
  the country's own NCP (once the query is launched) and the Service Provider
  (`Contribution.objects.visible_to`); declined and "no information" contributions and
  contributions without any answer have no document.
"""

from __future__ import annotations

import datetime

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from emn.contributions.models import Contribution, Request
from emn.core.dissemination import DisseminationLevel
from emn.glossary.search import concept_texts
from emn.network.models import Country
from emn.queries.compilation import SHOWN_STATES
from emn.queries.exports.text import display
from emn.queries.models import AdHocQuery, Answer
from emn.search.registry import (
    MEMBERS,
    PUBLIC,
    Entry,
    Readers,
    Source,
    Text,
    register,
    restricted,
)

State = AdHocQuery.State
ContributionState = Contribution.State
# The queries are written in English: the language the network exchanges them in.
QUERY_LANGUAGE = "en"


def query_readers(query: AdHocQuery) -> Readers:
    """Who finds the query: the rule of `AdHocQueryQuerySet.visible_to`."""
    if query.state == State.DRAFT:
        return restricted(
            countries=[query.request.requester_country_id], users=[query.created_by_id]
        )
    if query.state == State.PUBLISHED and query.dissemination == DisseminationLevel.PUBLIC:
        return PUBLIC
    return MEMBERS


def _day(moment: datetime.datetime | None) -> datetime.date | None:
    return moment.date() if moment else None


class QuerySource(Source):
    """Ad-hoc queries: title, keywords, background, questions, clarifications, and the
    terms of the glossary concepts they are keyworded with."""

    name = "queries.query"
    model = AdHocQuery
    kinds = {"query": _("Ad-hoc query")}

    def queryset(self) -> QuerySet[AdHocQuery]:
        return AdHocQuery.objects.select_related(
            "request__requester_country", "theme"
        ).prefetch_related("questions", "clarifications", "concepts")

    def entry(self, obj: AdHocQuery) -> Entry | None:
        texts = [
            Text(obj.title, "A", QUERY_LANGUAGE),
            Text(" ; ".join(str(k) for k in obj.keywords or []), "B", QUERY_LANGUAGE),
            Text(obj.background, "C", QUERY_LANGUAGE),
            *(Text(q.text, "C", QUERY_LANGUAGE) for q in obj.questions.all()),
            *(Text(c.text, "C", QUERY_LANGUAGE) for c in obj.clarifications.all()),
            # The glossary terms of its concepts, in every language: found across languages.
            *concept_texts(concept.pk for concept in obj.concepts.all()),
        ]
        country = obj.request.requester_country
        return Entry(
            titles={QUERY_LANGUAGE: str(obj)},
            url=reverse("queries:query_detail", args=[obj.pk]),
            kind="query",
            texts=[text for text in texts if text.value.strip()],
            readers=query_readers(obj),
            date=_day(obj.request.opened_at or obj.created_at),
            dissemination=obj.dissemination,
            themes=[obj.theme.code],
            countries=[country.code] if country else [],
        )

    def dependents(self, obj: AdHocQuery) -> QuerySet[Contribution]:
        """A query's state decides who reads its answers: reindex them with it."""
        return Contribution.objects.filter(request_id=obj.request_id)


def response_readers(contribution: Contribution, query: AdHocQuery) -> Readers | None:
    """Who finds a country's answers; None: they have no document (see the module's rules)."""
    if contribution.state in (ContributionState.DECLINED, ContributionState.NO_INFORMATION):
        return None
    if contribution.state in SHOWN_STATES:  # submitted: in the compilations
        published = query.state == State.PUBLISHED
        public = query.dissemination == DisseminationLevel.PUBLIC
        return PUBLIC if published and public and contribution.publishable else MEMBERS
    launched = contribution.request.state != Request.State.DRAFT
    return restricted(
        countries=[contribution.country_id] if launched else [], service_provider=True
    )


def _response_title(query: AdHocQuery, country: Country) -> str:
    with override(QUERY_LANGUAGE):
        return f"{query.title} — {country.name_in(QUERY_LANGUAGE)}"


class ResponseSource(Source):
    """A country's answers to an ad-hoc query, as one document per country."""

    name = "queries.response"
    model = Contribution
    kinds = {"query.response": _("Answers to an ad-hoc query")}

    def queryset(self) -> QuerySet[Contribution]:
        return (
            Contribution.objects.filter(request__kind=Request.Kind.AD_HOC_QUERY)
            .select_related("request__ad_hoc_query__theme", "request__requester_country", "country")
            .prefetch_related(
                Prefetch(
                    "answers",
                    queryset=Answer.objects.select_related("question").order_by(
                        "question__position", "pk"
                    ),
                )
            )
        )

    def entry(self, obj: Contribution) -> Entry | None:
        query: AdHocQuery | None = getattr(obj.request, "ad_hoc_query", None)
        if query is None:
            return None
        readers = response_readers(obj, query)
        if readers is None:
            return None
        with override(QUERY_LANGUAGE):
            answers = [display(a.question, a.value, a.comment) for a in obj.answers.all()]
        texts = [Text(answer, "C", None) for answer in answers if answer.strip()]
        if not texts:
            return None
        submitted = obj.state in SHOWN_STATES
        url = (
            reverse("queries:compilation", args=[query.pk]) + f"?country={obj.country.code}"
            if submitted
            else reverse("queries:response_detail", args=[query.pk, obj.country.code])
        )
        title = _response_title(query, obj.country)
        return Entry(
            titles={QUERY_LANGUAGE: title},
            url=url,
            kind="query.response",
            texts=[Text(title, "A", QUERY_LANGUAGE), *texts],
            readers=readers,
            date=_day(obj.submitted_at or obj.updated_at),
            dissemination=(
                DisseminationLevel.PUBLIC if readers == PUBLIC else DisseminationLevel.EMN
            ),
            themes=[query.theme.code],
            countries=[obj.country.code],
        )


register(QuerySource())
register(ResponseSource())
