"""Reading ad-hoc queries: the filtered list, one query's page and its respondent preview."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from emn.accounts.roles import ncp_country_ids
from emn.contributions.models import Contribution
from emn.glossary.usage import concept_links
from emn.network.views.common import paginate
from emn.queries import permissions
from emn.queries.compilation import check_can_view
from emn.queries.filters import AdHocQueryFilter
from emn.queries.forms import ClarificationForm
from emn.queries.models import AdHocQuery, Clarification, QueryEvent, Question

# A compilation can be shown once the query stopped taking answers.
COMPILABLE_STATES = (
    AdHocQuery.State.CLOSED,
    AdHocQuery.State.COMPILED,
    AdHocQuery.State.PUBLISHED,
)


def visible_query(request: HttpRequest, pk: int) -> AdHocQuery:
    """The query `pk` if the user may read it; a 404 otherwise, even for drafts that exist."""
    queries = AdHocQuery.objects.visible_to(request.user).select_related(
        "request__requester_country", "theme", "created_by"
    )
    return get_object_or_404(queries, pk=pk)


def query_list(request: HttpRequest) -> HttpResponse:
    """Every query the reader may see, filtered and searched, newest first."""
    queries = AdHocQuery.objects.visible_to(request.user).select_related(
        "request__requester_country", "theme"
    )
    filterset = AdHocQueryFilter.for_page(request.GET or None, queryset=queries, request=request)
    context = {
        "filter": filterset,
        "page": paginate(request, filterset.qs),
        "can_create": permissions.can_create_query(request.user),
    }
    return render(request, "queries/query_list.html", context)


def _questions(query: AdHocQuery) -> Any:
    clarifications = Prefetch("clarifications", queryset=Clarification.objects.order_by("at"))
    return query.questions.order_by("position").prefetch_related(clarifications)


def _our_responses(user: Any, query: AdHocQuery) -> list[Any]:
    """The responses of the reader's own NCP(s), once the query is launched."""
    if query.state == AdHocQuery.State.DRAFT:
        return []
    countries = ncp_country_ids(user)
    return list(
        Contribution.objects.visible_to(user)
        .filter(request=query.request, country_id__in=countries)
        .select_related("country")
    )


def _compilation_version(user: Any, query: AdHocQuery) -> bool | None:
    """Which compilation the reader may open: None (none yet), False (network) or True (public)."""
    if query.state not in COMPILABLE_STATES:
        return None
    for public in (False, True):
        try:
            check_can_view(user, query, public)
        except PermissionDenied:
            continue
        return public
    return None


def detail_context(request: HttpRequest, query: AdHocQuery, **extra: Any) -> dict[str, Any]:
    """What the query page shows, and which of its buttons the user may press."""
    user = request.user
    questions = list(_questions(query))
    contributions = query.request.contributions.select_related("country")
    return {
        "query": query,
        "questions": questions,
        "countries": sorted((c.country for c in contributions), key=lambda c: c.name),
        "concepts": concept_links(
            query.concepts.select_related("scheme"), (get_language() or "en").split("-")[0]
        ),
        "clarifications": query.clarifications.select_related("question").order_by("at"),
        "events": QueryEvent.objects.filter(query=query).select_related("actor"),
        "can_edit": permissions.can_edit_query(user, query),
        "can_launch": permissions.can_launch_query(user, query),
        "can_clarify": permissions.can_clarify_query(user, query),
        "can_close": permissions.can_close_query(user, query),
        "can_withdraw": permissions.can_withdraw_query(user, query),
        "can_follow": permissions.can_follow_answers(user, query),
        "our_responses": _our_responses(user, query),
        "compilation_public": _compilation_version(user, query),
        "clarification_form": extra.pop("clarification_form", None)
        or ClarificationForm(questions=query.questions.order_by("position")),
        **extra,
    }


def query_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A query: background, deadline, countries, questions, clarifications and timeline."""
    query = visible_query(request, pk)
    return render(request, "queries/query_detail.html", detail_context(request, query))


def query_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The questionnaire as a respondent will see it, with every input disabled."""
    query = visible_query(request, pk)
    context = {
        "query": query,
        "questions": list(_questions(query)),
        "kinds": Question.Kind,
        "can_edit": permissions.can_edit_query(request.user, query),
    }
    return render(request, "queries/query_preview.html", context)
