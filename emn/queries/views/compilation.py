"""The compilation page: the country-by-question comparison, its summaries, and the asker's
introduction and findings (saved as a new version), with the publish button."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from emn.accounts.roles import is_emn_member
from emn.core.dissemination import DisseminationLevel
from emn.queries import permissions, question_types, services
from emn.queries.compilation import Matrix, Row, build_matrix
from emn.queries.exports.text import country_status, display, withheld_line
from emn.queries.models import AdHocQuery, Export, Question
from emn.queries.views import compilation_charts as charts


class CompilationForm(forms.Form):
    introduction = forms.CharField(
        label=gettext_lazy("Introduction"), widget=forms.Textarea(attrs={"rows": 5}), required=False
    )
    findings = forms.CharField(
        label=gettext_lazy("Main findings"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
    )


@dataclass
class Answer:
    row: Row
    content: str | SafeString
    status: str = ""


@dataclass
class Section:
    """One question on the page: its answers by country and, if closed, its summary."""

    question: Question
    number: int
    answers: list[Answer]
    summary: dict[str, Any] = field(default_factory=dict)
    chart: charts.Chart | None = None
    map: charts.AnswerMap | None = None


def visible_query(request: HttpRequest, pk: int) -> AdHocQuery:
    queries = AdHocQuery.objects.visible_to(request.user).select_related(
        "request__requester_country", "request__requested_by", "theme"
    )
    return get_object_or_404(queries, pk=pk)


def wants_public(request: HttpRequest) -> bool:
    """Outside the network there is only the public version; members preview it on demand."""
    return not is_emn_member(request.user) or request.GET.get("public") == "1"


def _content(question: Question, value: Any, comment: str) -> str | SafeString:
    if question.kind == Question.Kind.TEXT and isinstance(value, str):
        # Stored answers were sanitised on the way in; sanitising again costs little.
        return mark_safe(question_types.sanitise_html(value))
    return display(question, value, comment)


def sections(matrix: Matrix) -> list[Section]:
    result = []
    for number, question in enumerate(matrix.questions, start=1):
        answers = [
            Answer(row, _content(question, row.cell(question).value, row.cell(question).comment))
            if row.answered
            else Answer(row, "", country_status(row))
            for row in matrix.rows
        ]
        summary = matrix.summaries.get(question.pk, {})
        section = Section(question, number, answers, summary)
        if summary:
            section.chart = charts.chart(question, summary, matrix)
            section.map = charts.answer_map(question, matrix)
        result.append(section)
    return result


def _filtered(request: HttpRequest, matrix: Matrix) -> Matrix:
    countries = [code for code in request.GET.getlist("country") if code]
    questions = [pk for pk in request.GET.getlist("question") if pk]
    if not countries and not questions:
        return matrix
    return matrix.filter(countries=countries or None, questions=questions or None)


@require_GET
def compilation(request: HttpRequest, pk: int) -> HttpResponse:
    """The comparison as the user may read it: the network or the public version."""
    query = visible_query(request, pk)
    public = wants_public(request)
    full = build_matrix(query, request.user, public=public)
    matrix = _filtered(request, full)
    latest = query.compilations.order_by("-version").select_related("created_by").first()
    can_compile = permissions.can_compile_query(request.user, query)
    context = {
        "query": query,
        "matrix": matrix,
        "all_rows": full.rows,
        "all_questions": full.questions,
        "chosen_countries": request.GET.getlist("country"),
        "chosen_questions": request.GET.getlist("question"),
        "filtered": matrix is not full,
        "sections": sections(matrix),
        "withheld_line": withheld_line(full),
        "public": public,
        "is_member": is_emn_member(request.user),
        "latest": latest,
        "form": CompilationForm(
            initial={"introduction": latest.introduction, "findings": latest.findings}
            if latest
            else None
        )
        if can_compile
        else None,
        "can_publish": permissions.can_publish_query(request.user, query),
        "dissemination_levels": DisseminationLevel.choices,
        "export_formats": Export.Format.choices,
    }
    return render(request, "queries/compilation.html", context)


@require_POST
def compilation_compile(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the asker's introduction and findings as the next version."""
    query = visible_query(request, pk)
    form = CompilationForm(request.POST)
    form.is_valid()  # Both fields are optional; the service checks the permission (403).
    compilation = services.compile_query(
        request.user,
        query,
        form.cleaned_data.get("introduction", ""),
        form.cleaned_data.get("findings", ""),
    )
    messages.success(
        request, _("Compilation saved as version %(version)s.") % {"version": compilation.version}
    )
    return redirect("queries:compilation", pk=query.pk)


@require_POST
def compilation_publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish the compiled query, at the dissemination level the asker chooses."""
    query = visible_query(request, pk)
    try:
        services.publish_query(
            request.user, query, dissemination=request.POST.get("dissemination") or None
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("queries:compilation", pk=query.pk)
    messages.success(request, _("The compilation is published."))
    return redirect("queries:compilation", pk=query.pk)
