"""Drafting a query: the query form, its questions, their order, and similar earlier queries."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from emn.network.views.common import posted
from emn.queries import permissions, services
from emn.queries.forms import QueryForm, QuestionForm
from emn.queries.models import AdHocQuery, Question
from emn.queries.similarity import similar_queries
from emn.queries.views.listing import visible_query

SIMILAR_LIMIT = 5


def _editable(request: HttpRequest, pk: int) -> AdHocQuery:
    """The draft `pk` the user may change: 404 if hidden, 403 if only readable."""
    query = visible_query(request, pk)
    if not permissions.can_edit_query(request.user, query):
        raise PermissionDenied(_("Only the asker changes a query, and only while it is a draft."))
    return query


@login_required
def query_create(request: HttpRequest) -> HttpResponse:
    """Start a draft: `services.create_query`."""
    if not permissions.can_create_query(request.user):
        raise PermissionDenied(_("Only NCP coordinators and the Commission launch queries."))
    form = QueryForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            query = services.create_query(request.user, **form.arguments())
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The draft was saved. Now add its questions."))
            return redirect("queries:query_detail", pk=query.pk)
    return render(request, "queries/query_form.html", {"form": form, "query": None})


@login_required
def query_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a draft: `services.update_query`."""
    query = _editable(request, pk)
    form = QueryForm(posted(request), initial=QueryForm.initial_for(query))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_query(request.user, query, **form.arguments())
        except ValidationError as error:
            query.refresh_from_db()  # The service may have changed it in memory.
            form.add_service_error(error)
        else:
            messages.success(request, _("The draft was saved."))
            return redirect("queries:query_detail", pk=query.pk)
    return render(request, "queries/query_form.html", {"form": form, "query": query})


@require_GET
@login_required
def query_similar(request: HttpRequest) -> HttpResponse:
    """The fragment of earlier queries similar to the title and background being typed."""
    text = f"{request.GET.get('title', '')}\n{request.GET.get('background', '')}"
    exclude = request.GET.get("exclude")
    matches = similar_queries(
        request.user,
        text,
        limit=SIMILAR_LIMIT,
        exclude_id=int(exclude) if exclude and exclude.isdigit() else None,
    )
    return render(request, "queries/_similar.html", {"matches": matches, "typed": text.strip()})


def _question(query: AdHocQuery, question_pk: int) -> Question:
    return get_object_or_404(Question, query=query, pk=question_pk)


@login_required
def question_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a question at the end of a draft: `services.add_question`."""
    query = _editable(request, pk)
    form = QuestionForm(posted(request), initial={"kind": request.GET.get("kind", "text")})
    if request.method == "POST" and form.is_valid():
        try:
            services.add_question(request.user, query, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The question was added."))
            return redirect("queries:query_detail", pk=query.pk)
    context = {"form": form, "query": query, "question": None}
    return render(request, "queries/question_form.html", context)


@login_required
def question_update(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    """Change a question of a draft: `services.update_question`."""
    query = _editable(request, pk)
    question = _question(query, question_pk)
    form = QuestionForm(posted(request), initial=QuestionForm.initial_for(question))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_question(request.user, question, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The question was saved."))
            return redirect("queries:query_detail", pk=query.pk)
    context = {"form": form, "query": query, "question": question}
    return render(request, "queries/question_form.html", context)


@require_POST
@login_required
def question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    """Remove a question from a draft: `services.remove_question`."""
    query = _editable(request, pk)
    services.remove_question(request.user, _question(query, question_pk))
    messages.success(request, _("The question was removed."))
    return redirect("queries:query_detail", pk=query.pk)


@require_POST
@login_required
def question_move(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    """Move a question one place up or down: `services.reorder_questions`."""
    query = _editable(request, pk)
    question = _question(query, question_pk)
    order = list(query.questions.order_by("position").values_list("pk", flat=True))
    index = order.index(question.pk)
    other = index - 1 if request.POST.get("direction") == "up" else index + 1
    if 0 <= other < len(order):
        order[index], order[other] = order[other], order[index]
        services.reorder_questions(request.user, query, order)
        messages.success(request, _("The question was moved."))
    detail = reverse("queries:query_detail", args=[query.pk])
    return redirect(f"{detail}#question-{question.pk}")
